// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official texts of numberVerification, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "[Ŧħḗḗ ƥħǿǿƞḗḗȠŭŭḿƀḗḗř ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  "11": "[Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ]",
  "13": "[Ƞǿǿ ḓḗḗƒȧȧŭŭŀŧ ƥřīƈḗḗ ħȧȧş ƀḗḗḗḗƞ ƒǿǿŭŭƞḓ ƒǿǿř ŧħīş ḓḗḗşŧīƞȧȧŧīǿǿƞ]",
  "14": "[Ŧħḗḗ ƞŭŭḿƀḗḗř īş īƞ ŧħḗḗ ŞŦǾƤ ŞḾŞ ŀīşŧ]",
  "19": "[Ŧħḗḗ ƞŭŭḿƀḗḗřş ḿŭŭşŧ ƀḗḗ şḗḗƥȧȧřȧȧŧḗḗḓ ƀẏ ȧȧ ƈǿǿḿḿȧȧ]",
  "50": "[Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŀŀǿǿẇḗḗḓ ƞŭŭḿƀḗḗřş īş ȧȧ ḿȧȧẋīḿŭŭḿ ǿǿƒ 500]",
  "55": "[Ƞǿǿ ƞŭŭḿƀḗḗř ŧǿǿ şḗḗƞḓ]",
  "96": "[Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ ${a.c()}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř "Ƞŭŭḿƀḗḗř Ṽḗḗřīƒīƈȧȧŧīǿǿƞ".]`;
