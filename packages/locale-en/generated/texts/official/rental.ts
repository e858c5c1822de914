// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of rental, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "3": "The parameters field is required",
  "4": "The op parameter is required",
  "5": "The urlNotification parameter is not a valid URL",
  "6": "This operation is not authorized",
  "7": "The sex parameter is required",
  "8": "The sex parameter must be only m, h, or f",
  "9": "The minAge parameter is required",
  "11": "Insufficient credit",
  "12": "The minAge parameter must be greater than 17",
  "13": "The maxAge parameter is required",
  "14": "The maxAge parameter must be less than 99",
  "15": "The interest parameter must be greater than 0",
  "16": "The interest parameter cannot be empty",
  "17": "The subInterest parameter must not be empty",
  "18": "The subInterest parameter must be greater than 0",
  "19": "The interest or subInterest parameters are required",
  "22": "The category parameter must not be empty",
  "23": "The category parameter must be greater than 0",
  "24": "The Type parameters are required",
  "25": "The Localite parameter is required",
  "26": "The Volume parameter is required",
  "27": "The desired volume cannot exceed the available volume",
  "28": "The DesiredVolume parameter cannot exceed the total volume",
  "31": "The token parameter is required",
  "32": "The rental request is not found",
  "33": "The rental file is not found",
  "34": "The rental file has already been used",
  "35": "The rental file is being downloaded",
  "36": "The rental of the file has failed",
  "61": "The request seems invalid and returned no results",
  "96": "The IP is not authorized",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner returned code ${a.c()}, which its documentation does not list under "Location".`;
