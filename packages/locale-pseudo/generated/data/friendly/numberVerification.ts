// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: friendly texts of numberVerification.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"numberVerification"> | FieldKeyOf<"numberVerification"> | "numberVerification.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "numberVerification.phoneNumberRequired": "[Ȧ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗř īş ƞḗḗḗḗḓḗḗḓ ƒǿǿř ŧħḗḗ ṽḗḗřīƒīƈȧȧŧīǿǿƞ. Ƥŀḗḗȧȧşḗḗ ḗḗƞŧḗḗř ǿǿƞḗḗ.]",
  "numberVerification.insufficientCredit": "[Ŧħḗḗřḗḗ īş ƞǿǿŧ ḗḗƞǿǿŭŭɠħ ƈřḗḗḓīŧ ǿǿƞ ŧħḗḗ ȧȧƈƈǿǿŭŭƞŧ ŧǿǿ ṽḗḗřīƒẏ ŧħḗḗşḗḗ ƞŭŭḿƀḗḗřş. Ȧşķ ẏǿǿŭŭř ȧȧƈƈǿǿŭŭƞŧ ȧȧḓḿīƞīşŧřȧȧŧǿǿř ŧǿǿ ŧǿǿƥ īŧ ŭŭƥ.]",
  "numberVerification.noPriceForDestination": "[Ṽḗḗřīƒẏīƞɠ ƞŭŭḿƀḗḗřş īƞ ŧħīş ƈǿǿŭŭƞŧřẏ īş ƞǿǿŧ ȧȧṽȧȧīŀȧȧƀŀḗḗ ǿǿƞ ŧħḗḗ ȧȧƈƈǿǿŭŭƞŧ. Ȧşķ ẏǿǿŭŭř ȧȧƈƈǿǿŭŭƞŧ ȧȧḓḿīƞīşŧřȧȧŧǿǿř ŧǿǿ ḗḗƞȧȧƀŀḗḗ īŧ.]",
  "numberVerification.numberOnStopList": "[Ŧħīş ƞŭŭḿƀḗḗř īş ǿǿƞ ŧħḗḗ ŞŦǾƤ ŀīşŧ, şǿǿ īŧ ƈȧȧƞƞǿǿŧ ƀḗḗ ṽḗḗřīƒīḗḗḓ. Řḗḗḿǿǿṽḗḗ īŧ ƒřǿǿḿ ŧħḗḗ ƞŭŭḿƀḗḗřş ŧǿǿ ƈħḗḗƈķ.]",
  "numberVerification.numbersNotCommaSeparated": "[Ŧħḗḗ ƞŭŭḿƀḗḗřş ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ṽḗḗřīƒīḗḗḓ ƀḗḗƈȧȧŭŭşḗḗ ǿǿƒ ȧȧ ŧḗḗƈħƞīƈȧȧŀ ƥřǿǿƀŀḗḗḿ ǿǿƞ ǿǿŭŭř şīḓḗḗ. Ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ.]",
  "numberVerification.tooManyNumbers": "[Ẏǿǿŭŭ ƈȧȧƞ ṽḗḗřīƒẏ ȧȧŧ ḿǿǿşŧ {max, number} ƞŭŭḿƀḗḗřş ȧȧŧ ȧȧ ŧīḿḗḗ. Ƥŀḗḗȧȧşḗḗ şƥŀīŧ ŧħḗḗḿ īƞŧǿǿ şḗḗṽḗḗřȧȧŀ ƀȧȧŧƈħḗḗş.]",
  "numberVerification.noNumberToVerify": "[Ƞǿǿƞḗḗ ǿǿƒ ŧħḗḗşḗḗ ƞŭŭḿƀḗḗřş ƈȧȧƞ ƀḗḗ ṽḗḗřīƒīḗḗḓ. Ƈħḗḗƈķ ŧħḗḗ ŀīşŧ, ŧħḗḗƞ ŧřẏ ȧȧɠȧȧīƞ.]",
  "numberVerification.ipNotAuthorized": "[Ƞŭŭḿƀḗḗř ṽḗḗřīƒīƈȧȧŧīǿǿƞ īş ƞǿǿŧ ƥǿǿşşīƀŀḗḗ ƀḗḗƈȧȧŭŭşḗḗ ǿǿƒ ȧȧ ŧḗḗƈħƞīƈȧȧŀ ƥřǿǿƀŀḗḗḿ ǿǿƞ ǿǿŭŭř şīḓḗḗ. Ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ.]",
  "numberVerification.unknownCode": "[Ŧħḗḗ ƞŭŭḿƀḗḗř ṽḗḗřīƒīƈȧȧŧīǿǿƞ ḓīḓ ƞǿǿŧ ɠǿǿ ŧħřǿǿŭŭɠħ. Ƥŀḗḗȧȧşḗḗ ŧřẏ ȧȧɠȧȧīƞ ŀȧȧŧḗḗř ǿǿř ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ.]",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "numberVerification.phoneNumberRequired": [{"type":0,"value":"["},{"type":0,"value":"Ȧ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗř īş ƞḗḗḗḗḓḗḗḓ ƒǿǿř ŧħḗḗ ṽḗḗřīƒīƈȧȧŧīǿǿƞ. Ƥŀḗḗȧȧşḗḗ ḗḗƞŧḗḗř ǿǿƞḗḗ."},{"type":0,"value":"]"}],
  "numberVerification.insufficientCredit": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗřḗḗ īş ƞǿǿŧ ḗḗƞǿǿŭŭɠħ ƈřḗḗḓīŧ ǿǿƞ ŧħḗḗ ȧȧƈƈǿǿŭŭƞŧ ŧǿǿ ṽḗḗřīƒẏ ŧħḗḗşḗḗ ƞŭŭḿƀḗḗřş. Ȧşķ ẏǿǿŭŭř ȧȧƈƈǿǿŭŭƞŧ ȧȧḓḿīƞīşŧřȧȧŧǿǿř ŧǿǿ ŧǿǿƥ īŧ ŭŭƥ."},{"type":0,"value":"]"}],
  "numberVerification.noPriceForDestination": [{"type":0,"value":"["},{"type":0,"value":"Ṽḗḗřīƒẏīƞɠ ƞŭŭḿƀḗḗřş īƞ ŧħīş ƈǿǿŭŭƞŧřẏ īş ƞǿǿŧ ȧȧṽȧȧīŀȧȧƀŀḗḗ ǿǿƞ ŧħḗḗ ȧȧƈƈǿǿŭŭƞŧ. Ȧşķ ẏǿǿŭŭř ȧȧƈƈǿǿŭŭƞŧ ȧȧḓḿīƞīşŧřȧȧŧǿǿř ŧǿǿ ḗḗƞȧȧƀŀḗḗ īŧ."},{"type":0,"value":"]"}],
  "numberVerification.numberOnStopList": [{"type":0,"value":"["},{"type":0,"value":"Ŧħīş ƞŭŭḿƀḗḗř īş ǿǿƞ ŧħḗḗ ŞŦǾƤ ŀīşŧ, şǿǿ īŧ ƈȧȧƞƞǿǿŧ ƀḗḗ ṽḗḗřīƒīḗḗḓ. Řḗḗḿǿǿṽḗḗ īŧ ƒřǿǿḿ ŧħḗḗ ƞŭŭḿƀḗḗřş ŧǿǿ ƈħḗḗƈķ."},{"type":0,"value":"]"}],
  "numberVerification.numbersNotCommaSeparated": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƞŭŭḿƀḗḗřş ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ṽḗḗřīƒīḗḗḓ ƀḗḗƈȧȧŭŭşḗḗ ǿǿƒ ȧȧ ŧḗḗƈħƞīƈȧȧŀ ƥřǿǿƀŀḗḗḿ ǿǿƞ ǿǿŭŭř şīḓḗḗ. Ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ."},{"type":0,"value":"]"}],
  "numberVerification.tooManyNumbers": [{"type":0,"value":"["},{"type":0,"value":"Ẏǿǿŭŭ ƈȧȧƞ ṽḗḗřīƒẏ ȧȧŧ ḿǿǿşŧ "},{"type":2,"value":"max","style":null},{"type":0,"value":" ƞŭŭḿƀḗḗřş ȧȧŧ ȧȧ ŧīḿḗḗ. Ƥŀḗḗȧȧşḗḗ şƥŀīŧ ŧħḗḗḿ īƞŧǿǿ şḗḗṽḗḗřȧȧŀ ƀȧȧŧƈħḗḗş."},{"type":0,"value":"]"}],
  "numberVerification.noNumberToVerify": [{"type":0,"value":"["},{"type":0,"value":"Ƞǿǿƞḗḗ ǿǿƒ ŧħḗḗşḗḗ ƞŭŭḿƀḗḗřş ƈȧȧƞ ƀḗḗ ṽḗḗřīƒīḗḗḓ. Ƈħḗḗƈķ ŧħḗḗ ŀīşŧ, ŧħḗḗƞ ŧřẏ ȧȧɠȧȧīƞ."},{"type":0,"value":"]"}],
  "numberVerification.ipNotAuthorized": [{"type":0,"value":"["},{"type":0,"value":"Ƞŭŭḿƀḗḗř ṽḗḗřīƒīƈȧȧŧīǿǿƞ īş ƞǿǿŧ ƥǿǿşşīƀŀḗḗ ƀḗḗƈȧȧŭŭşḗḗ ǿǿƒ ȧȧ ŧḗḗƈħƞīƈȧȧŀ ƥřǿǿƀŀḗḗḿ ǿǿƞ ǿǿŭŭř şīḓḗḗ. Ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ."},{"type":0,"value":"]"}],
  "numberVerification.unknownCode": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƞŭŭḿƀḗḗř ṽḗḗřīƒīƈȧȧŧīǿǿƞ ḓīḓ ƞǿǿŧ ɠǿǿ ŧħřǿǿŭŭɠħ. Ƥŀḗḗȧȧşḗḗ ŧřẏ ȧȧɠȧȧīƞ ŀȧȧŧḗḗř ǿǿř ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ."},{"type":0,"value":"]"}],
});

