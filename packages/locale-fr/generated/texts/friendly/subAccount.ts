// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of subAccount, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "Ce compte n’est pas autorisé à créer des sous-comptes. Demandez à l’administrateur du compte d’activer cette option.",
  "3": "Aucun montant de crédit n’est indiqué. Saisissez le crédit à attribuer au sous-compte.",
  "4": "Nous n’avons pas pu identifier le sous-compte en raison d’un problème technique de notre côté. Contactez le support.",
  "5": "Le montant de crédit doit être supérieur à zéro. Saisissez un montant positif.",
  "6": "Le sous-compte est introuvable en raison d’un problème technique de notre côté. Contactez le support.",
  "7": "Le sous-compte n’a pas assez de crédit pour cette opération. Demandez à l’administrateur du compte de l’approvisionner.",
  "11": "Le compte principal n’a pas assez de crédit à transférer. Demandez à l’administrateur du compte de le recharger.",
  "96": "La gestion des sous-comptes est impossible en raison d’un problème technique de notre côté. Contactez le support.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "L’opération sur le sous-compte n’a pas pu être effectuée. Réessayez plus tard ou contactez le support.";
