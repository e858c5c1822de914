// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of subAccount.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"subAccount"> | FieldKeyOf<"subAccount"> | "subAccount.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "subAccount.creationNotAuthorized": "This account is not allowed to create sub-accounts. Ask your account administrator to enable this option.",
  "subAccount.creditRequired": "No credit amount has been given. Enter how much credit the sub-account should receive.",
  "subAccount.tokenRequired": "We could not identify the sub-account because of a technical problem on our side. Please contact support.",
  "subAccount.creditNotPositive": "The credit amount must be greater than zero. Please enter a positive amount.",
  "subAccount.subAccountNotFound": "The sub-account could not be found because of a technical problem on our side. Please contact support.",
  "subAccount.subAccountCreditInsufficient": "The sub-account does not have enough credit for this operation. Ask your account administrator to add some.",
  "subAccount.insufficientCredit": "The main account does not have enough credit to transfer. Ask your account administrator to top it up.",
  "subAccount.ipNotAuthorized": "Sub-accounts cannot be managed because of a technical problem on our side. Please contact support.",
  "subAccount.unknownCode": "The sub-account operation could not be completed. Please try again later or contact support.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "subAccount.creationNotAuthorized": [{"type":0,"value":"This account is not allowed to create sub-accounts. Ask your account administrator to enable this option."}],
  "subAccount.creditRequired": [{"type":0,"value":"No credit amount has been given. Enter how much credit the sub-account should receive."}],
  "subAccount.tokenRequired": [{"type":0,"value":"We could not identify the sub-account because of a technical problem on our side. Please contact support."}],
  "subAccount.creditNotPositive": [{"type":0,"value":"The credit amount must be greater than zero. Please enter a positive amount."}],
  "subAccount.subAccountNotFound": [{"type":0,"value":"The sub-account could not be found because of a technical problem on our side. Please contact support."}],
  "subAccount.subAccountCreditInsufficient": [{"type":0,"value":"The sub-account does not have enough credit for this operation. Ask your account administrator to add some."}],
  "subAccount.insufficientCredit": [{"type":0,"value":"The main account does not have enough credit to transfer. Ask your account administrator to top it up."}],
  "subAccount.ipNotAuthorized": [{"type":0,"value":"Sub-accounts cannot be managed because of a technical problem on our side. Please contact support."}],
  "subAccount.unknownCode": [{"type":0,"value":"The sub-account operation could not be completed. Please try again later or contact support."}],
});

/** The same messages in i18next's own format, keyed below "subAccount". */
export const i18next = /* @__PURE__ */ deepFreeze({
  creationNotAuthorized: "This account is not allowed to create sub-accounts. Ask your account administrator to enable this option.",
  creditRequired: "No credit amount has been given. Enter how much credit the sub-account should receive.",
  tokenRequired: "We could not identify the sub-account because of a technical problem on our side. Please contact support.",
  creditNotPositive: "The credit amount must be greater than zero. Please enter a positive amount.",
  subAccountNotFound: "The sub-account could not be found because of a technical problem on our side. Please contact support.",
  subAccountCreditInsufficient: "The sub-account does not have enough credit for this operation. Ask your account administrator to add some.",
  insufficientCredit: "The main account does not have enough credit to transfer. Ask your account administrator to top it up.",
  ipNotAuthorized: "Sub-accounts cannot be managed because of a technical problem on our side. Please contact support.",
  unknownCode: "The sub-account operation could not be completed. Please try again later or contact support.",
});
