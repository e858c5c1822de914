// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of numberVerification, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "Le champ phoneNumber est requis",
  "11": "Crédit insuffisant",
  "13": "Aucun prix par défaut n'a été trouvé vers cette destination",
  "14": "Le numéro est dans la liste des STOP SMS",
  "19": "Les numéros doivent-être séparés par une virgule",
  "50": "Le nombre de numéros autorisés est de 500 maxi",
  "55": "Aucun numéro à envoyer",
  "96": "L'IP n'est pas autorisée",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner a renvoyé le code ${a.c()}, que sa documentation ne répertorie pas dans la rubrique « Vérification des numéros ».`;
