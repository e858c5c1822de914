// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of numberVerification.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"numberVerification"> | FieldKeyOf<"numberVerification"> | "numberVerification.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "numberVerification.phoneNumberRequired": "Le champ phoneNumber est requis",
  "numberVerification.insufficientCredit": "Crédit insuffisant",
  "numberVerification.noPriceForDestination": "Aucun prix par défaut n'a été trouvé vers cette destination",
  "numberVerification.numberOnStopList": "Le numéro est dans la liste des STOP SMS",
  "numberVerification.numbersNotCommaSeparated": "Les numéros doivent-être séparés par une virgule",
  "numberVerification.tooManyNumbers": "Le nombre de numéros autorisés est de 500 maxi",
  "numberVerification.noNumberToVerify": "Aucun numéro à envoyer",
  "numberVerification.ipNotAuthorized": "L'IP n'est pas autorisée",
  "numberVerification.unknownCode": "SMSPartner a renvoyé le code {code}, que sa documentation ne répertorie pas dans la rubrique « Vérification des numéros ».",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "numberVerification.phoneNumberRequired": [{"type":0,"value":"Le champ phoneNumber est requis"}],
  "numberVerification.insufficientCredit": [{"type":0,"value":"Crédit insuffisant"}],
  "numberVerification.noPriceForDestination": [{"type":0,"value":"Aucun prix par défaut n'a été trouvé vers cette destination"}],
  "numberVerification.numberOnStopList": [{"type":0,"value":"Le numéro est dans la liste des STOP SMS"}],
  "numberVerification.numbersNotCommaSeparated": [{"type":0,"value":"Les numéros doivent-être séparés par une virgule"}],
  "numberVerification.tooManyNumbers": [{"type":0,"value":"Le nombre de numéros autorisés est de 500 maxi"}],
  "numberVerification.noNumberToVerify": [{"type":0,"value":"Aucun numéro à envoyer"}],
  "numberVerification.ipNotAuthorized": [{"type":0,"value":"L'IP n'est pas autorisée"}],
  "numberVerification.unknownCode": [{"type":0,"value":"SMSPartner a renvoyé le code "},{"type":1,"value":"code"},{"type":0,"value":", que sa documentation ne répertorie pas dans la rubrique « Vérification des numéros »."}],
});

/** The same messages in i18next's own format, keyed below "numberVerification". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "Le champ phoneNumber est requis",
  insufficientCredit: "Crédit insuffisant",
  noPriceForDestination: "Aucun prix par défaut n'a été trouvé vers cette destination",
  numberOnStopList: "Le numéro est dans la liste des STOP SMS",
  numbersNotCommaSeparated: "Les numéros doivent-être séparés par une virgule",
  tooManyNumbers: "Le nombre de numéros autorisés est de 500 maxi",
  noNumberToVerify: "Aucun numéro à envoyer",
  ipNotAuthorized: "L'IP n'est pas autorisée",
  unknownCode: "SMSPartner a renvoyé le code {{code}}, que sa documentation ne répertorie pas dans la rubrique « Vérification des numéros ».",
});
