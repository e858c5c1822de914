// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official texts of numberVerification.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"numberVerification"> | FieldKeyOf<"numberVerification"> | "numberVerification.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "numberVerification.phoneNumberRequired": "[Ŧħḗḗ ƥħǿǿƞḗḗȠŭŭḿƀḗḗř ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  "numberVerification.insufficientCredit": "[Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ]",
  "numberVerification.noPriceForDestination": "[Ƞǿǿ ḓḗḗƒȧȧŭŭŀŧ ƥřīƈḗḗ ħȧȧş ƀḗḗḗḗƞ ƒǿǿŭŭƞḓ ƒǿǿř ŧħīş ḓḗḗşŧīƞȧȧŧīǿǿƞ]",
  "numberVerification.numberOnStopList": "[Ŧħḗḗ ƞŭŭḿƀḗḗř īş īƞ ŧħḗḗ ŞŦǾƤ ŞḾŞ ŀīşŧ]",
  "numberVerification.numbersNotCommaSeparated": "[Ŧħḗḗ ƞŭŭḿƀḗḗřş ḿŭŭşŧ ƀḗḗ şḗḗƥȧȧřȧȧŧḗḗḓ ƀẏ ȧȧ ƈǿǿḿḿȧȧ]",
  "numberVerification.tooManyNumbers": "[Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŀŀǿǿẇḗḗḓ ƞŭŭḿƀḗḗřş īş ȧȧ ḿȧȧẋīḿŭŭḿ ǿǿƒ 500]",
  "numberVerification.noNumberToVerify": "[Ƞǿǿ ƞŭŭḿƀḗḗř ŧǿǿ şḗḗƞḓ]",
  "numberVerification.ipNotAuthorized": "[Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  "numberVerification.unknownCode": "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {code}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Ƞŭŭḿƀḗḗř Ṽḗḗřīƒīƈȧȧŧīǿǿƞ\".]",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "numberVerification.phoneNumberRequired": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƥħǿǿƞḗḗȠŭŭḿƀḗḗř ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ"},{"type":0,"value":"]"}],
  "numberVerification.insufficientCredit": [{"type":0,"value":"["},{"type":0,"value":"Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ"},{"type":0,"value":"]"}],
  "numberVerification.noPriceForDestination": [{"type":0,"value":"["},{"type":0,"value":"Ƞǿǿ ḓḗḗƒȧȧŭŭŀŧ ƥřīƈḗḗ ħȧȧş ƀḗḗḗḗƞ ƒǿǿŭŭƞḓ ƒǿǿř ŧħīş ḓḗḗşŧīƞȧȧŧīǿǿƞ"},{"type":0,"value":"]"}],
  "numberVerification.numberOnStopList": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƞŭŭḿƀḗḗř īş īƞ ŧħḗḗ ŞŦǾƤ ŞḾŞ ŀīşŧ"},{"type":0,"value":"]"}],
  "numberVerification.numbersNotCommaSeparated": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƞŭŭḿƀḗḗřş ḿŭŭşŧ ƀḗḗ şḗḗƥȧȧřȧȧŧḗḗḓ ƀẏ ȧȧ ƈǿǿḿḿȧȧ"},{"type":0,"value":"]"}],
  "numberVerification.tooManyNumbers": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŀŀǿǿẇḗḗḓ ƞŭŭḿƀḗḗřş īş ȧȧ ḿȧȧẋīḿŭŭḿ ǿǿƒ 500"},{"type":0,"value":"]"}],
  "numberVerification.noNumberToVerify": [{"type":0,"value":"["},{"type":0,"value":"Ƞǿǿ ƞŭŭḿƀḗḗř ŧǿǿ şḗḗƞḓ"},{"type":0,"value":"]"}],
  "numberVerification.ipNotAuthorized": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ"},{"type":0,"value":"]"}],
  "numberVerification.unknownCode": [{"type":0,"value":"["},{"type":0,"value":"ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ "},{"type":1,"value":"code"},{"type":0,"value":", ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Ƞŭŭḿƀḗḗř Ṽḗḗřīƒīƈȧȧŧīǿǿƞ\"."},{"type":0,"value":"]"}],
});

/** The same messages in i18next's own format, keyed below "numberVerification". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "[Ŧħḗḗ ƥħǿǿƞḗḗȠŭŭḿƀḗḗř ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  insufficientCredit: "[Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ]",
  noPriceForDestination: "[Ƞǿǿ ḓḗḗƒȧȧŭŭŀŧ ƥřīƈḗḗ ħȧȧş ƀḗḗḗḗƞ ƒǿǿŭŭƞḓ ƒǿǿř ŧħīş ḓḗḗşŧīƞȧȧŧīǿǿƞ]",
  numberOnStopList: "[Ŧħḗḗ ƞŭŭḿƀḗḗř īş īƞ ŧħḗḗ ŞŦǾƤ ŞḾŞ ŀīşŧ]",
  numbersNotCommaSeparated: "[Ŧħḗḗ ƞŭŭḿƀḗḗřş ḿŭŭşŧ ƀḗḗ şḗḗƥȧȧřȧȧŧḗḗḓ ƀẏ ȧȧ ƈǿǿḿḿȧȧ]",
  tooManyNumbers: "[Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŀŀǿǿẇḗḗḓ ƞŭŭḿƀḗḗřş īş ȧȧ ḿȧȧẋīḿŭŭḿ ǿǿƒ 500]",
  noNumberToVerify: "[Ƞǿǿ ƞŭŭḿƀḗḗř ŧǿǿ şḗḗƞḓ]",
  ipNotAuthorized: "[Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  unknownCode: "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {{code}}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Ƞŭŭḿƀḗḗř Ṽḗḗřīƒīƈȧȧŧīǿǿƞ\".]",
});
