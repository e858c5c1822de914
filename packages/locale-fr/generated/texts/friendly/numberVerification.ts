// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of numberVerification, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "La vérification nécessite un numéro de téléphone. Saisissez-en un.",
  "11": "Le crédit du compte est insuffisant pour vérifier ces numéros. Demandez à l’administrateur du compte de le recharger.",
  "13": "La vérification des numéros de ce pays n’est pas disponible sur le compte. Demandez à l’administrateur du compte de l’activer.",
  "14": "Ce numéro figure sur la liste STOP et ne peut pas être vérifié. Retirez-le des numéros à contrôler.",
  "19": "Les numéros n’ont pas pu être vérifiés en raison d’un problème technique de notre côté. Contactez le support.",
  "50": (a: TextArgs) => `Vous pouvez vérifier ${a.n("max", 500)} numéros au plus à la fois. Répartissez-les en plusieurs lots.`,
  "55": "Aucun de ces numéros ne peut être vérifié. Contrôlez la liste, puis réessayez.",
  "96": "La vérification des numéros est impossible en raison d’un problème technique de notre côté. Contactez le support.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "La vérification du numéro n’a pas abouti. Réessayez plus tard ou contactez le support.";
