// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official texts of sms.cancel.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.cancel"> | FieldKeyOf<"sms.cancel"> | "sms.cancel.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.cancel.phoneNumberRequired": "[Ŧħḗḗ ƥħǿǿƞḗḗȠŭŭḿƀḗḗř ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  "sms.cancel.messageIdRequired": "[Ŧħḗḗ ḾḗḗşşȧȧɠḗḗĪḓ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  "sms.cancel.messageNotFound": "[Ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ ƒǿǿŭŭƞḓ]",
  "sms.cancel.numberListEmpty": "[Ŧħḗḗ ŀīşŧ ǿǿƒ ƞŭŭḿƀḗḗřş īş ḗḗḿƥŧẏ]",
  "sms.cancel.formatInvalid": "[Ŧħḗḗ ƒǿǿřḿȧȧŧ īş ƞǿǿŧ ƈǿǿřřḗḗƈŧ]",
  "sms.cancel.notMobileNumber": "[Ḓǿǿḗḗş ƞǿǿŧ ȧȧƥƥḗḗȧȧř ŧǿǿ ƀḗḗ ȧȧ ḿǿǿƀīŀḗḗ ƞŭŭḿƀḗḗř]",
  "sms.cancel.tooManyNumbers": "[Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŀŀǿǿẇḗḗḓ ƞŭŭḿƀḗḗřş īş ȧȧ ḿȧȧẋīḿŭŭḿ ǿǿƒ 500]",
  "sms.cancel.ipNotAuthorized": "[Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  "sms.cancel.unknownCode": "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {code}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"ŞḾŞ Ƈȧȧƞƈḗḗŀŀȧȧŧīǿǿƞ\".]",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.cancel.phoneNumberRequired": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƥħǿǿƞḗḗȠŭŭḿƀḗḗř ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ"},{"type":0,"value":"]"}],
  "sms.cancel.messageIdRequired": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ḾḗḗşşȧȧɠḗḗĪḓ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ"},{"type":0,"value":"]"}],
  "sms.cancel.messageNotFound": [{"type":0,"value":"["},{"type":0,"value":"Ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ ƒǿǿŭŭƞḓ"},{"type":0,"value":"]"}],
  "sms.cancel.numberListEmpty": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ŀīşŧ ǿǿƒ ƞŭŭḿƀḗḗřş īş ḗḗḿƥŧẏ"},{"type":0,"value":"]"}],
  "sms.cancel.formatInvalid": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƒǿǿřḿȧȧŧ īş ƞǿǿŧ ƈǿǿřřḗḗƈŧ"},{"type":0,"value":"]"}],
  "sms.cancel.notMobileNumber": [{"type":0,"value":"["},{"type":0,"value":"Ḓǿǿḗḗş ƞǿǿŧ ȧȧƥƥḗḗȧȧř ŧǿǿ ƀḗḗ ȧȧ ḿǿǿƀīŀḗḗ ƞŭŭḿƀḗḗř"},{"type":0,"value":"]"}],
  "sms.cancel.tooManyNumbers": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŀŀǿǿẇḗḗḓ ƞŭŭḿƀḗḗřş īş ȧȧ ḿȧȧẋīḿŭŭḿ ǿǿƒ 500"},{"type":0,"value":"]"}],
  "sms.cancel.ipNotAuthorized": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ"},{"type":0,"value":"]"}],
  "sms.cancel.unknownCode": [{"type":0,"value":"["},{"type":0,"value":"ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ "},{"type":1,"value":"code"},{"type":0,"value":", ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"ŞḾŞ Ƈȧȧƞƈḗḗŀŀȧȧŧīǿǿƞ\"."},{"type":0,"value":"]"}],
});

/** The same messages in i18next's own format, keyed below "sms.cancel". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "[Ŧħḗḗ ƥħǿǿƞḗḗȠŭŭḿƀḗḗř ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  messageIdRequired: "[Ŧħḗḗ ḾḗḗşşȧȧɠḗḗĪḓ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  messageNotFound: "[Ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ ƒǿǿŭŭƞḓ]",
  numberListEmpty: "[Ŧħḗḗ ŀīşŧ ǿǿƒ ƞŭŭḿƀḗḗřş īş ḗḗḿƥŧẏ]",
  formatInvalid: "[Ŧħḗḗ ƒǿǿřḿȧȧŧ īş ƞǿǿŧ ƈǿǿřřḗḗƈŧ]",
  notMobileNumber: "[Ḓǿǿḗḗş ƞǿǿŧ ȧȧƥƥḗḗȧȧř ŧǿǿ ƀḗḗ ȧȧ ḿǿǿƀīŀḗḗ ƞŭŭḿƀḗḗř]",
  tooManyNumbers: "[Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŀŀǿǿẇḗḗḓ ƞŭŭḿƀḗḗřş īş ȧȧ ḿȧȧẋīḿŭŭḿ ǿǿƒ 500]",
  ipNotAuthorized: "[Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  unknownCode: "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {{code}}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"ŞḾŞ Ƈȧȧƞƈḗḗŀŀȧȧŧīǿǿƞ\".]",
});
