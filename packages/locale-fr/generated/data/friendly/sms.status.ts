// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of sms.status.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.status"> | FieldKeyOf<"sms.status"> | "sms.status.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.status.phoneNumberRequired": "Le statut de livraison n’a pas pu être récupéré en raison d’un problème technique de notre côté. Contactez le support.",
  "sms.status.messageIdRequired": "Nous n’avons pas pu identifier le message à consulter en raison d’un problème technique de notre côté. Contactez le support.",
  "sms.status.messageNotFound": "Ce message est introuvable, son statut n’est donc pas disponible.",
  "sms.status.numberListEmpty": "Aucun numéro n’est sélectionné. Choisissez au moins un numéro pour afficher son statut de livraison.",
  "sms.status.formatInvalid": "La demande de statut n’a pas pu être traitée en raison d’un problème technique de notre côté. Contactez le support.",
  "sms.status.notMobileNumber": "Ce numéro ne semble pas être un numéro de mobile : il n’a donc pas de statut de livraison. Vérifiez-le.",
  "sms.status.tooManyNumbers": "Le statut ne peut être consulté que pour {max, number} numéros à la fois. Répartissez-les en plusieurs lots.",
  "sms.status.ipNotAuthorized": "Les statuts de livraison sont inaccessibles en raison d’un problème technique de notre côté. Contactez le support.",
  "sms.status.unknownCode": "Le statut de livraison est indisponible pour une raison inattendue. Réessayez plus tard.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.status.phoneNumberRequired": [{"type":0,"value":"Le statut de livraison n’a pas pu être récupéré en raison d’un problème technique de notre côté. Contactez le support."}],
  "sms.status.messageIdRequired": [{"type":0,"value":"Nous n’avons pas pu identifier le message à consulter en raison d’un problème technique de notre côté. Contactez le support."}],
  "sms.status.messageNotFound": [{"type":0,"value":"Ce message est introuvable, son statut n’est donc pas disponible."}],
  "sms.status.numberListEmpty": [{"type":0,"value":"Aucun numéro n’est sélectionné. Choisissez au moins un numéro pour afficher son statut de livraison."}],
  "sms.status.formatInvalid": [{"type":0,"value":"La demande de statut n’a pas pu être traitée en raison d’un problème technique de notre côté. Contactez le support."}],
  "sms.status.notMobileNumber": [{"type":0,"value":"Ce numéro ne semble pas être un numéro de mobile : il n’a donc pas de statut de livraison. Vérifiez-le."}],
  "sms.status.tooManyNumbers": [{"type":0,"value":"Le statut ne peut être consulté que pour "},{"type":2,"value":"max","style":null},{"type":0,"value":" numéros à la fois. Répartissez-les en plusieurs lots."}],
  "sms.status.ipNotAuthorized": [{"type":0,"value":"Les statuts de livraison sont inaccessibles en raison d’un problème technique de notre côté. Contactez le support."}],
  "sms.status.unknownCode": [{"type":0,"value":"Le statut de livraison est indisponible pour une raison inattendue. Réessayez plus tard."}],
});

/** The same messages in i18next's own format, keyed below "sms.status". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "Le statut de livraison n’a pas pu être récupéré en raison d’un problème technique de notre côté. Contactez le support.",
  messageIdRequired: "Nous n’avons pas pu identifier le message à consulter en raison d’un problème technique de notre côté. Contactez le support.",
  messageNotFound: "Ce message est introuvable, son statut n’est donc pas disponible.",
  numberListEmpty: "Aucun numéro n’est sélectionné. Choisissez au moins un numéro pour afficher son statut de livraison.",
  formatInvalid: "La demande de statut n’a pas pu être traitée en raison d’un problème technique de notre côté. Contactez le support.",
  notMobileNumber: "Ce numéro ne semble pas être un numéro de mobile : il n’a donc pas de statut de livraison. Vérifiez-le.",
  tooManyNumbers: "Le statut ne peut être consulté que pour {{max, number}} numéros à la fois. Répartissez-les en plusieurs lots.",
  ipNotAuthorized: "Les statuts de livraison sont inaccessibles en raison d’un problème technique de notre côté. Contactez le support.",
  unknownCode: "Le statut de livraison est indisponible pour une raison inattendue. Réessayez plus tard.",
});
