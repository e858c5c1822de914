// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of sms.cancel, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "Le champ phoneNumber est requis",
  "3": "Le champ MessageId est requis",
  "4": "Ce message est introuvable",
  "5": "La liste des numéros est vide",
  "6": "Le format n’est pas correct",
  "9": "Ne semble pas être un numéro de mobile",
  "50": "Le nombre de numéros autorisés est de 500 maxi",
  "96": "L’IP n’est pas autorisée",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner a renvoyé le code ${a.c()}, que sa documentation ne répertorie pas dans la rubrique « Annulation des SMS ».`;
