// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of numberVerification, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "The phoneNumber field is required",
  "11": "Insufficient credit",
  "13": "No default price has been found for this destination",
  "14": "The number is in the STOP SMS list",
  "19": "The numbers must be separated by a comma",
  "50": "The number of allowed numbers is a maximum of 500",
  "55": "No number to send",
  "96": "The IP is not authorized",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner returned code ${a.c()}, which its documentation does not list under "Number Verification".`;
