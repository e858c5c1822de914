// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official texts of subAccount.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"subAccount"> | FieldKeyOf<"subAccount"> | "subAccount.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "subAccount.creationNotAuthorized": "[Ẏǿǿŭŭ ȧȧřḗḗ ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ ŧǿǿ ƈřḗḗȧȧŧḗḗ şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧş]",
  "subAccount.creditRequired": "[Ŧħḗḗ Ƈřḗḗḓīŧ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  "subAccount.tokenRequired": "[Ŧħḗḗ ŧǿǿķḗḗƞŞŭŭƀȧȧƈƈǿǿŭŭƞŧ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  "subAccount.creditNotPositive": "[Ŧħḗḗ ƈřḗḗḓīŧ ƒīḗḗŀḓ ḿŭŭşŧ ƀḗḗ ɠřḗḗȧȧŧḗḗř ŧħȧȧƞ 0]",
  "subAccount.subAccountNotFound": "[Ŧħḗḗ şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧ īş ƞǿǿŧ ƒǿǿŭŭƞḓ]",
  "subAccount.subAccountCreditInsufficient": "[Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ ƒǿǿř ŧħḗḗ şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧ]",
  "subAccount.insufficientCredit": "[Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ]",
  "subAccount.ipNotAuthorized": "[Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  "subAccount.unknownCode": "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {code}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧ\".]",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "subAccount.creationNotAuthorized": [{"type":0,"value":"["},{"type":0,"value":"Ẏǿǿŭŭ ȧȧřḗḗ ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ ŧǿǿ ƈřḗḗȧȧŧḗḗ şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧş"},{"type":0,"value":"]"}],
  "subAccount.creditRequired": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ Ƈřḗḗḓīŧ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ"},{"type":0,"value":"]"}],
  "subAccount.tokenRequired": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ŧǿǿķḗḗƞŞŭŭƀȧȧƈƈǿǿŭŭƞŧ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ"},{"type":0,"value":"]"}],
  "subAccount.creditNotPositive": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƈřḗḗḓīŧ ƒīḗḗŀḓ ḿŭŭşŧ ƀḗḗ ɠřḗḗȧȧŧḗḗř ŧħȧȧƞ 0"},{"type":0,"value":"]"}],
  "subAccount.subAccountNotFound": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧ īş ƞǿǿŧ ƒǿǿŭŭƞḓ"},{"type":0,"value":"]"}],
  "subAccount.subAccountCreditInsufficient": [{"type":0,"value":"["},{"type":0,"value":"Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ ƒǿǿř ŧħḗḗ şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧ"},{"type":0,"value":"]"}],
  "subAccount.insufficientCredit": [{"type":0,"value":"["},{"type":0,"value":"Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ"},{"type":0,"value":"]"}],
  "subAccount.ipNotAuthorized": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ"},{"type":0,"value":"]"}],
  "subAccount.unknownCode": [{"type":0,"value":"["},{"type":0,"value":"ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ "},{"type":1,"value":"code"},{"type":0,"value":", ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧ\"."},{"type":0,"value":"]"}],
});

/** The same messages in i18next's own format, keyed below "subAccount". */
export const i18next = /* @__PURE__ */ deepFreeze({
  creationNotAuthorized: "[Ẏǿǿŭŭ ȧȧřḗḗ ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ ŧǿǿ ƈřḗḗȧȧŧḗḗ şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧş]",
  creditRequired: "[Ŧħḗḗ Ƈřḗḗḓīŧ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  tokenRequired: "[Ŧħḗḗ ŧǿǿķḗḗƞŞŭŭƀȧȧƈƈǿǿŭŭƞŧ ƒīḗḗŀḓ īş řḗḗɋŭŭīřḗḗḓ]",
  creditNotPositive: "[Ŧħḗḗ ƈřḗḗḓīŧ ƒīḗḗŀḓ ḿŭŭşŧ ƀḗḗ ɠřḗḗȧȧŧḗḗř ŧħȧȧƞ 0]",
  subAccountNotFound: "[Ŧħḗḗ şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧ īş ƞǿǿŧ ƒǿǿŭŭƞḓ]",
  subAccountCreditInsufficient: "[Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ ƒǿǿř ŧħḗḗ şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧ]",
  insufficientCredit: "[Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ]",
  ipNotAuthorized: "[Ŧħḗḗ ĪƤ īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  unknownCode: "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {{code}}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Şŭŭƀ-ȧȧƈƈǿǿŭŭƞŧ\".]",
});
