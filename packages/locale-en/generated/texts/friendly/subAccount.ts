// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of subAccount, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "This account is not allowed to create sub-accounts. Ask your account administrator to enable this option.",
  "3": "No credit amount has been given. Enter how much credit the sub-account should receive.",
  "4": "We could not identify the sub-account because of a technical problem on our side. Please contact support.",
  "5": "The credit amount must be greater than zero. Please enter a positive amount.",
  "6": "The sub-account could not be found because of a technical problem on our side. Please contact support.",
  "7": "The sub-account does not have enough credit for this operation. Ask your account administrator to add some.",
  "11": "The main account does not have enough credit to transfer. Ask your account administrator to top it up.",
  "96": "Sub-accounts cannot be managed because of a technical problem on our side. Please contact support.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "The sub-account operation could not be completed. Please try again later or contact support.";
