// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of sms.cancel.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.cancel"> | FieldKeyOf<"sms.cancel"> | "sms.cancel.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.cancel.phoneNumberRequired": "Le champ phoneNumber est requis",
  "sms.cancel.messageIdRequired": "Le champ MessageId est requis",
  "sms.cancel.messageNotFound": "Ce message est introuvable",
  "sms.cancel.numberListEmpty": "La liste des numéros est vide",
  "sms.cancel.formatInvalid": "Le format n’est pas correct",
  "sms.cancel.notMobileNumber": "Ne semble pas être un numéro de mobile",
  "sms.cancel.tooManyNumbers": "Le nombre de numéros autorisés est de 500 maxi",
  "sms.cancel.ipNotAuthorized": "L’IP n’est pas autorisée",
  "sms.cancel.unknownCode": "SMSPartner a renvoyé le code {code}, que sa documentation ne répertorie pas dans la rubrique « Annulation des SMS ».",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.cancel.phoneNumberRequired": [{"type":0,"value":"Le champ phoneNumber est requis"}],
  "sms.cancel.messageIdRequired": [{"type":0,"value":"Le champ MessageId est requis"}],
  "sms.cancel.messageNotFound": [{"type":0,"value":"Ce message est introuvable"}],
  "sms.cancel.numberListEmpty": [{"type":0,"value":"La liste des numéros est vide"}],
  "sms.cancel.formatInvalid": [{"type":0,"value":"Le format n’est pas correct"}],
  "sms.cancel.notMobileNumber": [{"type":0,"value":"Ne semble pas être un numéro de mobile"}],
  "sms.cancel.tooManyNumbers": [{"type":0,"value":"Le nombre de numéros autorisés est de 500 maxi"}],
  "sms.cancel.ipNotAuthorized": [{"type":0,"value":"L’IP n’est pas autorisée"}],
  "sms.cancel.unknownCode": [{"type":0,"value":"SMSPartner a renvoyé le code "},{"type":1,"value":"code"},{"type":0,"value":", que sa documentation ne répertorie pas dans la rubrique « Annulation des SMS »."}],
});

/** The same messages in i18next's own format, keyed below "sms.cancel". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "Le champ phoneNumber est requis",
  messageIdRequired: "Le champ MessageId est requis",
  messageNotFound: "Ce message est introuvable",
  numberListEmpty: "La liste des numéros est vide",
  formatInvalid: "Le format n’est pas correct",
  notMobileNumber: "Ne semble pas être un numéro de mobile",
  tooManyNumbers: "Le nombre de numéros autorisés est de 500 maxi",
  ipNotAuthorized: "L’IP n’est pas autorisée",
  unknownCode: "SMSPartner a renvoyé le code {{code}}, que sa documentation ne répertorie pas dans la rubrique « Annulation des SMS ».",
});
