// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of vms, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "PHONE_NUMBER_REQUIRED": "No phone number has been given for the voice message. Add at least one number.",
  "PHONE_NUMBER_SIZE_ERROR": (a: TextArgs) => `A voice message can go to at most ${a.n("max", 500)} numbers at a time. Split your recipients into several sends.`,
  "TOKEN_AUDIO_REQUIRED": "The voice message could not be sent because of a technical problem on our side. Please contact support.",
  "NOTIFY_URL_INVALID": "The voice message was not sent because of a technical problem on our side. Please contact support.",
  "SENDER_NOT_AUTHORIZED": "This sender is not authorized for voice messages on the account. Ask your account administrator to approve it.",
  "SENDER_INVALID": "This sender is not valid for a voice message. Check it, then send again.",
  "AUDIO_FILE_NOT_FOUND": "The audio file for this voice message could not be found. Select the recording again, then send.",
  "DESTINATION_INVALID": "Voice messages cannot be sent to this number. Remove it from the recipients.",
  "NOT_CREDIT": "There is not enough credit on the account to send this voice message. Ask your account administrator to top it up.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "Your voice message was not sent. Please try again later or contact support.";
