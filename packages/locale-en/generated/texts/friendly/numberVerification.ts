// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of numberVerification, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "A phone number is needed for the verification. Please enter one.",
  "11": "There is not enough credit on the account to verify these numbers. Ask your account administrator to top it up.",
  "13": "Verifying numbers in this country is not available on the account. Ask your account administrator to enable it.",
  "14": "This number is on the STOP list, so it cannot be verified. Remove it from the numbers to check.",
  "19": "The numbers could not be verified because of a technical problem on our side. Please contact support.",
  "50": (a: TextArgs) => `You can verify at most ${a.n("max", 500)} numbers at a time. Please split them into several batches.`,
  "55": "None of these numbers can be verified. Check the list, then try again.",
  "96": "Number verification is not possible because of a technical problem on our side. Please contact support.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "The number verification did not go through. Please try again later or contact support.";
