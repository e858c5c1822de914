// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official texts of vms.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"vms"> | FieldKeyOf<"vms"> | "vms.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "vms.phoneNumberRequired": "[Ŧħḗḗ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗř īş řḗḗɋŭŭīřḗḗḓ]",
  "vms.tooManyNumbers": "[Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗřş ḗḗẋƈḗḗḗḗḓş 500]",
  "vms.audioTokenRequired": "[Ŧħḗḗ ȧȧŭŭḓīǿǿ ŧǿǿķḗḗƞ īş řḗḗɋŭŭīřḗḗḓ]",
  "vms.notificationUrlInvalid": "[Ŧħḗḗ ƞǿǿŧīƒīƈȧȧŧīǿǿƞ ŬŘĿ īş īƞṽȧȧŀīḓ]",
  "vms.senderNotAuthorized": "[Ŧħḗḗ şḗḗƞḓḗḗř īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  "vms.senderInvalid": "[Ŧħḗḗ şḗḗƞḓḗḗř īş īƞṽȧȧŀīḓ]",
  "vms.audioFileNotFound": "[Ŧħḗḗ ȧȧŭŭḓīǿǿ ƒīŀḗḗ īş ƞǿǿŧ ƒǿǿŭŭƞḓ]",
  "vms.destinationNotAuthorized": "[Ŧħḗḗ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗř īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  "vms.insufficientCredit": "[Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ]",
  "vms.unknownCode": "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {code}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Şḗḗƞḓīƞɠ Ṽǿǿīƈḗḗ Ḿḗḗşşȧȧɠḗḗş / ṼḾŞ\".]",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "vms.phoneNumberRequired": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗř īş řḗḗɋŭŭīřḗḗḓ"},{"type":0,"value":"]"}],
  "vms.tooManyNumbers": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗřş ḗḗẋƈḗḗḗḗḓş 500"},{"type":0,"value":"]"}],
  "vms.audioTokenRequired": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ȧȧŭŭḓīǿǿ ŧǿǿķḗḗƞ īş řḗḗɋŭŭīřḗḗḓ"},{"type":0,"value":"]"}],
  "vms.notificationUrlInvalid": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƞǿǿŧīƒīƈȧȧŧīǿǿƞ ŬŘĿ īş īƞṽȧȧŀīḓ"},{"type":0,"value":"]"}],
  "vms.senderNotAuthorized": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ şḗḗƞḓḗḗř īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ"},{"type":0,"value":"]"}],
  "vms.senderInvalid": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ şḗḗƞḓḗḗř īş īƞṽȧȧŀīḓ"},{"type":0,"value":"]"}],
  "vms.audioFileNotFound": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ȧȧŭŭḓīǿǿ ƒīŀḗḗ īş ƞǿǿŧ ƒǿǿŭŭƞḓ"},{"type":0,"value":"]"}],
  "vms.destinationNotAuthorized": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗř īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ"},{"type":0,"value":"]"}],
  "vms.insufficientCredit": [{"type":0,"value":"["},{"type":0,"value":"Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ"},{"type":0,"value":"]"}],
  "vms.unknownCode": [{"type":0,"value":"["},{"type":0,"value":"ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ "},{"type":1,"value":"code"},{"type":0,"value":", ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Şḗḗƞḓīƞɠ Ṽǿǿīƈḗḗ Ḿḗḗşşȧȧɠḗḗş / ṼḾŞ\"."},{"type":0,"value":"]"}],
});

/** The same messages in i18next's own format, keyed below "vms". */
export const i18next = /* @__PURE__ */ deepFreeze({
  phoneNumberRequired: "[Ŧħḗḗ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗř īş řḗḗɋŭŭīřḗḗḓ]",
  tooManyNumbers: "[Ŧħḗḗ ƞŭŭḿƀḗḗř ǿǿƒ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗřş ḗḗẋƈḗḗḗḗḓş 500]",
  audioTokenRequired: "[Ŧħḗḗ ȧȧŭŭḓīǿǿ ŧǿǿķḗḗƞ īş řḗḗɋŭŭīřḗḗḓ]",
  notificationUrlInvalid: "[Ŧħḗḗ ƞǿǿŧīƒīƈȧȧŧīǿǿƞ ŬŘĿ īş īƞṽȧȧŀīḓ]",
  senderNotAuthorized: "[Ŧħḗḗ şḗḗƞḓḗḗř īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  senderInvalid: "[Ŧħḗḗ şḗḗƞḓḗḗř īş īƞṽȧȧŀīḓ]",
  audioFileNotFound: "[Ŧħḗḗ ȧȧŭŭḓīǿǿ ƒīŀḗḗ īş ƞǿǿŧ ƒǿǿŭŭƞḓ]",
  destinationNotAuthorized: "[Ŧħḗḗ ƥħǿǿƞḗḗ ƞŭŭḿƀḗḗř īş ƞǿǿŧ ȧȧŭŭŧħǿǿřīẑḗḗḓ]",
  insufficientCredit: "[Īƞşŭŭƒƒīƈīḗḗƞŧ ƈřḗḗḓīŧ]",
  unknownCode: "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {{code}}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Şḗḗƞḓīƞɠ Ṽǿǿīƈḗḗ Ḿḗḗşşȧȧɠḗḗş / ṼḾŞ\".]",
});
