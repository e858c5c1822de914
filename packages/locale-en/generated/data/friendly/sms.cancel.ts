// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of sms.cancel.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.cancel"> | FieldKeyOf<"sms.cancel"> | "sms.cancel.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.cancel.phoneNumberRequired": "The scheduled send could not be canceled because of a technical problem on our side. Please contact support.",
  "sms.cancel.messageIdRequired": "We could not tell which message to cancel because of a technical problem on our side. Please contact support.",
  "sms.cancel.messageNotFound": "This message could not be found. It may already have been sent or canceled.",
  "sms.cancel.numberListEmpty": "No number is selected. Choose the numbers whose scheduled send should be canceled.",
  "sms.cancel.formatInvalid": "The cancellation request could not be processed because of a technical problem on our side. Please contact support.",
  "sms.cancel.notMobileNumber": "This does not look like a mobile number. Check the number, then try again.",
  "sms.cancel.tooManyNumbers": "Cancellation is limited to {max, number} numbers at a time. Split the numbers into several batches.",
  "sms.cancel.ipNotAuthorized": "The cancellation is not possible because of a technical problem on our side. Please contact support.",
  "sms.cancel.unknownCode": "Canceling the scheduled send did not go through. Check that it is still scheduled, then try again.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.cancel.phoneNumberRequired": [{"type":0,"value":"The scheduled send could not be canceled because of a technical problem on our side. Please contact support."}],
  "sms.cancel.messageIdRequired": [{"type":0,"value":"We could not tell which message to cancel because of a technical problem on our side. Please contact support."}],
  "sms.cancel.messageNotFound": [{"type":0,"value":"This message could not be found. It may already have been sent or canceled."}],
  "sms.cancel.numberListEmpty": [{"type":0,"value":"No number is selected. Choose the numbers whose scheduled send should be canceled."}],
  "sms.cancel.formatInvalid": [{"type":0,"value":"The cancellation request could not be processed because of a technical problem on our side. Please contact support."}],
  "sms.cancel.notMobileNumber": [{"type":0,"value":"This does not look like a mobile number. Check the number, then try again."}],
  "sms.cancel.tooManyNumbers": [{"type":0,"value":"Cancellation is limited to "},{"type":2,"value":"max","style":null},{"type":0,"value":" numbers at a time. Split the numbers into several batches."}],
  "sms.cancel.ipNotAuthorized": [{"type":0,"value":"The cancellation is not possible because of a technical problem on our side. Please contact support."}],
  "sms.cancel.unknownCode": [{"type":0,"value":"Canceling the scheduled send did not go through. Check that it is still scheduled, then try again."}],
});

/** The same messages in i18next's own format, keyed below "sms.cancel". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "The scheduled send could not be canceled because of a technical problem on our side. Please contact support.",
  messageIdRequired: "We could not tell which message to cancel because of a technical problem on our side. Please contact support.",
  messageNotFound: "This message could not be found. It may already have been sent or canceled.",
  numberListEmpty: "No number is selected. Choose the numbers whose scheduled send should be canceled.",
  formatInvalid: "The cancellation request could not be processed because of a technical problem on our side. Please contact support.",
  notMobileNumber: "This does not look like a mobile number. Check the number, then try again.",
  tooManyNumbers: "Cancellation is limited to {{max, number}} numbers at a time. Split the numbers into several batches.",
  ipNotAuthorized: "The cancellation is not possible because of a technical problem on our side. Please contact support.",
  unknownCode: "Canceling the scheduled send did not go through. Check that it is still scheduled, then try again.",
});
