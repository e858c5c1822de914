// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official texts of the global fallback.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { GlobalFallbackKey } from '@smspartner-i18n/core';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = GlobalFallbackKey;

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "unknownCode": "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {code} ƒǿǿř ȧȧƞ ȦƤĪ şḗḗƈŧīǿǿƞ ŧħȧȧŧ ŧħīş ƈȧȧŧȧȧŀǿǿɠ ḓǿǿḗḗş ƞǿǿŧ ķƞǿǿẇ.]",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "unknownCode": [{"type":0,"value":"["},{"type":0,"value":"ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ "},{"type":1,"value":"code"},{"type":0,"value":" ƒǿǿř ȧȧƞ ȦƤĪ şḗḗƈŧīǿǿƞ ŧħȧȧŧ ŧħīş ƈȧȧŧȧȧŀǿǿɠ ḓǿǿḗḗş ƞǿǿŧ ķƞǿǿẇ."},{"type":0,"value":"]"}],
});

/** The same messages in i18next's own format, keyed below the namespace root. */
export const i18next = /* @__PURE__ */ deepFreeze({
  unknownCode: "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {{code}} ƒǿǿř ȧȧƞ ȦƤĪ şḗḗƈŧīǿǿƞ ŧħȧȧŧ ŧħīş ƈȧȧŧȧȧŀǿǿɠ ḓǿǿḗḗş ƞǿǿŧ ķƞǿǿẇ.]",
});
