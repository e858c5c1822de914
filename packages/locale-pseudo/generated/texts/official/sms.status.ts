// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official texts of sms.status, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "[Ŧħḗḗ ƥħǿǿƞḗḗȠŭŭḿƀḗḗř ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  "3": "[Ŧħḗḗ ḾḗḗşşȧȧɠḗḗĪḓ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  "4": "[Ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ ƒǿǿŭŭƞḓ]",
  "5": "[Ŧħḗḗ ŀīşŧ ǿǿƒ ƞŭŭḿƀḗḗřş īş ḗḗḿƥŧẏ]",
  "6": "[Ŧħḗḗ ƒǿǿřḿȧȧŧ īş ƞǿǿŧ ƈǿǿřřḗḗƈŧ]",
  "9": "[Ḓǿǿḗḗş ƞǿǿŧ ȧȧƥƥḗḗȧȧř ŧǿǿ ƀḗḗ ȧȧ ḿǿǿƀīŀḗḗ ƞŭŭḿƀḗḗř]",
  "50": "[Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŀŀǿǿẇḗḗḓ ƞŭŭḿƀḗḗřş īş ȧȧ ḿȧȧẋīḿŭŭḿ ǿǿƒ 500]",
  "96": "[Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ ${a.c()}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř "Şŧȧȧŧŭŭş Řḗḗŧřīḗḗṽȧȧŀ".]`;
