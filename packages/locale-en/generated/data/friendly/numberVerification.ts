// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of numberVerification.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"numberVerification"> | FieldKeyOf<"numberVerification"> | "numberVerification.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "numberVerification.phoneNumberRequired": "A phone number is needed for the verification. Please enter one.",
  "numberVerification.insufficientCredit": "There is not enough credit on the account to verify these numbers. Ask your account administrator to top it up.",
  "numberVerification.noPriceForDestination": "Verifying numbers in this country is not available on the account. Ask your account administrator to enable it.",
  "numberVerification.numberOnStopList": "This number is on the STOP list, so it cannot be verified. Remove it from the numbers to check.",
  "numberVerification.numbersNotCommaSeparated": "The numbers could not be verified because of a technical problem on our side. Please contact support.",
  "numberVerification.tooManyNumbers": "You can verify at most {max, number} numbers at a time. Please split them into several batches.",
  "numberVerification.noNumberToVerify": "None of these numbers can be verified. Check the list, then try again.",
  "numberVerification.ipNotAuthorized": "Number verification is not possible because of a technical problem on our side. Please contact support.",
  "numberVerification.unknownCode": "The number verification did not go through. Please try again later or contact support.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "numberVerification.phoneNumberRequired": [{"type":0,"value":"A phone number is needed for the verification. Please enter one."}],
  "numberVerification.insufficientCredit": [{"type":0,"value":"There is not enough credit on the account to verify these numbers. Ask your account administrator to top it up."}],
  "numberVerification.noPriceForDestination": [{"type":0,"value":"Verifying numbers in this country is not available on the account. Ask your account administrator to enable it."}],
  "numberVerification.numberOnStopList": [{"type":0,"value":"This number is on the STOP list, so it cannot be verified. Remove it from the numbers to check."}],
  "numberVerification.numbersNotCommaSeparated": [{"type":0,"value":"The numbers could not be verified because of a technical problem on our side. Please contact support."}],
  "numberVerification.tooManyNumbers": [{"type":0,"value":"You can verify at most "},{"type":2,"value":"max","style":null},{"type":0,"value":" numbers at a time. Please split them into several batches."}],
  "numberVerification.noNumberToVerify": [{"type":0,"value":"None of these numbers can be verified. Check the list, then try again."}],
  "numberVerification.ipNotAuthorized": [{"type":0,"value":"Number verification is not possible because of a technical problem on our side. Please contact support."}],
  "numberVerification.unknownCode": [{"type":0,"value":"The number verification did not go through. Please try again later or contact support."}],
});

/** The same messages in i18next's own format, keyed below "numberVerification". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "A phone number is needed for the verification. Please enter one.",
  insufficientCredit: "There is not enough credit on the account to verify these numbers. Ask your account administrator to top it up.",
  noPriceForDestination: "Verifying numbers in this country is not available on the account. Ask your account administrator to enable it.",
  numberOnStopList: "This number is on the STOP list, so it cannot be verified. Remove it from the numbers to check.",
  numbersNotCommaSeparated: "The numbers could not be verified because of a technical problem on our side. Please contact support.",
  tooManyNumbers: "You can verify at most {{max, number}} numbers at a time. Please split them into several batches.",
  noNumberToVerify: "None of these numbers can be verified. Check the list, then try again.",
  ipNotAuthorized: "Number verification is not possible because of a technical problem on our side. Please contact support.",
  unknownCode: "The number verification did not go through. Please try again later or contact support.",
});
