// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of subAccount, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "You are not authorized to create sub-accounts",
  "3": "The Credit field is required",
  "4": "The tokenSubaccount field is required",
  "5": "The credit field must be greater than 0",
  "6": "The sub-account is not found",
  "7": "Insufficient credit for the sub-account",
  "11": "Insufficient credit",
  "96": "The IP is not authorized",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner returned code ${a.c()}, which its documentation does not list under "Sub-account".`;
