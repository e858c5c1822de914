// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of rental, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "3": "The contact file request could not be sent because of a technical problem on our side. Please contact support.",
  "4": "We could not process this contact file request because of a technical problem on our side. Please contact support.",
  "5": "The contact file order was not accepted because of a technical problem on our side. Please contact support.",
  "6": "This contact file action is not allowed on your account. Ask your account administrator to grant access.",
  "7": "The gender of the contacts to target is missing. Choose it before continuing.",
  "8": "This gender selection is not valid. Choose one of the options offered.",
  "9": "Enter the minimum age of the contacts you want to reach.",
  "11": "There is not enough credit on the account to rent this contact file. Ask your account administrator to top it up.",
  "12": (a: TextArgs) => `The minimum age must be over ${a.n("minAge", 17)}. Raise it and try again.`,
  "13": "The age range has no upper limit. Enter a maximum age for the contacts to target.",
  "14": (a: TextArgs) => `The maximum age must be under ${a.n("maxAge", 99)}. Lower it and try again.`,
  "15": "The selected interest is not valid. Choose an interest from the list.",
  "16": "No interest is selected. Choose one to target your contacts.",
  "17": "No detailed interest is selected. Choose one from the list to refine your target.",
  "18": "The selected detailed interest is not valid. Choose another one from the list.",
  "19": "Your target needs at least one interest. Choose a general or a detailed interest.",
  "22": "No category is selected. Choose a category for your contact file.",
  "23": "The selected category is not valid. Pick another category from the list.",
  "24": "The file type is missing. Choose the type of contact file you want to rent.",
  "25": "The location is missing. Choose the area where the contacts you want to reach live.",
  "26": "Enter how many contacts you want in the file.",
  "27": "Fewer contacts are available for this target than requested. Lower the number of contacts.",
  "28": "The number of contacts requested is higher than the total for this selection. Enter a smaller number.",
  "31": "The contact file could not be retrieved because of a technical problem on our side. Please contact support.",
  "32": "We could not open this contact file order because of a technical problem on our side. Please contact support.",
  "33": "The contact file could not be downloaded because of a technical problem on our side. Please contact support.",
  "34": "This contact file has already been used and cannot be used again. Rent a new file for another campaign.",
  "35": "The contact file is still downloading. Please try again in a few moments.",
  "36": "The contact file rental did not go through. Ask your account administrator to check the order.",
  "61": "No contacts match this targeting. Check or widen your criteria, then try again.",
  "96": "Contact files are unavailable because of a technical problem on our side. Please contact support.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "The contact file request could not be completed. Please try again later or contact support.";
