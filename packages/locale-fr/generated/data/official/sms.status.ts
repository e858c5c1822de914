// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of sms.status.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.status"> | FieldKeyOf<"sms.status"> | "sms.status.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.status.phoneNumberRequired": "Le champ phoneNumber est requis",
  "sms.status.messageIdRequired": "Le champ MessageId est requis",
  "sms.status.messageNotFound": "Ce message est introuvable",
  "sms.status.numberListEmpty": "La liste des numéros est vide",
  "sms.status.formatInvalid": "Le format n’est pas correct",
  "sms.status.notMobileNumber": "Ne semble pas être un numéro de mobile",
  "sms.status.tooManyNumbers": "Le nombre de numéros autorisés est de 500 maxi",
  "sms.status.ipNotAuthorized": "L’IP n’est pas autorisée",
  "sms.status.unknownCode": "SMSPartner a renvoyé le code {code}, que sa documentation ne répertorie pas dans la rubrique « Récupération des statuts ».",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.status.phoneNumberRequired": [{"type":0,"value":"Le champ phoneNumber est requis"}],
  "sms.status.messageIdRequired": [{"type":0,"value":"Le champ MessageId est requis"}],
  "sms.status.messageNotFound": [{"type":0,"value":"Ce message est introuvable"}],
  "sms.status.numberListEmpty": [{"type":0,"value":"La liste des numéros est vide"}],
  "sms.status.formatInvalid": [{"type":0,"value":"Le format n’est pas correct"}],
  "sms.status.notMobileNumber": [{"type":0,"value":"Ne semble pas être un numéro de mobile"}],
  "sms.status.tooManyNumbers": [{"type":0,"value":"Le nombre de numéros autorisés est de 500 maxi"}],
  "sms.status.ipNotAuthorized": [{"type":0,"value":"L’IP n’est pas autorisée"}],
  "sms.status.unknownCode": [{"type":0,"value":"SMSPartner a renvoyé le code "},{"type":1,"value":"code"},{"type":0,"value":", que sa documentation ne répertorie pas dans la rubrique « Récupération des statuts »."}],
});

/** The same messages in i18next's own format, keyed below "sms.status". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "Le champ phoneNumber est requis",
  messageIdRequired: "Le champ MessageId est requis",
  messageNotFound: "Ce message est introuvable",
  numberListEmpty: "La liste des numéros est vide",
  formatInvalid: "Le format n’est pas correct",
  notMobileNumber: "Ne semble pas être un numéro de mobile",
  tooManyNumbers: "Le nombre de numéros autorisés est de 500 maxi",
  ipNotAuthorized: "L’IP n’est pas autorisée",
  unknownCode: "SMSPartner a renvoyé le code {{code}}, que sa documentation ne répertorie pas dans la rubrique « Récupération des statuts ».",
});