/** The same messages in i18next's own format, keyed below "numberVerification". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "[Ȧ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗř īş ƞḗḗḗḗḓḗḗḓ ƒǿǿř ŧħḗḗ ṽḗḗřīƒīƈȧȧŧīǿǿƞ. Ƥŀḗḗȧȧşḗḗ ḗḗƞŧḗḗř ǿǿƞḗḗ.]",
  insufficientCredit: "[Ŧħḗḗřḗḗ īş ƞǿǿŧ ḗḗƞǿǿŭŭɠħ ƈřḗḗḓīŧ ǿǿƞ ŧħḗḗ ȧȧƈƈǿǿŭŭƞŧ ŧǿǿ ṽḗḗřīƒẏ ŧħḗḗşḗḗ ƞŭŭḿƀḗḗřş. Ȧşķ ẏǿǿŭŭř ȧȧƈƈǿǿŭŭƞŧ ȧȧḓḿīƞīşŧřȧȧŧǿǿř ŧǿǿ ŧǿǿƥ īŧ ŭŭƥ.]",
  noPriceForDestination: "[Ṽḗḗřīƒẏīƞɠ ƞŭŭḿƀḗḗřş īƞ ŧħīş ƈǿǿŭŭƞŧřẏ īş ƞǿǿŧ ȧȧṽȧȧīŀȧȧƀŀḗḗ ǿǿƞ ŧħḗḗ ȧȧƈƈǿǿŭŭƞŧ. Ȧşķ ẏǿǿŭŭř ȧȧƈƈǿǿŭŭƞŧ ȧȧḓḿīƞīşŧřȧȧŧǿǿř ŧǿǿ ḗḗƞȧȧƀŀḗḗ īŧ.]",
  numberOnStopList: "[Ŧħīş ƞŭŭḿƀḗḗř īş ǿǿƞ ŧħḗḗ ŞŦǾƤ ŀīşŧ, şǿǿ īŧ ƈȧȧƞƞǿǿŧ ƀḗḗ ṽḗḗřīƒīḗḗḓ. Řḗḗḿǿǿṽḗḗ īŧ ƒřǿǿḿ ŧħḗḗ ƞŭŭḿƀḗḗřş ŧǿǿ ƈħḗḗƈķ.]",
  numbersNotCommaSeparated: "[Ŧħḗḗ ƞŭŭḿƀḗḗřş ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ṽḗḗřīƒīḗḗḓ ƀḗḗƈȧȧŭŭşḗḗ ǿǿƒ ȧȧ ŧḗḗƈħƞīƈȧȧŀ ƥřǿǿƀŀḗḗḿ ǿǿƞ ǿǿŭŭř şīḓḗḗ. Ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ.]",
  tooManyNumbers: "[Ẏǿǿŭŭ ƈȧȧƞ ṽḗḗřīƒẏ ȧȧŧ ḿǿǿşŧ {{max, number}} ƞŭŭḿƀḗḗřş ȧȧŧ ȧȧ ŧīḿḗḗ. Ƥŀḗḗȧȧşḗḗ şƥŀīŧ ŧħḗḗḿ īƞŧǿǿ şḗḗṽḗḗřȧȧŀ ƀȧȧŧƈħḗḗş.]",
  noNumberToVerify: "[Ƞǿǿƞḗḗ ǿǿƒ ŧħḗḗşḗḗ ƞŭŭḿƀḗḗřş ƈȧȧƞ ƀḗḗ ṽḗḗřīƒīḗḗḓ. Ƈħḗḗƈķ ŧħḗḗ ŀīşŧ, ŧħḗḗƞ ŧřẏ ȧȧɠȧȧīƞ.]",
  ipNotAuthorized: "[Ƞŭŭḿƀḗḗř ṽḗḗřīƒīƈȧȧŧīǿǿƞ īş ƞǿǿŧ ƥǿǿşşīƀŀḗḗ ƀḗḗƈȧȧŭŭşḗḗ ǿǿƒ ȧȧ ŧḗḗƈħƞīƈȧȧŀ ƥřǿǿƀŀḗḗḿ ǿǿƞ ǿǿŭŭř şīḓḗḗ. Ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ.]",
  unknownCode: "[Ŧħḗḗ ƞŭŭḿƀḗḗř ṽḗḗřīƒīƈȧȧŧīǿǿƞ ḓīḓ ƞǿǿŧ ɠǿǿ ŧħřǿǿŭŭɠħ. Ƥŀḗḗȧȧşḗḗ ŧřẏ ȧȧɠȧȧīƞ ŀȧȧŧḗḗř ǿǿř ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ.]",
});
