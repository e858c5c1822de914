// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of sms.send, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "992": "Unauthorized sender",
  "1": "The API key is required",
  "2": "The phoneNumbers field is required",
  "4": "message not found",
  "9": "At least one constraint was not met",
  "10": "Incorrect API key",
  "11": "Insufficient credit",
  "13": "No default price was found for the following numbers",
  "14": "The number is in the STOP SMS list",
  "15": "The number is already present in the list",
  "20": "Account disabled",
  "22": "SMS Marketing: The sending time is not valid; it must be between 8 AM and 10 PM.",
  "23": "SMS Marketing: The date [...] is not valid; sending SMS is not possible on Sundays and holidays.",
  "30": "Account blocked",
  "40": "Access to the API is denied",
  "42": "The number of characters for a Low Cost SMS is 160 characters",
  "43": "The message is required",
  "44": "The sender is invalid",
  "45": "The date is required",
  "46": "The time is required",
  "47": "The minutes digit is invalid",
  "48": "Minutes must be between 5 and 55 in intervals of 5 minutes",
  "49": "The date is invalid",
  "50": "The number of allowed numbers is a maximum of 500",
  "51": "The low-cost range is not eligible",
  "52": "The number of concatenated SMS cannot exceed 10 SMS",
  "55": "No number to send",
  "90": "The JSON is malformed: syntax error",
  "96": "The IP is not authorized",
  "500": "Problem adding the SMS to the queue",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner returned code ${a.c()}, which its documentation does not list under "Sending SMS".`;

/** Texts of request fields, by `<field>.<rule>`. */
export const fields: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "phoneNumbers.required": "The phoneNumbers field is required",
  "phoneNumbers.invalid": (a: TextArgs) => `This phone number is not valid (${a.s("phoneNumber")})`,
  "phoneNumbers.tooMany": (a: TextArgs) => `The number of allowed numbers is a maximum of ${a.n("max")}`.trim(),
  "phoneNumbers.empty": "No number to send",
  "phoneNumbers.unknown": "The phoneNumbers field was rejected",
  "message.required": "The message is required",
  "message.lowCostTooLong": (a: TextArgs) => `The number of characters for a Low Cost SMS is ${a.n("maxLength")} characters`,
  "message.tooManyParts": (a: TextArgs) => `The number of concatenated SMS cannot exceed ${a.n("maxParts")} SMS`,
  "message.unknown": "The message field was rejected",
  "sender.tooLong": (a: TextArgs) => `The sender cannot be longer than ${a.n("maxLength")} characters`,
  "sender.invalid": "The sender is invalid",
  "sender.notAllowed": "Unauthorized sender",
  "sender.unknown": "The sender field was rejected",
  "scheduledDeliveryDate.required": "The date is required",
  "scheduledDeliveryDate.invalid": "The date is invalid",
  "scheduledDeliveryDate.inThePast": (a: TextArgs) => `The date (${a.s("date")}) is earlier than the current date.`,
  "scheduledDeliveryDate.unknown": "The scheduledDeliveryDate field was rejected",
  "time.required": "The time is required",
  "time.unknown": "The time field was rejected",
  "minute.required": "The minute is required",
  "minute.invalid": "The minutes digit is invalid",
  "minute.outOfRange": (a: TextArgs) => `Minutes must be between ${a.n("minMinute")} and ${a.n("maxMinute")} in intervals of ${a.n("step")} minutes`,
  "minute.unknown": "The minute field was rejected",
  "gamme.notEligible": "The low-cost range is not eligible",
  "gamme.unknown": "The gamme field was rejected",
  "unknownField": "A request field was rejected",
});
