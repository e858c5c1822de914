// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official texts of sms.dlr, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "DELIVRD": "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ħȧȧş ƀḗḗḗḗƞ ƥřǿǿƈḗḗşşḗḗḓ ȧȧƞḓ ḓḗḗŀīṽḗḗřḗḗḓ şŭŭƈƈḗḗşşƒŭŭŀŀẏ.]",
  "PENDING": "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ħȧȧş ƀḗḗḗḗƞ ƥřǿǿƈḗḗşşḗḗḓ ȧȧƞḓ şḗḗƞŧ ŧǿǿ ŧħḗḗ ƞḗḗẋŧ īƞşŧȧȧƞƈḗḗ. Ŧħḗḗ ḓḗḗŀīṽḗḗřẏ řḗḗƥǿǿřŧ ħȧȧş ƞǿǿŧ ẏḗḗŧ ƀḗḗḗḗƞ řḗḗƈḗḗīṽḗḗḓ ȧȧƞḓ īş ȧȧẇȧȧīŧḗḗḓ, ŧħḗḗ şŧȧȧŧŭŭş īş şŧīŀŀ ƥḗḗƞḓīƞɠ.]",
  "UNDELIV": "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ħȧȧş ƀḗḗḗḗƞ şḗḗƞŧ ŧǿǿ ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř, ƀŭŭŧ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ḓḗḗŀīṽḗḗřḗḗḓ, ȧȧş ȧȧ řḗḗƈḗḗīƥŧ ẇīŧħ ŧħḗḗ şŧȧȧŧŭŭş \"ŬȠḒḖĿĪṼ\" ẇȧȧş ƈȧȧƞƈḗḗŀḗḗḓ ƀẏ ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř.]",
  "ACCEPTD": "[Ŧħḗḗ ŞḾŞ ħȧȧş ƀḗḗḗḗƞ ȧȧƈƈḗḗƥŧḗḗḓ ȧȧƞḓ ẇīŀŀ ƀḗḗ şḗḗƞŧ.]",
  "UNKNOWN": "[Ȧƞ ŭŭƞķƞǿǿẇƞ ḗḗřřǿǿř ǿǿƈƈŭŭřřḗḗḓ.]",
  "ENROUTE": "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ īş ḗḗƞ řǿǿŭŭŧḗḗ.]",
  "EXPIRED": "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ħȧȧş ƀḗḗḗḗƞ şḗḗƞŧ ȧȧƞḓ ħȧȧş ḗḗẋƥīřḗḗḓ ḓŭŭḗḗ ŧǿǿ ḗḗẋƈḗḗḗḗḓīƞɠ īŧş ṽȧȧŀīḓīŧẏ ƥḗḗřīǿǿḓ (ǿǿŭŭř ḓḗḗƒȧȧŭŭŀŧ ƥŀȧȧŧƒǿǿřḿ īş 48 ħǿǿŭŭřş), ǿǿř ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř řḗḗŧŭŭřƞḗḗḓ ḖẊƤĪŘḖḒ ȧȧş ŧħḗḗ ƒīƞȧȧŀ şŧȧȧŧŭŭş.]",
  "REJECTD": "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ħȧȧş ƀḗḗḗḗƞ şḗḗƞŧ, ƀŭŭŧ īŧ ẇȧȧş řḗḗĵḗḗƈŧḗḗḓ ƀẏ ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř ȧȧƞḓ řḗḗŧŭŭřƞḗḗḓ ŘḖĴḖƇŦḒ ȧȧş ŧħḗḗ ƒīƞȧȧŀ şŧȧȧŧŭŭş.]",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ ${a.c()}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř "Şŧȧȧŧŭŭş Ḗřřǿǿř Ƈǿǿḓḗḗş".]`;
