// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: friendly texts of sms.dlr.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.dlr"> | FieldKeyOf<"sms.dlr"> | "sms.dlr.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.dlr.delivered": "[Ḓḗḗŀīṽḗḗřḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ řḗḗȧȧƈħḗḗḓ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ƥħǿǿƞḗḗ.]",
  "sms.dlr.pending": "[Şḗḗƞŧ, ẇȧȧīŧīƞɠ ƒǿǿř ƈǿǿƞƒīřḿȧȧŧīǿǿƞ ŧħȧȧŧ īŧ ẇȧȧş ḓḗḗŀīṽḗḗřḗḗḓ.]",
  "sms.dlr.undeliverable": "[Ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř ƈǿǿŭŭŀḓ ƞǿǿŧ ḓḗḗŀīṽḗḗř ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ŧǿǿ ŧħīş ƞŭŭḿƀḗḗř.]",
  "sms.dlr.accepted": "[Ȧƈƈḗḗƥŧḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ īş ȧȧƀǿǿŭŭŧ ŧǿǿ ƀḗḗ şḗḗƞŧ.]",
  "sms.dlr.unknownError": "[Ḓḗḗŀīṽḗḗřẏ ƒȧȧīŀḗḗḓ ƒǿǿř ȧȧƞ ŭŭƞķƞǿǿẇƞ řḗḗȧȧşǿǿƞ.]",
  "sms.dlr.enRoute": "[Ǿƞ īŧş ẇȧȧẏ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ.]",
  "sms.dlr.expired": "[Ḗẋƥīřḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ḓḗḗŀīṽḗḗřḗḗḓ ẇīŧħīƞ īŧş ṽȧȧŀīḓīŧẏ ƥḗḗřīǿǿḓ, ŭŭşŭŭȧȧŀŀẏ {validityHours, number} ħǿǿŭŭřş.]",
  "sms.dlr.rejected": "[Ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ǿǿƥḗḗřȧȧŧǿǿř řḗḗĵḗḗƈŧḗḗḓ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ, şǿǿ īŧ ẇȧȧş ƞǿǿŧ ḓḗḗŀīṽḗḗřḗḗḓ.]",
  "sms.dlr.unknownCode": "[Ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř şḗḗƞŧ ƀȧȧƈķ ȧȧ ḓḗḗŀīṽḗḗřẏ şŧȧȧŧŭŭş ẇḗḗ ḓǿǿ ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗ. Ƈħḗḗƈķ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ’ş şŧȧȧŧŭŭş ȧȧɠȧȧīƞ ŀȧȧŧḗḗř.]",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.dlr.delivered": [{"type":0,"value":"["},{"type":0,"value":"Ḓḗḗŀīṽḗḗřḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ řḗḗȧȧƈħḗḗḓ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ƥħǿǿƞḗḗ."},{"type":0,"value":"]"}],
  "sms.dlr.pending": [{"type":0,"value":"["},{"type":0,"value":"Şḗḗƞŧ, ẇȧȧīŧīƞɠ ƒǿǿř ƈǿǿƞƒīřḿȧȧŧīǿǿƞ ŧħȧȧŧ īŧ ẇȧȧş ḓḗḗŀīṽḗḗřḗḗḓ."},{"type":0,"value":"]"}],
  "sms.dlr.undeliverable": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř ƈǿǿŭŭŀḓ ƞǿǿŧ ḓḗḗŀīṽḗḗř ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ŧǿǿ ŧħīş ƞŭŭḿƀḗḗř."},{"type":0,"value":"]"}],
  "sms.dlr.accepted": [{"type":0,"value":"["},{"type":0,"value":"Ȧƈƈḗḗƥŧḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ īş ȧȧƀǿǿŭŭŧ ŧǿǿ ƀḗḗ şḗḗƞŧ."},{"type":0,"value":"]"}],
  "sms.dlr.unknownError": [{"type":0,"value":"["},{"type":0,"value":"Ḓḗḗŀīṽḗḗřẏ ƒȧȧīŀḗḗḓ ƒǿǿř ȧȧƞ ŭŭƞķƞǿǿẇƞ řḗḗȧȧşǿǿƞ."},{"type":0,"value":"]"}],
  "sms.dlr.enRoute": [{"type":0,"value":"["},{"type":0,"value":"Ǿƞ īŧş ẇȧȧẏ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ."},{"type":0,"value":"]"}],
  "sms.dlr.expired": [{"type":0,"value":"["},{"type":0,"value":"Ḗẋƥīřḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ḓḗḗŀīṽḗḗřḗḗḓ ẇīŧħīƞ īŧş ṽȧȧŀīḓīŧẏ ƥḗḗřīǿǿḓ, ŭŭşŭŭȧȧŀŀẏ "},{"type":2,"value":"validityHours","style":null},{"type":0,"value":" ħǿǿŭŭřş."},{"type":0,"value":"]"}],
  "sms.dlr.rejected": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ǿǿƥḗḗřȧȧŧǿǿř řḗḗĵḗḗƈŧḗḗḓ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ, şǿǿ īŧ ẇȧȧş ƞǿǿŧ ḓḗḗŀīṽḗḗřḗḗḓ."},{"type":0,"value":"]"}],
  "sms.dlr.unknownCode": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř şḗḗƞŧ ƀȧȧƈķ ȧȧ ḓḗḗŀīṽḗḗřẏ şŧȧȧŧŭŭş ẇḗḗ ḓǿǿ ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗ. Ƈħḗḗƈķ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ’ş şŧȧȧŧŭŭş ȧȧɠȧȧīƞ ŀȧȧŧḗḗř."},{"type":0,"value":"]"}],
});

