// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of sms.deliveryStatus, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "delivered": "The SMS has been delivered",
  "not delivered": "The SMS has not been delivered",
  "waiting": "The SMS has been sent, awaiting at the operator",
  "ko": "The SMS was not sent, a problem occurred, please contact customer service",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner returned code ${a.c()}, which its documentation does not list under "Status List".`;
