// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official texts of vms, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "PHONE_NUMBER_REQUIRED": "[Ŧħḗḗ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗř īş řḗḗɋŭŭīřḗḗḓ]",
  "PHONE_NUMBER_SIZE_ERROR": "[Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗřş ḗḗẋƈḗḗḗḗḓş 500]",
  "TOKEN_AUDIO_REQUIRED": "[Ŧħḗḗ ȧȧŭŭḓīǿǿ ŧǿǿķḗḗƞ īş řḗḗɋŭŭīřḗḗḓ]",
  "NOTIFY_URL_INVALID": "[Ŧħḗḗ ƞǿǿŧīƒīƈȧȧŧīǿǿƞ ŬŘĿ īş īƞṽȧȧŀīḓ]",
  "SENDER_NOT_AUTHORIZED": "[Ŧħḗḗ şḗḗƞḓḗḗř īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  "SENDER_INVALID": "[Ŧħḗḗ şḗḗƞḓḗḗř īş īƞṽȧȧŀīḓ]",
  "AUDIO_FILE_NOT_FOUND": "[Ŧħḗḗ ȧȧŭŭḓīǿǿ ƒīŀḗḗ īş ƞǿǿŧ ƒǿǿŭŭƞḓ]",
  "DESTINATION_INVALID": "[Ŧħḗḗ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗř īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  "NOT_CREDIT": "[Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ]",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ ${a.c()}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř "Şḗḗƞḓīƞɠ Ṽǿǿīƈḗḗ Ḿḗḗşşȧȧɠḗḗş / ṼḾŞ".]`;
