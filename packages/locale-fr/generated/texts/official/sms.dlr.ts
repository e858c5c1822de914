// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of sms.dlr, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "DELIVRD": "Le message a été traité et livré avec succès.",
  "PENDING": "Le message a été traité et envoyé à l'instance suivante. Le rapport de livraison n'a pas encore été reçu et est attendu, le statut est toujours en attente.",
  "UNDELIV": "Le message a été envoyé à l'opérateur, mais n'a pas pu être livré, car un accusé de réception avec le statut « UNDELIV » été annulé par l'opérateur.",
  "ACCEPTD": "Le SMS a été accepté et sera envoyé.",
  "UNKNOWN": "Une erreur inconnue s'est produite.",
  "ENROUTE": "Le message est en route.",
  "EXPIRED": "Le message a été envoyé et a expiré en raison d'un dépassement de sa période de validité (notre plate-forme par défaut est de 48 heures), ou l'opérateur a renvoyé EXPIRED comme statut final.",
  "REJECTD": "Le message a été envoyé, mais il a été rejeté par l'opérateur et a renvoyé REJECTD comme statut final",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner a renvoyé le code ${a.c()}, que sa documentation ne répertorie pas dans la rubrique « Codes erreurs des statuts ».`;
