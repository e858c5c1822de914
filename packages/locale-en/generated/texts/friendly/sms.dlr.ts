// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of sms.dlr, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "DELIVRD": "Delivered: the message reached the recipient’s phone.",
  "PENDING": "Sent, waiting for confirmation that it was delivered.",
  "UNDELIV": "The operator could not deliver the message to this number.",
  "ACCEPTD": "Accepted: the message is about to be sent.",
  "UNKNOWN": "Delivery failed for an unknown reason.",
  "ENROUTE": "On its way to the recipient.",
  "EXPIRED": (a: TextArgs) => `Expired: the message could not be delivered within its validity period, usually ${a.n("validityHours", 48)} hours.`,
  "REJECTD": "The recipient’s operator rejected the message, so it was not delivered.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "The operator sent back a delivery status we do not recognize. Check the message’s status again later.";
