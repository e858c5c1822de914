// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: friendly texts of sms.dlr, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "DELIVRD": "[Ḓḗḗŀīṽḗḗřḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ řḗḗȧȧƈħḗḗḓ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ƥħǿǿƞḗḗ.]",
  "PENDING": "[Şḗḗƞŧ, ẇȧȧīŧīƞɠ ƒǿǿř ƈǿǿƞƒīřḿȧȧŧīǿǿƞ ŧħȧȧŧ īŧ ẇȧȧş ḓḗḗŀīṽḗḗřḗḗḓ.]",
  "UNDELIV": "[Ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř ƈǿǿŭŭŀḓ ƞǿǿŧ ḓḗḗŀīṽḗḗř ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ŧǿǿ ŧħīş ƞŭŭḿƀḗḗř.]",
  "ACCEPTD": "[Ȧƈƈḗḗƥŧḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ īş ȧȧƀǿǿŭŭŧ ŧǿǿ ƀḗḗ şḗḗƞŧ.]",
  "UNKNOWN": "[Ḓḗḗŀīṽḗḗřẏ ƒȧȧīŀḗḗḓ ƒǿǿř ȧȧƞ ŭŭƞķƞǿǿẇƞ řḗḗȧȧşǿǿƞ.]",
  "ENROUTE": "[Ǿƞ īŧş ẇȧȧẏ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ.]",
  "EXPIRED": (a: TextArgs) => `[Ḗẋƥīřḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ḓḗḗŀīṽḗḗřḗḗḓ ẇīŧħīƞ īŧş ṽȧȧŀīḓīŧẏ ƥḗḗřīǿǿḓ, ŭŭşŭŭȧȧŀŀẏ ${a.n("validityHours", 48)} ħǿǿŭŭřş.]`,
  "REJECTD": "[Ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ǿǿƥḗḗřȧȧŧǿǿř řḗḗĵḗḗƈŧḗḗḓ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ, şǿǿ īŧ ẇȧȧş ƞǿǿŧ ḓḗḗŀīṽḗḗřḗḗḓ.]",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "[Ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř şḗḗƞŧ ƀȧȧƈķ ȧȧ ḓḗḗŀīṽḗḗřẏ şŧȧȧŧŭŭş ẇḗḗ ḓǿǿ ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗ. Ƈħḗḗƈķ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ’ş şŧȧȧŧŭŭş ȧȧɠȧȧīƞ ŀȧȧŧḗḗř.]";
