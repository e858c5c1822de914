// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of sms.deliveryStatus.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.deliveryStatus"> | FieldKeyOf<"sms.deliveryStatus"> | "sms.deliveryStatus.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.deliveryStatus.delivered": "Le SMS a été délivré",
  "sms.deliveryStatus.notDelivered": "Le SMS n’a pas été délivré",
  "sms.deliveryStatus.waiting": "Le SMS a été envoyé, en attente chez l’opérateur",
  "sms.deliveryStatus.notSent": "Le SMS n’a pas été envoyé, un problème est survenu veuillez contacter le SAV",
  "sms.deliveryStatus.unknownCode": "SMSPartner a renvoyé le code {code}, que sa documentation ne répertorie pas dans la rubrique « Liste des statuts ».",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.deliveryStatus.delivered": [{"type":0,"value":"Le SMS a été délivré"}],
  "sms.deliveryStatus.notDelivered": [{"type":0,"value":"Le SMS n’a pas été délivré"}],
  "sms.deliveryStatus.waiting": [{"type":0,"value":"Le SMS a été envoyé, en attente chez l’opérateur"}],
  "sms.deliveryStatus.notSent": [{"type":0,"value":"Le SMS n’a pas été envoyé, un problème est survenu veuillez contacter le SAV"}],
  "sms.deliveryStatus.unknownCode": [{"type":0,"value":"SMSPartner a renvoyé le code "},{"type":1,"value":"code"},{"type":0,"value":", que sa documentation ne répertorie pas dans la rubrique « Liste des statuts »."}],
});

/** The same messages in i18next's own format, keyed below "sms.deliveryStatus". */
export const i18next = /* @__PURE__ */ deepFreeze({
  delivered: "Le SMS a été délivré",
  notDelivered: "Le SMS n’a pas été délivré",
  waiting: "Le SMS a été envoyé, en attente chez l’opérateur",
  notSent: "Le SMS n’a pas été envoyé, un problème est survenu veuillez contacter le SAV",
  unknownCode: "SMSPartner a renvoyé le code {{code}}, que sa documentation ne répertorie pas dans la rubrique « Liste des statuts ».",
});
