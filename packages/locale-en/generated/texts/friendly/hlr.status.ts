// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of hlr.status, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "3": "Sent to the operator, waiting for the delivery confirmation.",
  "7": "On its way: handed over to the mobile operator.",
  "26": "Accepted and ready to be passed to the operator.",
  "4": "Not delivered: the operator refused the message.",
  "9": "Not delivered: the operator could not get the message to the phone.",
  "2": "Accepted by the mobile operator, which has not confirmed delivery to the phone.",
  "5": "Delivered to the recipient’s phone.",
  "15": "Expired: the message was not delivered before the end of its validity period.",
  "29": "Expired: the operator’s delivery report could not be read, so delivery is not confirmed.",
  "6": "Rejected: this mobile network is not covered by our service.",
  "8": "Rejected: the number’s prefix or length was not recognized. Check the number and its country code.",
  "10": "Rejected: the recipient has opted out of business messages on this number.",
  "11": "Rejected: this sender is not registered on the account. Ask your account administrator to register it.",
  "21": "Rejected because of a technical problem. Try sending it again later.",
  "52": "Rejected: this number does not match any mobile operator. Check the number.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "The delivery status of this message is not recognized. Contact support if this persists.";
