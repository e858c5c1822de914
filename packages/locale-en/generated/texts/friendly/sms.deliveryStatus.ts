// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of sms.deliveryStatus, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "delivered": "The message was delivered to the recipient.",
  "not delivered": "The message could not be delivered to the recipient.",
  "waiting": "Sent, waiting for confirmation from the recipient’s operator.",
  "ko": "The message was not sent because a problem occurred. Please contact support.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "The status of this message is not recognized. Check again later, or contact support if it does not change.";
