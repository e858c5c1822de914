// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of vms.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"vms"> | FieldKeyOf<"vms"> | "vms.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "vms.phoneNumberRequired": "The phone number is required",
  "vms.tooManyNumbers": "The number of phone numbers exceeds 500",
  "vms.audioTokenRequired": "The audio token is required",
  "vms.notificationUrlInvalid": "The notification URL is invalid",
  "vms.senderNotAuthorized": "The sender is not authorized",
  "vms.senderInvalid": "The sender is invalid",
  "vms.audioFileNotFound": "The audio file is not found",
  "vms.destinationNotAuthorized": "The phone number is not authorized",
  "vms.insufficientCredit": "Insufficient credit",
  "vms.unknownCode": "SMSPartner returned code {code}, which its documentation does not list under \"Sending Voice Messages / VMS\".",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "vms.phoneNumberRequired": [{"type":0,"value":"The phone number is required"}],
  "vms.tooManyNumbers": [{"type":0,"value":"The number of phone numbers exceeds 500"}],
  "vms.audioTokenRequired": [{"type":0,"value":"The audio token is required"}],
  "vms.notificationUrlInvalid": [{"type":0,"value":"The notification URL is invalid"}],
  "vms.senderNotAuthorized": [{"type":0,"value":"The sender is not authorized"}],
  "vms.senderInvalid": [{"type":0,"value":"The sender is invalid"}],
  "vms.audioFileNotFound": [{"type":0,"value":"The audio file is not found"}],
  "vms.destinationNotAuthorized": [{"type":0,"value":"The phone number is not authorized"}],
  "vms.insufficientCredit": [{"type":0,"value":"Insufficient credit"}],
  "vms.unknownCode": [{"type":0,"value":"SMSPartner returned code "},{"type":1,"value":"code"},{"type":0,"value":", which its documentation does not list under \"Sending Voice Messages / VMS\"."}],
});

/** The same messages in i18next's own format, keyed below "vms". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "The phone number is required",
  tooManyNumbers: "The number of phone numbers exceeds 500",
  audioTokenRequired: "The audio token is required",
  notificationUrlInvalid: "The notification URL is invalid",
  senderNotAuthorized: "The sender is not authorized",
  senderInvalid: "The sender is invalid",
  audioFileNotFound: "The audio file is not found",
  destinationNotAuthorized: "The phone number is not authorized",
  insufficientCredit: "Insufficient credit",
  unknownCode: "SMSPartner returned code {{code}}, which its documentation does not list under \"Sending Voice Messages / VMS\".",
});
