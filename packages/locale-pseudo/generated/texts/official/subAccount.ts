// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official texts of subAccount, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "[Ẏǿǿŭŭ ȧȧřḗḗ ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ ŧǿǿ ƈřḗḗȧȧŧḗḗ şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧş]",
  "3": "[Ŧħḗḗ Ƈřḗḗḓīŧ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  "4": "[Ŧħḗḗ ŧǿǿķḗḗƞŞŭŭƀȧȧƈƈǿǿŭŭƞŧ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  "5": "[Ŧħḗḗ ƈřḗḗḓīŧ ƒīḗḗŀḓ ḿŭŭşŧ ƀḗḗ ɠřḗḗȧȧŧḗḗř ŧħȧȧƞ 0]",
  "6": "[Ŧħḗḗ şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧ īş ƞǿǿŧ ƒǿǿŭŭƞḓ]",
  "7": "[Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ ƒǿǿř ŧħḗḗ şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧ]",
  "11": "[Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ]",
  "96": "[Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ ${a.c()}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř "Şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧ".]`;
