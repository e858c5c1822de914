// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of sms.cancel, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "The scheduled send could not be canceled because of a technical problem on our side. Please contact support.",
  "3": "We could not tell which message to cancel because of a technical problem on our side. Please contact support.",
  "4": "This message could not be found. It may already have been sent or canceled.",
  "5": "No number is selected. Choose the numbers whose scheduled send should be canceled.",
  "6": "The cancellation request could not be processed because of a technical problem on our side. Please contact support.",
  "9": "This does not look like a mobile number. Check the number, then try again.",
  "50": (a: TextArgs) => `Cancellation is limited to ${a.n("max", 500)} numbers at a time. Split the numbers into several batches.`,
  "96": "The cancellation is not possible because of a technical problem on our side. Please contact support.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "Canceling the scheduled send did not go through. Check that it is still scheduled, then try again.";
