// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of subAccount.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"subAccount"> | FieldKeyOf<"subAccount"> | "subAccount.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "subAccount.creationNotAuthorized": "You are not authorized to create sub-accounts",
  "subAccount.creditRequired": "The Credit field is required",
  "subAccount.tokenRequired": "The tokenSubaccount field is required",
  "subAccount.creditNotPositive": "The credit field must be greater than 0",
  "subAccount.subAccountNotFound": "The sub-account is not found",
  "subAccount.subAccountCreditInsufficient": "Insufficient credit for the sub-account",
  "subAccount.insufficientCredit": "Insufficient credit",
  "subAccount.ipNotAuthorized": "The IP is not authorized",
  "subAccount.unknownCode": "SMSPartner returned code {code}, which its documentation does not list under \"Sub-account\".",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "subAccount.creationNotAuthorized": [{"type":0,"value":"You are not authorized to create sub-accounts"}],
  "subAccount.creditRequired": [{"type":0,"value":"The Credit field is required"}],
  "subAccount.tokenRequired": [{"type":0,"value":"The tokenSubaccount field is required"}],
  "subAccount.creditNotPositive": [{"type":0,"value":"The credit field must be greater than 0"}],
  "subAccount.subAccountNotFound": [{"type":0,"value":"The sub-account is not found"}],
  "subAccount.subAccountCreditInsufficient": [{"type":0,"value":"Insufficient credit for the sub-account"}],
  "subAccount.insufficientCredit": [{"type":0,"value":"Insufficient credit"}],
  "subAccount.ipNotAuthorized": [{"type":0,"value":"The IP is not authorized"}],
  "subAccount.unknownCode": [{"type":0,"value":"SMSPartner returned code "},{"type":1,"value":"code"},{"type":0,"value":", which its documentation does not list under \"Sub-account\"."}],
});

/** The same messages in i18next's own format, keyed below "subAccount". */
export const i18next = /* @__PURE__ */ deepFreeze({
  creationNotAuthorized: "You are not authorized to create sub-accounts",
  creditRequired: "The Credit field is required",
  tokenRequired: "The tokenSubaccount field is required",
  creditNotPositive: "The credit field must be greater than 0",
  subAccountNotFound: "The sub-account is not found",
  subAccountCreditInsufficient: "Insufficient credit for the sub-account",
  insufficientCredit: "Insufficient credit",
  ipNotAuthorized: "The IP is not authorized",
  unknownCode: "SMSPartner returned code {{code}}, which its documentation does not list under \"Sub-account\".",
});
