// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of sms.deliveryStatus, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "delivered": "Le SMS a été délivré",
  "not delivered": "Le SMS n’a pas été délivré",
  "waiting": "Le SMS a été envoyé, en attente chez l’opérateur",
  "ko": "Le SMS n’a pas été envoyé, un problème est survenu veuillez contacter le SAV",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner a renvoyé le code ${a.c()}, que sa documentation ne répertorie pas dans la rubrique « Liste des statuts ».`;
