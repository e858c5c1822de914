// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of vms.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"vms"> | FieldKeyOf<"vms"> | "vms.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "vms.phoneNumberRequired": "Le numéro de téléphone est requis",
  "vms.tooManyNumbers": "Le nombre de numéros est supérieur à 500",
  "vms.audioTokenRequired": "Le token de l’audio est requis",
  "vms.notificationUrlInvalid": "L’url de notification est invalide",
  "vms.senderNotAuthorized": "Le sender n’est pas autorisé",
  "vms.senderInvalid": "Le sender est invalide",
  "vms.audioFileNotFound": "Le fichier audio est introuvable",
  "vms.destinationNotAuthorized": "Le numéro de téléphone n’est pas autorisé",
  "vms.insufficientCredit": "Crédit insuffisant",
  "vms.unknownCode": "SMSPartner a renvoyé le code {code}, que sa documentation ne répertorie pas dans la rubrique « Envoi de messages vocaux / VMS ».",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "vms.phoneNumberRequired": [{"type":0,"value":"Le numéro de téléphone est requis"}],
  "vms.tooManyNumbers": [{"type":0,"value":"Le nombre de numéros est supérieur à 500"}],
  "vms.audioTokenRequired": [{"type":0,"value":"Le token de l’audio est requis"}],
  "vms.notificationUrlInvalid": [{"type":0,"value":"L’url de notification est invalide"}],
  "vms.senderNotAuthorized": [{"type":0,"value":"Le sender n’est pas autorisé"}],
  "vms.senderInvalid": [{"type":0,"value":"Le sender est invalide"}],
  "vms.audioFileNotFound": [{"type":0,"value":"Le fichier audio est introuvable"}],
  "vms.destinationNotAuthorized": [{"type":0,"value":"Le numéro de téléphone n’est pas autorisé"}],
  "vms.insufficientCredit": [{"type":0,"value":"Crédit insuffisant"}],
  "vms.unknownCode": [{"type":0,"value":"SMSPartner a renvoyé le code "},{"type":1,"value":"code"},{"type":0,"value":", que sa documentation ne répertorie pas dans la rubrique « Envoi de messages vocaux / VMS »."}],
});

/** The same messages in i18next's own format, keyed below "vms". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "Le numéro de téléphone est requis",
  tooManyNumbers: "Le nombre de numéros est supérieur à 500",
  audioTokenRequired: "Le token de l’audio est requis",
  notificationUrlInvalid: "L’url de notification est invalide",
  senderNotAuthorized: "Le sender n’est pas autorisé",
  senderInvalid: "Le sender est invalide",
  audioFileNotFound: "Le fichier audio est introuvable",
  destinationNotAuthorized: "Le numéro de téléphone n’est pas autorisé",
  insufficientCredit: "Crédit insuffisant",
  unknownCode: "SMSPartner a renvoyé le code {{code}}, que sa documentation ne répertorie pas dans la rubrique « Envoi de messages vocaux / VMS ».",
});
