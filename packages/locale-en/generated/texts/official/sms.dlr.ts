// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of sms.dlr, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "DELIVRD": "The message has been processed and delivered successfully.",
  "PENDING": "The message has been processed and sent to the next instance. The delivery report has not yet been received and is awaited, the status is still pending.",
  "UNDELIV": "The message has been sent to the operator, but could not be delivered, as a receipt with the status \"UNDELIV\" was canceled by the operator.",
  "ACCEPTD": "The SMS has been accepted and will be sent.",
  "UNKNOWN": "An unknown error occurred.",
  "ENROUTE": "The message is en route.",
  "EXPIRED": "The message has been sent and has expired due to exceeding its validity period (our default platform is 48 hours), or the operator returned EXPIRED as the final status.",
  "REJECTD": "The message has been sent, but it was rejected by the operator and returned REJECTD as the final status.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner returned code ${a.c()}, which its documentation does not list under "Status Error Codes".`;