/** The same messages in i18next's own format, keyed below "sms.dlr". */
export const i18next = /* @__PURE__ */ deepFreeze({
  delivered: "[Ḓḗḗŀīṽḗḗřḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ řḗḗȧȧƈħḗḗḓ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ƥħǿǿƞḗḗ.]",
  pending: "[Şḗḗƞŧ, ẇȧȧīŧīƞɠ ƒǿǿř ƈǿǿƞƒīřḿȧȧŧīǿǿƞ ŧħȧȧŧ īŧ ẇȧȧş ḓḗḗŀīṽḗḗřḗḗḓ.]",
  undeliverable: "[Ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř ƈǿǿŭŭŀḓ ƞǿǿŧ ḓḗḗŀīṽḗḗř ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ŧǿǿ ŧħīş ƞŭŭḿƀḗḗř.]",
  accepted: "[Ȧƈƈḗḗƥŧḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ īş ȧȧƀǿǿŭŭŧ ŧǿǿ ƀḗḗ şḗḗƞŧ.]",
  unknownError: "[Ḓḗḗŀīṽḗḗřẏ ƒȧȧīŀḗḗḓ ƒǿǿř ȧȧƞ ŭŭƞķƞǿǿẇƞ řḗḗȧȧşǿǿƞ.]",
  enRoute: "[Ǿƞ īŧş ẇȧȧẏ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ.]",
  expired: "[Ḗẋƥīřḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ḓḗḗŀīṽḗḗřḗḗḓ ẇīŧħīƞ īŧş ṽȧȧŀīḓīŧẏ ƥḗḗřīǿǿḓ, ŭŭşŭŭȧȧŀŀẏ {{validityHours, number}} ħǿǿŭŭřş.]",
  rejected: "[Ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ǿǿƥḗḗřȧȧŧǿǿř řḗḗĵḗḗƈŧḗḗḓ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ, şǿǿ īŧ ẇȧȧş ƞǿǿŧ ḓḗḗŀīṽḗḗřḗḗḓ.]",
  unknownCode: "[Ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř şḗḗƞŧ ƀȧȧƈķ ȧȧ ḓḗḗŀīṽḗḗřẏ şŧȧȧŧŭŭş ẇḗḗ ḓǿǿ ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗ. Ƈħḗḗƈķ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ’ş şŧȧȧŧŭŭş ȧȧɠȧȧīƞ ŀȧȧŧḗḗř.]",
});
