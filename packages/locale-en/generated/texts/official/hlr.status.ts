// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of hlr.status, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "3": "The message has been processed and sent. The delivery report has not yet been received and is awaited, so the status is still pending.",
  "7": "The message has been processed and sent to the mobile operator.",
  "26": "The message has been accepted and processed, and is ready to be sent to the operator.",
  "4": "A message has been sent to the operator, a delivery report with the status \"REJECTED\" has been returned.",
  "9": "The message has been sent to the operator, but could not be delivered, a delivery report with the status \"UNDELIVERED\" has been returned by the operator.",
  "2": "The message has been sent and delivered successfully to the operator.",
  "5": "The message has been processed and successfully delivered to the recipient.",
  "15": "The message has been received and sent to the operator. However, it remained pending until the validity period expired or until the operator returned the status EXPIRED.",
  "29": "The message has been received and transmitted to the operator for delivery. However, the operator's delivery report has not been formatted correctly or has not been recognized as valid.",
  "6": "The message has been received, but the network is out of our coverage.",
  "8": "The message has been received but has been rejected because the number is not recognized due to a prefix or incorrect number length. This information varies for each network and is regularly updated.",
  "10": "The message has been received and rejected because the user is subscribed to DND services (Do Not Disturb), which disables any service traffic to their number.",
  "11": "Your account is configured to accept only registered sender IDs while the sender ID defined in the request has not been registered on your account.",
  "21": "The request has been rejected due to a system error, please try resubmitting or contact our technical support team for more details.",
  "52": "The request has been received, but the destination is not valid – the number prefix is incorrect as it does not match a valid prefix of any mobile operator. The number length is also taken into consideration to verify the validity of the number.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner returned code ${a.c()}, which its documentation does not list under "HLR".`;
