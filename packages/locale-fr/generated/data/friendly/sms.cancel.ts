// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of sms.cancel.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.cancel"> | FieldKeyOf<"sms.cancel"> | "sms.cancel.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.cancel.phoneNumberRequired": "L’envoi programmé n’a pas pu être annulé en raison d’un problème technique de notre côté. Contactez le support.",
  "sms.cancel.messageIdRequired": "Nous n’avons pas pu identifier le message à annuler en raison d’un problème technique de notre côté. Contactez le support.",
  "sms.cancel.messageNotFound": "Ce message est introuvable. Il a peut-être déjà été envoyé ou annulé.",
  "sms.cancel.numberListEmpty": "Aucun numéro n’est sélectionné. Choisissez les numéros dont l’envoi programmé doit être annulé.",
  "sms.cancel.formatInvalid": "La demande d’annulation n’a pas pu être traitée en raison d’un problème technique de notre côté. Contactez le support.",
  "sms.cancel.notMobileNumber": "Ce numéro ne semble pas être un numéro de mobile. Vérifiez-le, puis réessayez.",
  "sms.cancel.tooManyNumbers": "L’annulation est limitée à {max, number} numéros à la fois. Répartissez-les en plusieurs lots.",
  "sms.cancel.ipNotAuthorized": "L’annulation est impossible en raison d’un problème technique de notre côté. Contactez le support.",
  "sms.cancel.unknownCode": "L’annulation de l’envoi programmé n’a pas abouti. Vérifiez qu’il est toujours prévu, puis réessayez.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.cancel.phoneNumberRequired": [{"type":0,"value":"L’envoi programmé n’a pas pu être annulé en raison d’un problème technique de notre côté. Contactez le support."}],
  "sms.cancel.messageIdRequired": [{"type":0,"value":"Nous n’avons pas pu identifier le message à annuler en raison d’un problème technique de notre côté. Contactez le support."}],
  "sms.cancel.messageNotFound": [{"type":0,"value":"Ce message est introuvable. Il a peut-être déjà été envoyé ou annulé."}],
  "sms.cancel.numberListEmpty": [{"type":0,"value":"Aucun numéro n’est sélectionné. Choisissez les numéros dont l’envoi programmé doit être annulé."}],
  "sms.cancel.formatInvalid": [{"type":0,"value":"La demande d’annulation n’a pas pu être traitée en raison d’un problème technique de notre côté. Contactez le support."}],
  "sms.cancel.notMobileNumber": [{"type":0,"value":"Ce numéro ne semble pas être un numéro de mobile. Vérifiez-le, puis réessayez."}],
  "sms.cancel.tooManyNumbers": [{"type":0,"value":"L’annulation est limitée à "},{"type":2,"value":"max","style":null},{"type":0,"value":" numéros à la fois. Répartissez-les en plusieurs lots."}],
  "sms.cancel.ipNotAuthorized": [{"type":0,"value":"L’annulation est impossible en raison d’un problème technique de notre côté. Contactez le support."}],
  "sms.cancel.unknownCode": [{"type":0,"value":"L’annulation de l’envoi programmé n’a pas abouti. Vérifiez qu’il est toujours prévu, puis réessayez."}],
});

/** The same messages in i18next's own format, keyed below "sms.cancel". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "L’envoi programmé n’a pas pu être annulé en raison d’un problème technique de notre côté. Contactez le support.",
  messageIdRequired: "Nous n’avons pas pu identifier le message à annuler en raison d’un problème technique de notre côté. Contactez le support.",
  messageNotFound: "Ce message est introuvable. Il a peut-être déjà été envoyé ou annulé.",
  numberListEmpty: "Aucun numéro n’est sélectionné. Choisissez les numéros dont l’envoi programmé doit être annulé.",
  formatInvalid: "La demande d’annulation n’a pas pu être traitée en raison d’un problème technique de notre côté. Contactez le support.",
  notMobileNumber: "Ce numéro ne semble pas être un numéro de mobile. Vérifiez-le, puis réessayez.",
  tooManyNumbers: "L’annulation est limitée à {{max, number}} numéros à la fois. Répartissez-les en plusieurs lots.",
  ipNotAuthorized: "L’annulation est impossible en raison d’un problème technique de notre côté. Contactez le support.",
  unknownCode: "L’annulation de l’envoi programmé n’a pas abouti. Vérifiez qu’il est toujours prévu, puis réessayez.",
});
