// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: friendly texts of sms.deliveryStatus.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.deliveryStatus"> | FieldKeyOf<"sms.deliveryStatus"> | "sms.deliveryStatus.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.deliveryStatus.delivered": "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ẇȧȧş ḓḗḗŀīṽḗḗřḗḗḓ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ.]",
  "sms.deliveryStatus.notDelivered": "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ḓḗḗŀīṽḗḗřḗḗḓ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ.]",
  "sms.deliveryStatus.waiting": "[Şḗḗƞŧ, ẇȧȧīŧīƞɠ ƒǿǿř ƈǿǿƞƒīřḿȧȧŧīǿǿƞ ƒřǿǿḿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ǿǿƥḗḗřȧȧŧǿǿř.]",
  "sms.deliveryStatus.notSent": "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ẇȧȧş ƞǿǿŧ şḗḗƞŧ ƀḗḗƈȧȧŭŭşḗḗ ȧȧ ƥřǿǿƀŀḗḗḿ ǿǿƈƈŭŭřřḗḗḓ. Ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ.]",
  "sms.deliveryStatus.unknownCode": "[Ŧħḗḗ şŧȧȧŧŭŭş ǿǿƒ ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗḓ. Ƈħḗḗƈķ ȧȧɠȧȧīƞ ŀȧȧŧḗḗř, ǿǿř ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ īƒ īŧ ḓǿǿḗḗş ƞǿǿŧ ƈħȧȧƞɠḗḗ.]",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.deliveryStatus.delivered": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ẇȧȧş ḓḗḗŀīṽḗḗřḗḗḓ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ."},{"type":0,"value":"]"}],
  "sms.deliveryStatus.notDelivered": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ḓḗḗŀīṽḗḗřḗḗḓ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ."},{"type":0,"value":"]"}],
  "sms.deliveryStatus.waiting": [{"type":0,"value":"["},{"type":0,"value":"Şḗḗƞŧ, ẇȧȧīŧīƞɠ ƒǿǿř ƈǿǿƞƒīřḿȧȧŧīǿǿƞ ƒřǿǿḿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ǿǿƥḗḗřȧȧŧǿǿř."},{"type":0,"value":"]"}],
  "sms.deliveryStatus.notSent": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ẇȧȧş ƞǿǿŧ şḗḗƞŧ ƀḗḗƈȧȧŭŭşḗḗ ȧȧ ƥřǿǿƀŀḗḗḿ ǿǿƈƈŭŭřřḗḗḓ. Ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ."},{"type":0,"value":"]"}],
  "sms.deliveryStatus.unknownCode": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ şŧȧȧŧŭŭş ǿǿƒ ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗḓ. Ƈħḗḗƈķ ȧȧɠȧȧīƞ ŀȧȧŧḗḗř, ǿǿř ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ īƒ īŧ ḓǿǿḗḗş ƞǿǿŧ ƈħȧȧƞɠḗḗ."},{"type":0,"value":"]"}],
});

/** The same messages in i18next's own format, keyed below "sms.deliveryStatus". */
export const i18next = /* @__PURE__ */ deepFreeze({
  delivered: "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ẇȧȧş ḓḗḗŀīṽḗḗřḗḗḓ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ.]",
  notDelivered: "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ḓḗḗŀīṽḗḗřḗḗḓ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ.]",
  waiting: "[Şḗḗƞŧ, ẇȧȧīŧīƞɠ ƒǿǿř ƈǿǿƞƒīřḿȧȧŧīǿǿƞ ƒřǿǿḿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ǿǿƥḗḗřȧȧŧǿǿř.]",
  notSent: "[Ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ẇȧȧş ƞǿǿŧ şḗḗƞŧ ƀḗḗƈȧȧŭŭşḗḗ ȧȧ ƥřǿǿƀŀḗḗḿ ǿǿƈƈŭŭřřḗḗḓ. Ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ.]",
  unknownCode: "[Ŧħḗḗ şŧȧȧŧŭŭş ǿǿƒ ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗḓ. Ƈħḗḗƈķ ȧȧɠȧȧīƞ ŀȧȧŧḗḗř, ǿǿř ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ īƒ īŧ ḓǿǿḗḗş ƞǿǿŧ ƈħȧȧƞɠḗḗ.]",
});
