// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of mail, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "1": "The e-mail could not be sent because of a technical problem on our side. Please contact support.",
  "2": "The e-mail has no content. Write your message, then send again.",
  "3": "Sending the e-mail failed because of a technical problem on our side. Please contact support.",
  "4": "The sender’s e-mail address is missing. Enter the address the e-mail should come from.",
  "5": "The sender name is empty. Enter the name recipients will see.",
  "8": "The attachment could not be added because of a technical problem on our side. Please contact support.",
  "9": "This type of file cannot be attached. Please choose a file in another format.",
  "10": "The e-mail was not sent because of a technical problem on our side. Please contact support.",
  "11": "There is not enough e-mail credit on the account. Ask your account administrator to top it up, then send again.",
  "14": "This recipient has unsubscribed and no longer receives your e-mails. Remove the address from the recipients.",
  "15": "This e-mail address is already in the sending list. Remove the duplicate.",
  "16": "An attachment has no name. Give it a file name, then send again.",
  "17": "This e-mail has too many recipients. Remove some or split them into several sends.",
  "18": "A recipient’s e-mail address is missing. Add it, then send again.",
  "19": "A recipient’s e-mail address does not look valid. Please check it.",
  "20": "The account is disabled, so e-mails cannot be sent. Please contact your account administrator.",
  "21": "A recipient has no name. Add the recipient’s name, then send again.",
  "22": "The e-mail has no recipients. Add at least one recipient.",
  "23": "The reply-to address is missing. Enter the e-mail address replies should go to.",
  "24": "The reply-to address does not look valid. Please check it.",
  "25": "The name for the reply-to address is empty. Enter it, then send again.",
  "30": "This account has been blocked and cannot send e-mails. Please contact your account administrator.",
  "40": "Sending e-mails from this app is not enabled on the account. Ask your account administrator to allow it.",
  "45": "This scheduled e-mail has no date. Please choose one.",
  "46": "The time of the scheduled send is missing. Choose when the e-mail should go out.",
  "47": "The minutes of the sending time are not valid. Please choose a valid time for the e-mail.",
  "48": (a: TextArgs) => `For a scheduled e-mail, minutes must be a multiple of ${a.n("step", 5)} between ${a.n("minMinute", 5)} and ${a.n("maxMinute", 55)}.`,
  "49": "The sending date of this e-mail is not valid. Please choose another one.",
  "50": (a: TextArgs) => `You can send at most ${a.n("max", 500)} e-mails at a time. Split your recipients into several sends.`,
  "55": "No e-mail rate is set for this account, so the e-mail cannot be sent. Ask your account administrator.",
  "90": "Your e-mail could not be processed because of a technical problem on our side. Please contact support.",
  "96": "E-mails cannot be sent because of a technical problem on our side. Please contact support.",
  "429": (a: TextArgs) => `The limit of ${a.n("limit", 2000)} requests per minute has been reached. Please wait a moment, then try again.`,
  "500": "E-mail sending is temporarily unavailable and this e-mail was not sent. Please try again in a few minutes.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "An unexpected problem stopped this e-mail from being sent. Please try again later or contact support.";
