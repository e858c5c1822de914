// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: friendly texts of sms.deliveryStatus, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "delivered": "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ẇȧȧş ḓḗḗŀīṽḗḗřḗḗḓ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ.]",
  "not delivered": "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ḓḗḗŀīṽḗḗřḗḗḓ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ.]",
  "waiting": "[Şḗḗƞŧ, ẇȧȧīŧīƞɠ ƒǿǿř ƈǿǿƞƒīřḿȧȧŧīǿǿƞ ƒřǿǿḿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ǿǿƥḗḗřȧȧŧǿǿř.]",
  "ko": "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ẇȧȧş ƞǿǿŧ şḗḗƞŧ ƀḗḗƈȧȧŭŭşḗḗ ȧȧ ƥřǿǿƀŀḗḗḿ ǿǿƈƈŭŭřřḗḗḓ. Ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ.]",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "[Ŧħḗḗ şŧȧȧŧŭŭş ǿǿƒ ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗḓ. Ƈħḗḗƈķ ȧȧɠȧȧīƞ ŀȧȧŧḗḗř, ǿǿř ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ īƒ īŧ ḓǿǿḗḗş ƞǿǿŧ ƈħȧȧƞɠḗḗ.]";
