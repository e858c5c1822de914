// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of subAccount.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"subAccount"> | FieldKeyOf<"subAccount"> | "subAccount.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "subAccount.creationNotAuthorized": "Vous n'êtes pas autorisé à créer des sous-comptes",
  "subAccount.creditRequired": "Le champ Credit est requis",
  "subAccount.tokenRequired": "Le champ tokenSubaccount est requis",
  "subAccount.creditNotPositive": "Le champ credit doit être supérieur à 0",
  "subAccount.subAccountNotFound": "Le sous-compte est introuvable",
  "subAccount.subAccountCreditInsufficient": "Crédit insuffisant pour le sous-compte",
  "subAccount.insufficientCredit": "Crédit insuffisant",
  "subAccount.ipNotAuthorized": "L'IP n'est pas autorisée",
  "subAccount.unknownCode": "SMSPartner a renvoyé le code {code}, que sa documentation ne répertorie pas dans la rubrique « Sous-compte ».",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "subAccount.creationNotAuthorized": [{"type":0,"value":"Vous n'êtes pas autorisé à créer des sous-comptes"}],
  "subAccount.creditRequired": [{"type":0,"value":"Le champ Credit est requis"}],
  "subAccount.tokenRequired": [{"type":0,"value":"Le champ tokenSubaccount est requis"}],
  "subAccount.creditNotPositive": [{"type":0,"value":"Le champ credit doit être supérieur à 0"}],
  "subAccount.subAccountNotFound": [{"type":0,"value":"Le sous-compte est introuvable"}],
  "subAccount.subAccountCreditInsufficient": [{"type":0,"value":"Crédit insuffisant pour le sous-compte"}],
  "subAccount.insufficientCredit": [{"type":0,"value":"Crédit insuffisant"}],
  "subAccount.ipNotAuthorized": [{"type":0,"value":"L'IP n'est pas autorisée"}],
  "subAccount.unknownCode": [{"type":0,"value":"SMSPartner a renvoyé le code "},{"type":1,"value":"code"},{"type":0,"value":", que sa documentation ne répertorie pas dans la rubrique « Sous-compte »."}],
});

/** The same messages in i18next's own format, keyed below "subAccount". */
export const i18next = /* @__PURE__ */ deepFreeze({
  creationNotAuthorized: "Vous n'êtes pas autorisé à créer des sous-comptes",
  creditRequired: "Le champ Credit est requis",
  tokenRequired: "Le champ tokenSubaccount est requis",
  creditNotPositive: "Le champ credit doit être supérieur à 0",
  subAccountNotFound: "Le sous-compte est introuvable",
  subAccountCreditInsufficient: "Crédit insuffisant pour le sous-compte",
  insufficientCredit: "Crédit insuffisant",
  ipNotAuthorized: "L'IP n'est pas autorisée",
  unknownCode: "SMSPartner a renvoyé le code {{code}}, que sa documentation ne répertorie pas dans la rubrique « Sous-compte ».",
});
