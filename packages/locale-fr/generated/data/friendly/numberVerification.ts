// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of numberVerification.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"numberVerification"> | FieldKeyOf<"numberVerification"> | "numberVerification.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "numberVerification.phoneNumberRequired": "La vérification nécessite un numéro de téléphone. Saisissez-en un.",
  "numberVerification.insufficientCredit": "Le crédit du compte est insuffisant pour vérifier ces numéros. Demandez à l’administrateur du compte de le recharger.",
  "numberVerification.noPriceForDestination": "La vérification des numéros de ce pays n’est pas disponible sur le compte. Demandez à l’administrateur du compte de l’activer.",
  "numberVerification.numberOnStopList": "Ce numéro figure sur la liste STOP et ne peut pas être vérifié. Retirez-le des numéros à contrôler.",
  "numberVerification.numbersNotCommaSeparated": "Les numéros n’ont pas pu être vérifiés en raison d’un problème technique de notre côté. Contactez le support.",
  "numberVerification.tooManyNumbers": "Vous pouvez vérifier {max, number} numéros au plus à la fois. Répartissez-les en plusieurs lots.",
  "numberVerification.noNumberToVerify": "Aucun de ces numéros ne peut être vérifié. Contrôlez la liste, puis réessayez.",
  "numberVerification.ipNotAuthorized": "La vérification des numéros est impossible en raison d’un problème technique de notre côté. Contactez le support.",
  "numberVerification.unknownCode": "La vérification du numéro n’a pas abouti. Réessayez plus tard ou contactez le support.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "numberVerification.phoneNumberRequired": [{"type":0,"value":"La vérification nécessite un numéro de téléphone. Saisissez-en un."}],
  "numberVerification.insufficientCredit": [{"type":0,"value":"Le crédit du compte est insuffisant pour vérifier ces numéros. Demandez à l’administrateur du compte de le recharger."}],
  "numberVerification.noPriceForDestination": [{"type":0,"value":"La vérification des numéros de ce pays n’est pas disponible sur le compte. Demandez à l’administrateur du compte de l’activer."}],
  "numberVerification.numberOnStopList": [{"type":0,"value":"Ce numéro figure sur la liste STOP et ne peut pas être vérifié. Retirez-le des numéros à contrôler."}],
  "numberVerification.numbersNotCommaSeparated": [{"type":0,"value":"Les numéros n’ont pas pu être vérifiés en raison d’un problème technique de notre côté. Contactez le support."}],
  "numberVerification.tooManyNumbers": [{"type":0,"value":"Vous pouvez vérifier "},{"type":2,"value":"max","style":null},{"type":0,"value":" numéros au plus à la fois. Répartissez-les en plusieurs lots."}],
  "numberVerification.noNumberToVerify": [{"type":0,"value":"Aucun de ces numéros ne peut être vérifié. Contrôlez la liste, puis réessayez."}],
  "numberVerification.ipNotAuthorized": [{"type":0,"value":"La vérification des numéros est impossible en raison d’un problème technique de notre côté. Contactez le support."}],
  "numberVerification.unknownCode": [{"type":0,"value":"La vérification du numéro n’a pas abouti. Réessayez plus tard ou contactez le support."}],
});

/** The same messages in i18next's own format, keyed below "numberVerification". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "La vérification nécessite un numéro de téléphone. Saisissez-en un.",
  insufficientCredit: "Le crédit du compte est insuffisant pour vérifier ces numéros. Demandez à l’administrateur du compte de le recharger.",
  noPriceForDestination: "La vérification des numéros de ce pays n’est pas disponible sur le compte. Demandez à l’administrateur du compte de l’activer.",
  numberOnStopList: "Ce numéro figure sur la liste STOP et ne peut pas être vérifié. Retirez-le des numéros à contrôler.",
  numbersNotCommaSeparated: "Les numéros n’ont pas pu être vérifiés en raison d’un problème technique de notre côté. Contactez le support.",
  tooManyNumbers: "Vous pouvez vérifier {{max, number}} numéros au plus à la fois. Répartissez-les en plusieurs lots.",
  noNumberToVerify: "Aucun de ces numéros ne peut être vérifié. Contrôlez la liste, puis réessayez.",
  ipNotAuthorized: "La vérification des numéros est impossible en raison d’un problème technique de notre côté. Contactez le support.",
  unknownCode: "La vérification du numéro n’a pas abouti. Réessayez plus tard ou contactez le support.",
});
