// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of vms.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"vms"> | FieldKeyOf<"vms"> | "vms.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "vms.phoneNumberRequired": "No phone number has been given for the voice message. Add at least one number.",
  "vms.tooManyNumbers": "A voice message can go to at most {max, number} numbers at a time. Split your recipients into several sends.",
  "vms.audioTokenRequired": "The voice message could not be sent because of a technical problem on our side. Please contact support.",
  "vms.notificationUrlInvalid": "The voice message was not sent because of a technical problem on our side. Please contact support.",
  "vms.senderNotAuthorized": "This sender is not authorized for voice messages on the account. Ask your account administrator to approve it.",
  "vms.senderInvalid": "This sender is not valid for a voice message. Check it, then send again.",
  "vms.audioFileNotFound": "The audio file for this voice message could not be found. Select the recording again, then send.",
  "vms.destinationNotAuthorized": "Voice messages cannot be sent to this number. Remove it from the recipients.",
  "vms.insufficientCredit": "There is not enough credit on the account to send this voice message. Ask your account administrator to top it up.",
  "vms.unknownCode": "Your voice message was not sent. Please try again later or contact support.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "vms.phoneNumberRequired": [{"type":0,"value":"No phone number has been given for the voice message. Add at least one number."}],
  "vms.tooManyNumbers": [{"type":0,"value":"A voice message can go to at most "},{"type":2,"value":"max","style":null},{"type":0,"value":" numbers at a time. Split your recipients into several sends."}],
  "vms.audioTokenRequired": [{"type":0,"value":"The voice message could not be sent because of a technical problem on our side. Please contact support."}],
  "vms.notificationUrlInvalid": [{"type":0,"value":"The voice message was not sent because of a technical problem on our side. Please contact support."}],
  "vms.senderNotAuthorized": [{"type":0,"value":"This sender is not authorized for voice messages on the account. Ask your account administrator to approve it."}],
  "vms.senderInvalid": [{"type":0,"value":"This sender is not valid for a voice message. Check it, then send again."}],
  "vms.audioFileNotFound": [{"type":0,"value":"The audio file for this voice message could not be found. Select the recording again, then send."}],
  "vms.destinationNotAuthorized": [{"type":0,"value":"Voice messages cannot be sent to this number. Remove it from the recipients."}],
  "vms.insufficientCredit": [{"type":0,"value":"There is not enough credit on the account to send this voice message. Ask your account administrator to top it up."}],
  "vms.unknownCode": [{"type":0,"value":"Your voice message was not sent. Please try again later or contact support."}],
});

/** The same messages in i18next's own format, keyed below "vms". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "No phone number has been given for the voice message. Add at least one number.",
  tooManyNumbers: "A voice message can go to at most {{max, number}} numbers at a time. Split your recipients into several sends.",
  audioTokenRequired: "The voice message could not be sent because of a technical problem on our side. Please contact support.",
  notificationUrlInvalid: "The voice message was not sent because of a technical problem on our side. Please contact support.",
  senderNotAuthorized: "This sender is not authorized for voice messages on the account. Ask your account administrator to approve it.",
  senderInvalid: "This sender is not valid for a voice message. Check it, then send again.",
  audioFileNotFound: "The audio file for this voice message could not be found. Select the recording again, then send.",
  destinationNotAuthorized: "Voice messages cannot be sent to this number. Remove it from the recipients.",
  insufficientCredit: "There is not enough credit on the account to send this voice message. Ask your account administrator to top it up.",
  unknownCode: "Your voice message was not sent. Please try again later or contact support.",
});
