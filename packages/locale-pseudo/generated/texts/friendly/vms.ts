// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: friendly texts of vms, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "PHONE_NUMBER_REQUIRED": "[Ƞǿǿ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗř ħȧȧş ƀḗḗḗḗƞ ɠīṽḗḗƞ ƒǿǿř ŧħḗḗ ṽǿǿīƈḗḗ ḿḗḗşşȧȧɠḗḗ. Ȧḓḓ ȧȧŧ ŀḗḗȧȧşŧ ǿǿƞḗḗ ƞŭŭḿƀḗḗř.]",
  "PHONE_NUMBER_SIZE_ERROR": (a: TextArgs) => `[Ȧ ṽǿǿīƈḗḗ ḿḗḗşşȧȧɠḗḗ ƈȧȧƞ ɠǿǿ ŧǿǿ ȧȧŧ ḿǿǿşŧ ${a.n("max", 500)} ƞŭŭḿƀḗḗřş ȧȧŧ ȧȧ ŧīḿḗḗ. Şƥŀīŧ ẏǿǿŭŭř řḗḗƈīƥīḗḗƞŧş īƞŧǿǿ şḗḗṽḗḗřȧȧŀ şḗḗƞḓş.]`,
  "TOKEN_AUDIO_REQUIRED": "[Ŧħḗḗ ṽǿǿīƈḗḗ ḿḗḗşşȧȧɠḗḗ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ şḗḗƞŧ ƀḗḗƈȧȧŭŭşḗḗ ǿǿƒ ȧȧ ŧḗḗƈħƞīƈȧȧŀ ƥřǿǿƀŀḗḗḿ ǿǿƞ ǿǿŭŭř şīḓḗḗ. Ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ.]",
  "NOTIFY_URL_INVALID": "[Ŧħḗḗ ṽǿǿīƈḗḗ ḿḗḗşşȧȧɠḗḗ ẇȧȧş ƞǿǿŧ şḗḗƞŧ ƀḗḗƈȧȧŭŭşḗḗ ǿǿƒ ȧȧ ŧḗḗƈħƞīƈȧȧŀ ƥřǿǿƀŀḗḗḿ ǿǿƞ ǿǿŭŭř şīḓḗḗ. Ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ.]",
  "SENDER_NOT_AUTHORIZED": "[Ŧħīş şḗḗƞḓḗḗř īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ ƒǿǿř ṽǿǿīƈḗḗ ḿḗḗşşȧȧɠḗḗş ǿǿƞ ŧħḗḗ ȧȧƈƈǿǿŭŭƞŧ. Ȧşķ ẏǿǿŭŭř ȧȧƈƈǿǿŭŭƞŧ ȧȧḓḿīƞīşŧřȧȧŧǿǿř ŧǿǿ ȧȧƥƥřǿǿṽḗḗ īŧ.]",
  "SENDER_INVALID": "[Ŧħīş şḗḗƞḓḗḗř īş ƞǿǿŧ ṽȧȧŀīḓ ƒǿǿř ȧȧ ṽǿǿīƈḗḗ ḿḗḗşşȧȧɠḗḗ. Ƈħḗḗƈķ īŧ, ŧħḗḗƞ şḗḗƞḓ ȧȧɠȧȧīƞ.]",
  "AUDIO_FILE_NOT_FOUND": "[Ŧħḗḗ ȧȧŭŭḓīǿǿ ƒīŀḗḗ ƒǿǿř ŧħīş ṽǿǿīƈḗḗ ḿḗḗşşȧȧɠḗḗ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ƒǿǿŭŭƞḓ. Şḗḗŀḗḗƈŧ ŧħḗḗ řḗḗƈǿǿřḓīƞɠ ȧȧɠȧȧīƞ, ŧħḗḗƞ şḗḗƞḓ.]",
  "DESTINATION_INVALID": "[Ṽǿǿīƈḗḗ ḿḗḗşşȧȧɠḗḗş ƈȧȧƞƞǿǿŧ ƀḗḗ şḗḗƞŧ ŧǿǿ ŧħīş ƞŭŭḿƀḗḗř. Řḗḗḿǿǿṽḗḗ īŧ ƒřǿǿḿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧş.]",
  "NOT_CREDIT": "[Ŧħḗḗřḗḗ īş ƞǿǿŧ ḗḗƞǿǿŭŭɠħ ƈřḗḗḓīŧ ǿǿƞ ŧħḗḗ ȧȧƈƈǿǿŭŭƞŧ ŧǿǿ şḗḗƞḓ ŧħīş ṽǿǿīƈḗḗ ḿḗḗşşȧȧɠḗḗ. Ȧşķ ẏǿǿŭŭř ȧȧƈƈǿǿŭŭƞŧ ȧȧḓḿīƞīşŧřȧȧŧǿǿř ŧǿǿ ŧǿǿƥ īŧ ŭŭƥ.]",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "[Ẏǿǿŭŭř ṽǿǿīƈḗḗ ḿḗḗşşȧȧɠḗḗ ẇȧȧş ƞǿǿŧ şḗḗƞŧ. Ƥŀḗḗȧȧşḗḗ ŧřẏ ȧȧɠȧȧīƞ ŀȧȧŧḗḗř ǿǿř ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ.]";
