// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official texts of sms.status.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.status"> | FieldKeyOf<"sms.status"> | "sms.status.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.status.phoneNumberRequired": "[Ŧħḗḗ ƥħǿǿƞḗḗȠŭŭḿƀḗḗř ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  "sms.status.messageIdRequired": "[Ŧħḗḗ ḾḗḗşşȧȧɠḗḗĪḓ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  "sms.status.messageNotFound": "[Ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ ƒǿǿŭŭƞḓ]",
  "sms.status.numberListEmpty": "[Ŧħḗḗ ŀīşŧ ǿǿƒ ƞŭŭḿƀḗḗřş īş ḗḗḿƥŧẏ]",
  "sms.status.formatInvalid": "[Ŧħḗḗ ƒǿǿřḿȧȧŧ īş ƞǿǿŧ ƈǿǿřřḗḗƈŧ]",
  "sms.status.notMobileNumber": "[Ḓǿǿḗḗş ƞǿǿŧ ȧȧƥƥḗḗȧȧř ŧǿǿ ƀḗḗ ȧȧ ḿǿǿƀīŀḗḗ ƞŭŭḿƀḗḗř]",
  "sms.status.tooManyNumbers": "[Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŀŀǿǿẇḗḗḓ ƞŭŭḿƀḗḗřş īş ȧȧ ḿȧȧẋīḿŭŭḿ ǿǿƒ 500]",
  "sms.status.ipNotAuthorized": "[Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  "sms.status.unknownCode": "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {code}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Şŧȧȧŧŭŭş Řḗḗŧřīḗḗṽȧȧŀ\".]",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.status.phoneNumberRequired": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƥħǿǿƞḗḗȠŭŭḿƀḗḗř ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ"},{"type":0,"value":"]"}],
  "sms.status.messageIdRequired": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ḾḗḗşşȧȧɠḗḗĪḓ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ"},{"type":0,"value":"]"}],
  "sms.status.messageNotFound": [{"type":0,"value":"["},{"type":0,"value":"Ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ ƒǿǿŭŭƞḓ"},{"type":0,"value":"]"}],
  "sms.status.numberListEmpty": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ŀīşŧ ǿǿƒ ƞŭŭḿƀḗḗřş īş ḗḗḿƥŧẏ"},{"type":0,"value":"]"}],
  "sms.status.formatInvalid": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƒǿǿřḿȧȧŧ īş ƞǿǿŧ ƈǿǿřřḗḗƈŧ"},{"type":0,"value":"]"}],
  "sms.status.notMobileNumber": [{"type":0,"value":"["},{"type":0,"value":"Ḓǿǿḗḗş ƞǿǿŧ ȧȧƥƥḗḗȧȧř ŧǿǿ ƀḗḗ ȧȧ ḿǿǿƀīŀḗḗ ƞŭŭḿƀḗḗř"},{"type":0,"value":"]"}],
  "sms.status.tooManyNumbers": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŀŀǿǿẇḗḗḓ ƞŭŭḿƀḗḗřş īş ȧȧ ḿȧȧẋīḿŭŭḿ ǿǿƒ 500"},{"type":0,"value":"]"}],
  "sms.status.ipNotAuthorized": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ"},{"type":0,"value":"]"}],
  "sms.status.unknownCode": [{"type":0,"value":"["},{"type":0,"value":"ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ "},{"type":1,"value":"code"},{"type":0,"value":", ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Şŧȧȧŧŭŭş Řḗḗŧřīḗḗṽȧȧŀ\"."},{"type":0,"value":"]"}],
});

/** The same messages in i18next's own format, keyed below "sms.status". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "[Ŧħḗḗ ƥħǿǿƞḗḗȠŭŭḿƀḗḗř ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  messageIdRequired: "[Ŧħḗḗ ḾḗḗşşȧȧɠḗḗĪḓ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  messageNotFound: "[Ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ ƒǿǿŭŭƞḓ]",
  numberListEmpty: "[Ŧħḗḗ ŀīşŧ ǿǿƒ ƞŭŭḿƀḗḗřş īş ḗḗḿƥŧẏ]",
  formatInvalid: "[Ŧħḗḗ ƒǿǿřḿȧȧŧ īş ƞǿǿŧ ƈǿǿřřḗḗƈŧ]",
  notMobileNumber: "[Ḓǿǿḗḗş ƞǿǿŧ ȧȧƥƥḗḗȧȧř ŧǿǿ ƀḗḗ ȧȧ ḿǿǿƀīŀḗḗ ƞŭŭḿƀḗḗř]",
  tooManyNumbers: "[Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŀŀǿǿẇḗḗḓ ƞŭŭḿƀḗḗřş īş ȧȧ ḿȧȧẋīḿŭŭḿ ǿǿƒ 500]",
  ipNotAuthorized: "[Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  unknownCode: "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {{code}}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Şŧȧȧŧŭŭş Řḗḗŧřīḗḗṽȧȧŀ\".]",
});
