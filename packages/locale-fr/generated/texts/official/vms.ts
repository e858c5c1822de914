// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of vms, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "PHONE_NUMBER_REQUIRED": "Le numéro de téléphone est requis",
  "PHONE_NUMBER_SIZE_ERROR": "Le nombre de numéros est supérieur à 500",
  "TOKEN_AUDIO_REQUIRED": "Le token de l’audio est requis",
  "NOTIFY_URL_INVALID": "L’url de notification est invalide",
  "SENDER_NOT_AUTHORIZED": "Le sender n’est pas autorisé",
  "SENDER_INVALID": "Le sender est invalide",
  "AUDIO_FILE_NOT_FOUND": "Le fichier audio est introuvable",
  "DESTINATION_INVALID": "Le numéro de téléphone n’est pas autorisé",
  "NOT_CREDIT": "Crédit insuffisant",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner a renvoyé le code ${a.c()}, que sa documentation ne répertorie pas dans la rubrique « Envoi de messages vocaux / VMS ».`;
