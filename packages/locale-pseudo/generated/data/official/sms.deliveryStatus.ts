// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official texts of sms.deliveryStatus.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.deliveryStatus"> | FieldKeyOf<"sms.deliveryStatus"> | "sms.deliveryStatus.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.deliveryStatus.delivered": "[Ŧħḗḗ ŞḾŞ ħȧȧş ƀḗḗḗḗƞ ḓḗḗŀīṽḗḗřḗḗḓ]",
  "sms.deliveryStatus.notDelivered": "[Ŧħḗḗ ŞḾŞ ħȧȧş ƞǿǿŧ ƀḗḗḗḗƞ ḓḗḗŀīṽḗḗřḗḗḓ]",
  "sms.deliveryStatus.waiting": "[Ŧħḗḗ ŞḾŞ ħȧȧş ƀḗḗḗḗƞ şḗḗƞŧ, ȧȧẇȧȧīŧīƞɠ ȧȧŧ ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř]",
  "sms.deliveryStatus.notSent": "[Ŧħḗḗ ŞḾŞ ẇȧȧş ƞǿǿŧ şḗḗƞŧ, ȧȧ ƥřǿǿƀŀḗḗḿ ǿǿƈƈŭŭřřḗḗḓ, ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ ƈŭŭşŧǿǿḿḗḗř şḗḗřṽīƈḗḗ]",
  "sms.deliveryStatus.unknownCode": "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {code}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Şŧȧȧŧŭŭş Ŀīşŧ\".]",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.deliveryStatus.delivered": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ŞḾŞ ħȧȧş ƀḗḗḗḗƞ ḓḗḗŀīṽḗḗřḗḗḓ"},{"type":0,"value":"]"}],
  "sms.deliveryStatus.notDelivered": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ŞḾŞ ħȧȧş ƞǿǿŧ ƀḗḗḗḗƞ ḓḗḗŀīṽḗḗřḗḗḓ"},{"type":0,"value":"]"}],
  "sms.deliveryStatus.waiting": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ŞḾŞ ħȧȧş ƀḗḗḗḗƞ şḗḗƞŧ, ȧȧẇȧȧīŧīƞɠ ȧȧŧ ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř"},{"type":0,"value":"]"}],
  "sms.deliveryStatus.notSent": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ŞḾŞ ẇȧȧş ƞǿǿŧ şḗḗƞŧ, ȧȧ ƥřǿǿƀŀḗḗḿ ǿǿƈƈŭŭřřḗḗḓ, ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ ƈŭŭşŧǿǿḿḗḗř şḗḗřṽīƈḗḗ"},{"type":0,"value":"]"}],
  "sms.deliveryStatus.unknownCode": [{"type":0,"value":"["},{"type":0,"value":"ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ "},{"type":1,"value":"code"},{"type":0,"value":", ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Şŧȧȧŧŭŭş Ŀīşŧ\"."},{"type":0,"value":"]"}],
});

/** The same messages in i18next's own format, keyed below "sms.deliveryStatus". */
export const i18next = /* @__PURE__ */ deepFreeze({
  delivered: "[Ŧħḗḗ ŞḾŞ ħȧȧş ƀḗḗḗḗƞ ḓḗḗŀīṽḗḗřḗḗḓ]",
  notDelivered: "[Ŧħḗḗ ŞḾŞ ħȧȧş ƞǿǿŧ ƀḗḗḗḗƞ ḓḗḗŀīṽḗḗřḗḗḓ]",
  waiting: "[Ŧħḗḗ ŞḾŞ ħȧȧş ƀḗḗḗḗƞ şḗḗƞŧ, ȧȧẇȧȧīŧīƞɠ ȧȧŧ ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř]",
  notSent: "[Ŧħḗḗ ŞḾŞ ẇȧȧş ƞǿǿŧ şḗḗƞŧ, ȧȧ ƥřǿǿƀŀḗḗḿ ǿǿƈƈŭŭřřḗḗḓ, ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ ƈŭŭşŧǿǿḿḗḗř şḗḗřṽīƈḗḗ]",
  unknownCode: "[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ {{code}}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř \"Şŧȧȧŧŭŭş Ŀīşŧ\".]",
});
