// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of subAccount, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "Vous n'êtes pas autorisé à créer des sous-comptes",
  "3": "Le champ Credit est requis",
  "4": "Le champ tokenSubaccount est requis",
  "5": "Le champ credit doit être supérieur à 0",
  "6": "Le sous-compte est introuvable",
  "7": "Crédit insuffisant pour le sous-compte",
  "11": "Crédit insuffisant",
  "96": "L'IP n'est pas autorisée",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner a renvoyé le code ${a.c()}, que sa documentation ne répertorie pas dans la rubrique « Sous-compte ».`;
