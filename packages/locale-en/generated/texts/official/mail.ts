// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of mail, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "1": "The API key is required",
  "2": "The content of the mail is required",
  "3": "The API key is required",
  "4": "The sender email is required",
  "5": "The sender name cannot be empty",
  "8": "The URL of the attachment is required",
  "9": "The attachment extension is not allowed",
  "10": "Incorrect API key",
  "11": "Insufficient credit",
  "14": "The mail is in the unsubscribe list",
  "15": "The mail is already in the sending list",
  "16": "The name of the attachment cannot be empty",
  "17": "Maximum number of recipients exceeded",
  "18": "The recipient's email is required",
  "19": "The recipient's email seems invalid",
  "20": "Account disabled",
  "21": "The recipient's name cannot be empty",
  "22": "The recipient list is required",
  "23": "The recipient's reply email is required",
  "24": "The recipient's reply email seems invalid",
  "25": "The recipient's reply name cannot be empty",
  "30": "Account blocked",
  "40": "Access to the API is denied",
  "45": "The date is required",
  "46": "The time is required",
  "47": "The minutes digit is invalid",
  "48": "Minutes must be between 5 and 55 in intervals of 5 minutes",
  "49": "The date is invalid",
  "50": "The number of allowed mails is a maximum of 500",
  "55": "No default price has been found",
  "90": "The JSON is malformed: syntax error",
  "96": "The IP is not authorized",
  "429": "Too many requests made in one minute (limit: 2000 requests / minute / IP Address)",
  "500": "Problem adding the mail to the queue",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner returned code ${a.c()}, which its documentation does not list under "Sending Mail".`;
