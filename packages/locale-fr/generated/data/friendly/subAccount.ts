// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of subAccount.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"subAccount"> | FieldKeyOf<"subAccount"> | "subAccount.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "subAccount.creationNotAuthorized": "Ce compte n’est pas autorisé à créer des sous-comptes. Demandez à l’administrateur du compte d’activer cette option.",
  "subAccount.creditRequired": "Aucun montant de crédit n’est indiqué. Saisissez le crédit à attribuer au sous-compte.",
  "subAccount.tokenRequired": "Nous n’avons pas pu identifier le sous-compte en raison d’un problème technique de notre côté. Contactez le support.",
  "subAccount.creditNotPositive": "Le montant de crédit doit être supérieur à zéro. Saisissez un montant positif.",
  "subAccount.subAccountNotFound": "Le sous-compte est introuvable en raison d’un problème technique de notre côté. Contactez le support.",
  "subAccount.subAccountCreditInsufficient": "Le sous-compte n’a pas assez de crédit pour cette opération. Demandez à l’administrateur du compte de l’approvisionner.",
  "subAccount.insufficientCredit": "Le compte principal n’a pas assez de crédit à transférer. Demandez à l’administrateur du compte de le recharger.",
  "subAccount.ipNotAuthorized": "La gestion des sous-comptes est impossible en raison d’un problème technique de notre côté. Contactez le support.",
  "subAccount.unknownCode": "L’opération sur le sous-compte n’a pas pu être effectuée. Réessayez plus tard ou contactez le support.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "subAccount.creationNotAuthorized": [{"type":0,"value":"Ce compte n’est pas autorisé à créer des sous-comptes. Demandez à l’administrateur du compte d’activer cette option."}],
  "subAccount.creditRequired": [{"type":0,"value":"Aucun montant de crédit n’est indiqué. Saisissez le crédit à attribuer au sous-compte."}],
  "subAccount.tokenRequired": [{"type":0,"value":"Nous n’avons pas pu identifier le sous-compte en raison d’un problème technique de notre côté. Contactez le support."}],
  "subAccount.creditNotPositive": [{"type":0,"value":"Le montant de crédit doit être supérieur à zéro. Saisissez un montant positif."}],
  "subAccount.subAccountNotFound": [{"type":0,"value":"Le sous-compte est introuvable en raison d’un problème technique de notre côté. Contactez le support."}],
  "subAccount.subAccountCreditInsufficient": [{"type":0,"value":"Le sous-compte n’a pas assez de crédit pour cette opération. Demandez à l’administrateur du compte de l’approvisionner."}],
  "subAccount.insufficientCredit": [{"type":0,"value":"Le compte principal n’a pas assez de crédit à transférer. Demandez à l’administrateur du compte de le recharger."}],
  "subAccount.ipNotAuthorized": [{"type":0,"value":"La gestion des sous-comptes est impossible en raison d’un problème technique de notre côté. Contactez le support."}],
  "subAccount.unknownCode": [{"type":0,"value":"L’opération sur le sous-compte n’a pas pu être effectuée. Réessayez plus tard ou contactez le support."}],
});

/** The same messages in i18next's own format, keyed below "subAccount". */
export const i18next = /* @__PURE__ */ deepFreeze({
  creationNotAuthorized: "Ce compte n’est pas autorisé à créer des sous-comptes. Demandez à l’administrateur du compte d’activer cette option.",
  creditRequired: "Aucun montant de crédit n’est indiqué. Saisissez le crédit à attribuer au sous-compte.",
  tokenRequired: "Nous n’avons pas pu identifier le sous-compte en raison d’un problème technique de notre côté. Contactez le support.",
  creditNotPositive: "Le montant de crédit doit être supérieur à zéro. Saisissez un montant positif.",
  subAccountNotFound: "Le sous-compte est introuvable en raison d’un problème technique de notre côté. Contactez le support.",
  subAccountCreditInsufficient: "Le sous-compte n’a pas assez de crédit pour cette opération. Demandez à l’administrateur du compte de l’approvisionner.",
  insufficientCredit: "Le compte principal n’a pas assez de crédit à transférer. Demandez à l’administrateur du compte de le recharger.",
  ipNotAuthorized: "La gestion des sous-comptes est impossible en raison d’un problème technique de notre côté. Contactez le support.",
  unknownCode: "L’opération sur le sous-compte n’a pas pu être effectuée. Réessayez plus tard ou contactez le support.",
});
