// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of sms.status.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.status"> | FieldKeyOf<"sms.status"> | "sms.status.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.status.phoneNumberRequired": "The delivery status could not be retrieved because of a technical problem on our side. Please contact support.",
  "sms.status.messageIdRequired": "We could not tell which message to check because of a technical problem on our side. Please contact support.",
  "sms.status.messageNotFound": "This message could not be found, so its status is not available.",
  "sms.status.numberListEmpty": "No number is selected. Choose at least one number to see its delivery status.",
  "sms.status.formatInvalid": "The status request could not be processed because of a technical problem on our side. Please contact support.",
  "sms.status.notMobileNumber": "This number does not appear to be a mobile number, so it has no delivery status. Please check it.",
  "sms.status.tooManyNumbers": "You can check the status of at most {max, number} numbers at a time. Split the numbers into several batches.",
  "sms.status.ipNotAuthorized": "Delivery statuses cannot be retrieved because of a technical problem on our side. Please contact support.",
  "sms.status.unknownCode": "The delivery status is unavailable for an unexpected reason. Please try again later.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.status.phoneNumberRequired": [{"type":0,"value":"The delivery status could not be retrieved because of a technical problem on our side. Please contact support."}],
  "sms.status.messageIdRequired": [{"type":0,"value":"We could not tell which message to check because of a technical problem on our side. Please contact support."}],
  "sms.status.messageNotFound": [{"type":0,"value":"This message could not be found, so its status is not available."}],
  "sms.status.numberListEmpty": [{"type":0,"value":"No number is selected. Choose at least one number to see its delivery status."}],
  "sms.status.formatInvalid": [{"type":0,"value":"The status request could not be processed because of a technical problem on our side. Please contact support."}],
  "sms.status.notMobileNumber": [{"type":0,"value":"This number does not appear to be a mobile number, so it has no delivery status. Please check it."}],
  "sms.status.tooManyNumbers": [{"type":0,"value":"You can check the status of at most "},{"type":2,"value":"max","style":null},{"type":0,"value":" numbers at a time. Split the numbers into several batches."}],
  "sms.status.ipNotAuthorized": [{"type":0,"value":"Delivery statuses cannot be retrieved because of a technical problem on our side. Please contact support."}],
  "sms.status.unknownCode": [{"type":0,"value":"The delivery status is unavailable for an unexpected reason. Please try again later."}],
});

/** The same messages in i18next's own format, keyed below "sms.status". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "The delivery status could not be retrieved because of a technical problem on our side. Please contact support.",
  messageIdRequired: "We could not tell which message to check because of a technical problem on our side. Please contact support.",
  messageNotFound: "This message could not be found, so its status is not available.",
  numberListEmpty: "No number is selected. Choose at least one number to see its delivery status.",
  formatInvalid: "The status request could not be processed because of a technical problem on our side. Please contact support.",
  notMobileNumber: "This number does not appear to be a mobile number, so it has no delivery status. Please check it.",
  tooManyNumbers: "You can check the status of at most {{max, number}} numbers at a time. Split the numbers into several batches.",
  ipNotAuthorized: "Delivery statuses cannot be retrieved because of a technical problem on our side. Please contact support.",
  unknownCode: "The delivery status is unavailable for an unexpected reason. Please try again later.",
});
