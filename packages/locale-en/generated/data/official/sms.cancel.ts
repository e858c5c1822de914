// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of sms.cancel.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.cancel"> | FieldKeyOf<"sms.cancel"> | "sms.cancel.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.cancel.phoneNumberRequired": "The phoneNumber field is required",
  "sms.cancel.messageIdRequired": "The MessageId field is required",
  "sms.cancel.messageNotFound": "This message is not found",
  "sms.cancel.numberListEmpty": "The list of numbers is empty",
  "sms.cancel.formatInvalid": "The format is not correct",
  "sms.cancel.notMobileNumber": "Does not appear to be a mobile number",
  "sms.cancel.tooManyNumbers": "The number of allowed numbers is a maximum of 500",
  "sms.cancel.ipNotAuthorized": "The IP is not authorized",
  "sms.cancel.unknownCode": "SMSPartner returned code {code}, which its documentation does not list under \"SMS Cancellation\".",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.cancel.phoneNumberRequired": [{"type":0,"value":"The phoneNumber field is required"}],
  "sms.cancel.messageIdRequired": [{"type":0,"value":"The MessageId field is required"}],
  "sms.cancel.messageNotFound": [{"type":0,"value":"This message is not found"}],
  "sms.cancel.numberListEmpty": [{"type":0,"value":"The list of numbers is empty"}],
  "sms.cancel.formatInvalid": [{"type":0,"value":"The format is not correct"}],
  "sms.cancel.notMobileNumber": [{"type":0,"value":"Does not appear to be a mobile number"}],
  "sms.cancel.tooManyNumbers": [{"type":0,"value":"The number of allowed numbers is a maximum of 500"}],
  "sms.cancel.ipNotAuthorized": [{"type":0,"value":"The IP is not authorized"}],
  "sms.cancel.unknownCode": [{"type":0,"value":"SMSPartner returned code "},{"type":1,"value":"code"},{"type":0,"value":", which its documentation does not list under \"SMS Cancellation\"."}],
});

/** The same messages in i18next's own format, keyed below "sms.cancel". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "The phoneNumber field is required",
  messageIdRequired: "The MessageId field is required",
  messageNotFound: "This message is not found",
  numberListEmpty: "The list of numbers is empty",
  formatInvalid: "The format is not correct",
  notMobileNumber: "Does not appear to be a mobile number",
  tooManyNumbers: "The number of allowed numbers is a maximum of 500",
  ipNotAuthorized: "The IP is not authorized",
  unknownCode: "SMSPartner returned code {{code}}, which its documentation does not list under \"SMS Cancellation\".",
});
