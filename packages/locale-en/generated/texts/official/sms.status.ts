// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of sms.status, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "The phoneNumber field is required",
  "3": "The MessageId field is required",
  "4": "This message is not found",
  "5": "The list of numbers is empty",
  "6": "The format is not correct",
  "9": "Does not appear to be a mobile number",
  "50": "The number of allowed numbers is a maximum of 500",
  "96": "The IP is not authorized",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner returned code ${a.c()}, which its documentation does not list under "Status Retrieval".`;
