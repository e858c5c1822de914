// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of numberVerification.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"numberVerification"> | FieldKeyOf<"numberVerification"> | "numberVerification.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "numberVerification.phoneNumberRequired": "The phoneNumber field is required",
  "numberVerification.insufficientCredit": "Insufficient credit",
  "numberVerification.noPriceForDestination": "No default price has been found for this destination",
  "numberVerification.numberOnStopList": "The number is in the STOP SMS list",
  "numberVerification.numbersNotCommaSeparated": "The numbers must be separated by a comma",
  "numberVerification.tooManyNumbers": "The number of allowed numbers is a maximum of 500",
  "numberVerification.noNumberToVerify": "No number to send",
  "numberVerification.ipNotAuthorized": "The IP is not authorized",
  "numberVerification.unknownCode": "SMSPartner returned code {code}, which its documentation does not list under \"Number Verification\".",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "numberVerification.phoneNumberRequired": [{"type":0,"value":"The phoneNumber field is required"}],
  "numberVerification.insufficientCredit": [{"type":0,"value":"Insufficient credit"}],
  "numberVerification.noPriceForDestination": [{"type":0,"value":"No default price has been found for this destination"}],
  "numberVerification.numberOnStopList": [{"type":0,"value":"The number is in the STOP SMS list"}],
  "numberVerification.numbersNotCommaSeparated": [{"type":0,"value":"The numbers must be separated by a comma"}],
  "numberVerification.tooManyNumbers": [{"type":0,"value":"The number of allowed numbers is a maximum of 500"}],
  "numberVerification.noNumberToVerify": [{"type":0,"value":"No number to send"}],
  "numberVerification.ipNotAuthorized": [{"type":0,"value":"The IP is not authorized"}],
  "numberVerification.unknownCode": [{"type":0,"value":"SMSPartner returned code "},{"type":1,"value":"code"},{"type":0,"value":", which its documentation does not list under \"Number Verification\"."}],
});

/** The same messages in i18next's own format, keyed below "numberVerification". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "The phoneNumber field is required",
  insufficientCredit: "Insufficient credit",
  noPriceForDestination: "No default price has been found for this destination",
  numberOnStopList: "The number is in the STOP SMS list",
  numbersNotCommaSeparated: "The numbers must be separated by a comma",
  tooManyNumbers: "The number of allowed numbers is a maximum of 500",
  noNumberToVerify: "No number to send",
  ipNotAuthorized: "The IP is not authorized",
  unknownCode: "SMSPartner returned code {{code}}, which its documentation does not list under \"Number Verification\".",
});
