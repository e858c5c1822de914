// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of sms.status, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "The delivery status could not be retrieved because of a technical problem on our side. Please contact support.",
  "3": "We could not tell which message to check because of a technical problem on our side. Please contact support.",
  "4": "This message could not be found, so its status is not available.",
  "5": "No number is selected. Choose at least one number to see its delivery status.",
  "6": "The status request could not be processed because of a technical problem on our side. Please contact support.",
  "9": "This number does not appear to be a mobile number, so it has no delivery status. Please check it.",
  "50": (a: TextArgs) => `You can check the status of at most ${a.n("max", 500)} numbers at a time. Split the numbers into several batches.`,
  "96": "Delivery statuses cannot be retrieved because of a technical problem on our side. Please contact support.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "The delivery status is unavailable for an unexpected reason. Please try again later.";
