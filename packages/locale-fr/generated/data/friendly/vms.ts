// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of vms.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"vms"> | FieldKeyOf<"vms"> | "vms.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "vms.phoneNumberRequired": "Aucun numéro n’est indiqué pour le message vocal. Ajoutez au moins un numéro.",
  "vms.tooManyNumbers": "Un message vocal peut être envoyé à {max, number} numéros au plus à la fois. Répartissez vos destinataires sur plusieurs envois.",
  "vms.audioTokenRequired": "Le message vocal n’a pas pu être envoyé en raison d’un problème technique de notre côté. Contactez le support.",
  "vms.notificationUrlInvalid": "Le message vocal n’est pas parti en raison d’un problème technique de notre côté. Contactez le support.",
  "vms.senderNotAuthorized": "Cet expéditeur n’est pas autorisé pour les messages vocaux sur ce compte. Demandez à l’administrateur du compte de le faire valider.",
  "vms.senderInvalid": "Cet expéditeur n’est pas valide pour un message vocal. Vérifiez-le, puis relancez l’envoi.",
  "vms.audioFileNotFound": "Le fichier audio de ce message vocal est introuvable. Sélectionnez à nouveau l’enregistrement, puis relancez l’envoi.",
  "vms.destinationNotAuthorized": "L’envoi de messages vocaux vers ce numéro n’est pas autorisé. Retirez-le des destinataires.",
  "vms.insufficientCredit": "Le crédit du compte est insuffisant pour envoyer ce message vocal. Demandez à l’administrateur du compte de le recharger.",
  "vms.unknownCode": "Votre message vocal n’a pas été envoyé. Réessayez plus tard ou contactez le support.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "vms.phoneNumberRequired": [{"type":0,"value":"Aucun numéro n’est indiqué pour le message vocal. Ajoutez au moins un numéro."}],
  "vms.tooManyNumbers": [{"type":0,"value":"Un message vocal peut être envoyé à "},{"type":2,"value":"max","style":null},{"type":0,"value":" numéros au plus à la fois. Répartissez vos destinataires sur plusieurs envois."}],
  "vms.audioTokenRequired": [{"type":0,"value":"Le message vocal n’a pas pu être envoyé en raison d’un problème technique de notre côté. Contactez le support."}],
  "vms.notificationUrlInvalid": [{"type":0,"value":"Le message vocal n’est pas parti en raison d’un problème technique de notre côté. Contactez le support."}],
  "vms.senderNotAuthorized": [{"type":0,"value":"Cet expéditeur n’est pas autorisé pour les messages vocaux sur ce compte. Demandez à l’administrateur du compte de le faire valider."}],
  "vms.senderInvalid": [{"type":0,"value":"Cet expéditeur n’est pas valide pour un message vocal. Vérifiez-le, puis relancez l’envoi."}],
  "vms.audioFileNotFound": [{"type":0,"value":"Le fichier audio de ce message vocal est introuvable. Sélectionnez à nouveau l’enregistrement, puis relancez l’envoi."}],
  "vms.destinationNotAuthorized": [{"type":0,"value":"L’envoi de messages vocaux vers ce numéro n’est pas autorisé. Retirez-le des destinataires."}],
  "vms.insufficientCredit": [{"type":0,"value":"Le crédit du compte est insuffisant pour envoyer ce message vocal. Demandez à l’administrateur du compte de le recharger."}],
  "vms.unknownCode": [{"type":0,"value":"Votre message vocal n’a pas été envoyé. Réessayez plus tard ou contactez le support."}],
});

/** The same messages in i18next's own format, keyed below "vms". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "Aucun numéro n’est indiqué pour le message vocal. Ajoutez au moins un numéro.",
  tooManyNumbers: "Un message vocal peut être envoyé à {{max, number}} numéros au plus à la fois. Répartissez vos destinataires sur plusieurs envois.",
  audioTokenRequired: "Le message vocal n’a pas pu être envoyé en raison d’un problème technique de notre côté. Contactez le support.",
  notificationUrlInvalid: "Le message vocal n’est pas parti en raison d’un problème technique de notre côté. Contactez le support.",
  senderNotAuthorized: "Cet expéditeur n’est pas autorisé pour les messages vocaux sur ce compte. Demandez à l’administrateur du compte de le faire valider.",
  senderInvalid: "Cet expéditeur n’est pas valide pour un message vocal. Vérifiez-le, puis relancez l’envoi.",
  audioFileNotFound: "Le fichier audio de ce message vocal est introuvable. Sélectionnez à nouveau l’enregistrement, puis relancez l’envoi.",
  destinationNotAuthorized: "L’envoi de messages vocaux vers ce numéro n’est pas autorisé. Retirez-le des destinataires.",
  insufficientCredit: "Le crédit du compte est insuffisant pour envoyer ce message vocal. Demandez à l’administrateur du compte de le recharger.",
  unknownCode: "Votre message vocal n’a pas été envoyé. Réessayez plus tard ou contactez le support.",
});
