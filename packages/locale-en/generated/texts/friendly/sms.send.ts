// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of sms.send, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "992": "This sender is not authorized on the account. Ask your account administrator to have it approved.",
  "1": "The message could not be sent because of a technical problem on our side. Please contact support.",
  "2": "No recipient number has been given. Add at least one number, then send again.",
  "4": "We could not retrieve this message because of a technical problem on our side. Please contact support.",
  "9": "Some of the details entered are not valid. Correct them, then send again.",
  "10": "The message was not sent because of a technical problem on our side. Please contact support.",
  "11": "There is not enough SMS credit on the account for this send. Ask your account administrator to top it up.",
  "13": "Sending to some of these numbers is not available on the account. Ask your account administrator to enable these destinations.",
  "14": "This number is on the STOP list: its owner asked not to receive messages. Remove it from the recipients.",
  "15": "This number already appears in the recipient list. Remove the duplicate, then send again.",
  "20": "The account is disabled, so messages cannot be sent. Please contact your account administrator.",
  "22": (a: TextArgs) => `Marketing SMS can only be sent between ${a.n("startHour", 8)}:00 and ${a.n("endHour", 22)}:00. Please pick a time in that range.`,
  "23": "Marketing SMS cannot be sent on Sundays or public holidays. Please choose another day.",
  "30": "This account has been blocked and cannot send messages. Please contact your account administrator.",
  "40": "Sending from this app is not enabled on the account. Ask your account administrator to allow it.",
  "42": (a: TextArgs) => `A Low Cost SMS can hold at most ${a.n("maxLength", 160)} characters. Shorten the message or choose another type of SMS.`,
  "43": "The message is empty. Write your text, then send again.",
  "44": "This sender is not valid. Check its length and the characters it uses, then send again.",
  "45": "This scheduled send has no date. Please choose one.",
  "46": "The time of the scheduled send is missing. Choose when the message should go out.",
  "47": "The minutes of the sending time are not valid. Please choose a valid time.",
  "48": (a: TextArgs) => `For a scheduled send, minutes must be a multiple of ${a.n("step", 5)} between ${a.n("minMinute", 5)} and ${a.n("maxMinute", 55)}.`,
  "49": "This sending date is not valid. Please check it or choose another one.",
  "50": (a: TextArgs) => `A single send can include at most ${a.n("max", 500)} numbers. Split your recipients into several sends.`,
  "51": "Low Cost SMS are not available on this account. Choose another type of SMS or ask your account administrator.",
  "52": (a: TextArgs) => `This message is too long: it would take more than ${a.n("maxParts", 10)} SMS. Please shorten it.`,
  "55": "No valid number is left to send this message to. Check the recipients, then try again.",
  "90": "Your message could not be processed because of a technical problem on our side. Please contact support.",
  "96": "Sending is not possible because of a technical problem on our side. Please contact support.",
  "500": "Sending is temporarily unavailable and the message was not sent. Please try again in a few minutes.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "Something went wrong while sending the message. Please try again later, or contact support if it continues.";

/** Texts of request fields, by `<field>.<rule>`. */
export const fields: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "phoneNumbers.required": "Add at least one recipient phone number, then send again.",
  "phoneNumbers.invalid": (a: TextArgs) => `The phone number ${a.s("phoneNumber")} is not valid. Check it, with its country code, and try again.`,
  "phoneNumbers.tooMany": (a: TextArgs) => `One send can include at most ${a.n("max")} phone numbers. Split the recipients into several sends.`,
  "phoneNumbers.empty": "No valid phone number is left to send to. Check the recipients, then try again.",
  "phoneNumbers.unknown": "A recipient phone number was not accepted. Check the numbers, with their country code, and try again.",
  "message.required": "The message text is missing. Write it, then send again.",
  "message.lowCostTooLong": (a: TextArgs) => `This message is too long for a Low Cost SMS, which holds at most ${a.n("maxLength")} characters. Shorten it or choose another type of SMS.`,
  "message.tooManyParts": (a: TextArgs) => `The message is too long: it would take more than ${a.n("maxParts")} SMS. Shorten it, then send again.`,
  "message.unknown": "The message text was not accepted. Check it, then send again.",
  "sender.tooLong": (a: TextArgs) => `The sender name is too long: it can have at most ${a.n("maxLength")} characters. Shorten it, then send again.`,
  "sender.invalid": "The sender name is not valid. Check its length and the characters it uses, then send again.",
  "sender.notAllowed": "This sender name is not authorized on the account. Choose another one, or ask your account administrator to have it approved.",
  "sender.unknown": "The sender name was not accepted. Check it, then send again.",
  "scheduledDeliveryDate.required": "The scheduled send has no date. Choose one, then send again.",
  "scheduledDeliveryDate.invalid": "The date of the scheduled send is not valid. Check it, then send again.",
  "scheduledDeliveryDate.inThePast": (a: TextArgs) => `The scheduled date ${a.s("date")} is already past. Choose a date and time to come, then send again.`,
  "scheduledDeliveryDate.unknown": "The date of the scheduled send was not accepted. Check it, then send again.",
  "time.required": "The scheduled send has no time. Choose when the message should go out.",
  "time.unknown": "The time of the scheduled send was not accepted. Check it, then send again.",
  "minute.required": "The minutes of the sending time are missing. Choose a complete time.",
  "minute.invalid": "The minutes of the sending time are not valid. Choose a valid time.",
  "minute.outOfRange": (a: TextArgs) => `For a scheduled send, minutes must be a multiple of ${a.n("step")} between ${a.n("minMinute")} and ${a.n("maxMinute")}. Choose another time.`,
  "minute.unknown": "The minutes of the sending time were not accepted. Choose another time.",
  "gamme.notEligible": "The Low Cost type of SMS is not available on this account. Choose another type, or ask your account administrator.",
  "gamme.unknown": "The type of SMS chosen was not accepted. Choose another type, then send again.",
  "unknownField": "One of the values entered was not accepted. Check the form, then send again.",
});
