// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of the global fallback.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { GlobalFallbackKey } from '@smspartner-i18n/core';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = GlobalFallbackKey;

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "unknownCode": "An unexpected error occurred. Please try again later, or contact support if it keeps happening.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "unknownCode": [{"type":0,"value":"An unexpected error occurred. Please try again later, or contact support if it keeps happening."}],
});

/** The same messages in i18next's own format, keyed below the namespace root. */
export const i18next = /* @__PURE__ */ deepFreeze({
  unknownCode: "An unexpected error occurred. Please try again later, or contact support if it keeps happening.",
});
