// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of vms, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "PHONE_NUMBER_REQUIRED": "Aucun numéro n’est indiqué pour le message vocal. Ajoutez au moins un numéro.",
  "PHONE_NUMBER_SIZE_ERROR": (a: TextArgs) => `Un message vocal peut être envoyé à ${a.n("max", 500)} numéros au plus à la fois. Répartissez vos destinataires sur plusieurs envois.`,
  "TOKEN_AUDIO_REQUIRED": "Le message vocal n’a pas pu être envoyé en raison d’un problème technique de notre côté. Contactez le support.",
  "NOTIFY_URL_INVALID": "Le message vocal n’est pas parti en raison d’un problème technique de notre côté. Contactez le support.",
  "SENDER_NOT_AUTHORIZED": "Cet expéditeur n’est pas autorisé pour les messages vocaux sur ce compte. Demandez à l’administrateur du compte de le faire valider.",
  "SENDER_INVALID": "Cet expéditeur n’est pas valide pour un message vocal. Vérifiez-le, puis relancez l’envoi.",
  "AUDIO_FILE_NOT_FOUND": "Le fichier audio de ce message vocal est introuvable. Sélectionnez à nouveau l’enregistrement, puis relancez l’envoi.",
  "DESTINATION_INVALID": "L’envoi de messages vocaux vers ce numéro n’est pas autorisé. Retirez-le des destinataires.",
  "NOT_CREDIT": "Le crédit du compte est insuffisant pour envoyer ce message vocal. Demandez à l’administrateur du compte de le recharger.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "Votre message vocal n’a pas été envoyé. Réessayez plus tard ou contactez le support.";
