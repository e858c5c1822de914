// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of vms, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "PHONE_NUMBER_REQUIRED": "The phone number is required",
  "PHONE_NUMBER_SIZE_ERROR": "The number of phone numbers exceeds 500",
  "TOKEN_AUDIO_REQUIRED": "The audio token is required",
  "NOTIFY_URL_INVALID": "The notification URL is invalid",
  "SENDER_NOT_AUTHORIZED": "The sender is not authorized",
  "SENDER_INVALID": "The sender is invalid",
  "AUDIO_FILE_NOT_FOUND": "The audio file is not found",
  "DESTINATION_INVALID": "The phone number is not authorized",
  "NOT_CREDIT": "Insufficient credit",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner returned code ${a.c()}, which its documentation does not list under "Sending Voice Messages / VMS".`;
