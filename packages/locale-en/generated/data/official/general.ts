// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of the global fallback.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { GlobalFallbackKey } from '@smspartner-i18n/core';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = GlobalFallbackKey;

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "unknownCode": "SMSPartner returned code {code} for an API section that this catalog does not know.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "unknownCode": [{"type":0,"value":"SMSPartner returned code "},{"type":1,"value":"code"},{"type":0,"value":" for an API section that this catalog does not know."}],
});

/** The same messages in i18next's own format, keyed below the namespace root. */
export const i18next = /* @__PURE__ */ deepFreeze({
  unknownCode: "SMSPartner returned code {{code}} for an API section that this catalog does not know.",
});
