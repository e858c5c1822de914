// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of sms.dlr.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.dlr"> | FieldKeyOf<"sms.dlr"> | "sms.dlr.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.dlr.delivered": "Le message a été traité et livré avec succès.",
  "sms.dlr.pending": "Le message a été traité et envoyé à l'instance suivante. Le rapport de livraison n'a pas encore été reçu et est attendu, le statut est toujours en attente.",
  "sms.dlr.undeliverable": "Le message a été envoyé à l'opérateur, mais n'a pas pu être livré, car un accusé de réception avec le statut « UNDELIV » été annulé par l'opérateur.",
  "sms.dlr.accepted": "Le SMS a été accepté et sera envoyé.",
  "sms.dlr.unknownError": "Une erreur inconnue s'est produite.",
  "sms.dlr.enRoute": "Le message est en route.",
  "sms.dlr.expired": "Le message a été envoyé et a expiré en raison d'un dépassement de sa période de validité (notre plate-forme par défaut est de 48 heures), ou l'opérateur a renvoyé EXPIRED comme statut final.",
  "sms.dlr.rejected": "Le message a été envoyé, mais il a été rejeté par l'opérateur et a renvoyé REJECTD comme statut final",
  "sms.dlr.unknownCode": "SMSPartner a renvoyé le code {code}, que sa documentation ne répertorie pas dans la rubrique « Codes erreurs des statuts ».",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.dlr.delivered": [{"type":0,"value":"Le message a été traité et livré avec succès."}],
  "sms.dlr.pending": [{"type":0,"value":"Le message a été traité et envoyé à l'instance suivante. Le rapport de livraison n'a pas encore été reçu et est attendu, le statut est toujours en attente."}],
  "sms.dlr.undeliverable": [{"type":0,"value":"Le message a été envoyé à l'opérateur, mais n'a pas pu être livré, car un accusé de réception avec le statut « UNDELIV » été annulé par l'opérateur."}],
  "sms.dlr.accepted": [{"type":0,"value":"Le SMS a été accepté et sera envoyé."}],
  "sms.dlr.unknownError": [{"type":0,"value":"Une erreur inconnue s'est produite."}],
  "sms.dlr.enRoute": [{"type":0,"value":"Le message est en route."}],
  "sms.dlr.expired": [{"type":0,"value":"Le message a été envoyé et a expiré en raison d'un dépassement de sa période de validité (notre plate-forme par défaut est de 48 heures), ou l'opérateur a renvoyé EXPIRED comme statut final."}],
  "sms.dlr.rejected": [{"type":0,"value":"Le message a été envoyé, mais il a été rejeté par l'opérateur et a renvoyé REJECTD comme statut final"}],
  "sms.dlr.unknownCode": [{"type":0,"value":"SMSPartner a renvoyé le code "},{"type":1,"value":"code"},{"type":0,"value":", que sa documentation ne répertorie pas dans la rubrique « Codes erreurs des statuts »."}],
});

/** The same messages in i18next's own format, keyed below "sms.dlr". */
export const i18next = /* @__PURE__ */ deepFreeze({
  delivered: "Le message a été traité et livré avec succès.",
  pending: "Le message a été traité et envoyé à l'instance suivante. Le rapport de livraison n'a pas encore été reçu et est attendu, le statut est toujours en attente.",
  undeliverable: "Le message a été envoyé à l'opérateur, mais n'a pas pu être livré, car un accusé de réception avec le statut « UNDELIV » été annulé par l'opérateur.",
  accepted: "Le SMS a été accepté et sera envoyé.",
  unknownError: "Une erreur inconnue s'est produite.",
  enRoute: "Le message est en route.",
  expired: "Le message a été envoyé et a expiré en raison d'un dépassement de sa période de validité (notre plate-forme par défaut est de 48 heures), ou l'opérateur a renvoyé EXPIRED comme statut final.",
  rejected: "Le message a été envoyé, mais il a été rejeté par l'opérateur et a renvoyé REJECTD comme statut final",
  unknownCode: "SMSPartner a renvoyé le code {{code}}, que sa documentation ne répertorie pas dans la rubrique « Codes erreurs des statuts ».",
});
