// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of sms.dlr, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "DELIVRD": "Remis : le message est bien arrivé sur le téléphone du destinataire.",
  "PENDING": "Envoyé, en attente de l’accusé de réception.",
  "UNDELIV": "L’opérateur n’a pas pu remettre le message à ce numéro.",
  "ACCEPTD": "Accepté : le message va être envoyé.",
  "UNKNOWN": "L’acheminement a échoué pour une raison inconnue.",
  "ENROUTE": "En cours d’acheminement vers le destinataire.",
  "EXPIRED": (a: TextArgs) => `Expiré : le message n’a pas pu être remis dans son délai de validité, en général de ${a.n("validityHours", 48)} heures.`,
  "REJECTD": "L’opérateur du destinataire a refusé le message, qui n’a donc pas été remis.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "L’opérateur a renvoyé un statut de livraison inconnu. Consultez à nouveau le statut du message plus tard.";
