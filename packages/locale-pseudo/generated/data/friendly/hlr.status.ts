// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: friendly texts of hlr.status.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"hlr.status"> | FieldKeyOf<"hlr.status"> | "hlr.status.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "hlr.status.pendingWaitingDelivery": "[Şḗḗƞŧ ŧǿǿ ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř, ẇȧȧīŧīƞɠ ƒǿǿř ŧħḗḗ ḓḗḗŀīṽḗḗřẏ ƈǿǿƞƒīřḿȧȧŧīǿǿƞ.]",
  "hlr.status.pendingEnRoute": "[Ǿƞ īŧş ẇȧȧẏ: ħȧȧƞḓḗḗḓ ǿǿṽḗḗř ŧǿǿ ŧħḗḗ ḿǿǿƀīŀḗḗ ǿǿƥḗḗřȧȧŧǿǿř.]",
  "hlr.status.pendingAccepted": "[Ȧƈƈḗḗƥŧḗḗḓ ȧȧƞḓ řḗḗȧȧḓẏ ŧǿǿ ƀḗḗ ƥȧȧşşḗḗḓ ŧǿǿ ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř.]",
  "hlr.status.undeliverableRejectedByOperator": "[Ƞǿǿŧ ḓḗḗŀīṽḗḗřḗḗḓ: ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř řḗḗƒŭŭşḗḗḓ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ.]",
  "hlr.status.undeliverableNotDelivered": "[Ƞǿǿŧ ḓḗḗŀīṽḗḗřḗḗḓ: ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř ƈǿǿŭŭŀḓ ƞǿǿŧ ɠḗḗŧ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ŧǿǿ ŧħḗḗ ƥħǿǿƞḗḗ.]",
  "hlr.status.deliveredToOperator": "[Ȧƈƈḗḗƥŧḗḗḓ ƀẏ ŧħḗḗ ḿǿǿƀīŀḗḗ ǿǿƥḗḗřȧȧŧǿǿř, ẇħīƈħ ħȧȧş ƞǿǿŧ ƈǿǿƞƒīřḿḗḗḓ ḓḗḗŀīṽḗḗřẏ ŧǿǿ ŧħḗḗ ƥħǿǿƞḗḗ.]",
  "hlr.status.deliveredToHandset": "[Ḓḗḗŀīṽḗḗřḗḗḓ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ƥħǿǿƞḗḗ.]",
  "hlr.status.expired": "[Ḗẋƥīřḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ẇȧȧş ƞǿǿŧ ḓḗḗŀīṽḗḗřḗḗḓ ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗƞḓ ǿǿƒ īŧş ṽȧȧŀīḓīŧẏ ƥḗḗřīǿǿḓ.]",
  "hlr.status.expiredReportUnknown": "[Ḗẋƥīřḗḗḓ: ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř’ş ḓḗḗŀīṽḗḗřẏ řḗḗƥǿǿřŧ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ řḗḗȧȧḓ, şǿǿ ḓḗḗŀīṽḗḗřẏ īş ƞǿǿŧ ƈǿǿƞƒīřḿḗḗḓ.]",
  "hlr.status.rejectedNetwork": "[Řḗḗĵḗḗƈŧḗḗḓ: ŧħīş ḿǿǿƀīŀḗḗ ƞḗḗŧẇǿǿřķ īş ƞǿǿŧ ƈǿǿṽḗḗřḗḗḓ ƀẏ ǿǿŭŭř şḗḗřṽīƈḗḗ.]",
  "hlr.status.rejectedPrefixMissing": "[Řḗḗĵḗḗƈŧḗḗḓ: ŧħḗḗ ƞŭŭḿƀḗḗř’ş ƥřḗḗƒīẋ ǿǿř ŀḗḗƞɠŧħ ẇȧȧş ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗḓ. Ƈħḗḗƈķ ŧħḗḗ ƞŭŭḿƀḗḗř ȧȧƞḓ īŧş ƈǿǿŭŭƞŧřẏ ƈǿǿḓḗḗ.]",
  "hlr.status.rejectedDoNotDisturb": "[Řḗḗĵḗḗƈŧḗḗḓ: ŧħḗḗ řḗḗƈīƥīḗḗƞŧ ħȧȧş ǿǿƥŧḗḗḓ ǿǿŭŭŧ ǿǿƒ ƀŭŭşīƞḗḗşş ḿḗḗşşȧȧɠḗḗş ǿǿƞ ŧħīş ƞŭŭḿƀḗḗř.]",
  "hlr.status.rejectedSource": "[Řḗḗĵḗḗƈŧḗḗḓ: ŧħīş şḗḗƞḓḗḗř īş ƞǿǿŧ řḗḗɠīşŧḗḗřḗḗḓ ǿǿƞ ŧħḗḗ ȧȧƈƈǿǿŭŭƞŧ. Ȧşķ ẏǿǿŭŭř ȧȧƈƈǿǿŭŭƞŧ ȧȧḓḿīƞīşŧřȧȧŧǿǿř ŧǿǿ řḗḗɠīşŧḗḗř īŧ.]",
  "hlr.status.rejectedSystemError": "[Řḗḗĵḗḗƈŧḗḗḓ ƀḗḗƈȧȧŭŭşḗḗ ǿǿƒ ȧȧ ŧḗḗƈħƞīƈȧȧŀ ƥřǿǿƀŀḗḗḿ. Ŧřẏ şḗḗƞḓīƞɠ īŧ ȧȧɠȧȧīƞ ŀȧȧŧḗḗř.]",
  "hlr.status.rejectedDestination": "[Řḗḗĵḗḗƈŧḗḗḓ: ŧħīş ƞŭŭḿƀḗḗř ḓǿǿḗḗş ƞǿǿŧ ḿȧȧŧƈħ ȧȧƞẏ ḿǿǿƀīŀḗḗ ǿǿƥḗḗřȧȧŧǿǿř. Ƈħḗḗƈķ ŧħḗḗ ƞŭŭḿƀḗḗř.]",
  "hlr.status.unknownCode": "[Ŧħḗḗ ḓḗḗŀīṽḗḗřẏ şŧȧȧŧŭŭş ǿǿƒ ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗḓ. Ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ īƒ ŧħīş ƥḗḗřşīşŧş.]",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "hlr.status.pendingWaitingDelivery": [{"type":0,"value":"["},{"type":0,"value":"Şḗḗƞŧ ŧǿǿ ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř, ẇȧȧīŧīƞɠ ƒǿǿř ŧħḗḗ ḓḗḗŀīṽḗḗřẏ ƈǿǿƞƒīřḿȧȧŧīǿǿƞ."},{"type":0,"value":"]"}],
  "hlr.status.pendingEnRoute": [{"type":0,"value":"["},{"type":0,"value":"Ǿƞ īŧş ẇȧȧẏ: ħȧȧƞḓḗḗḓ ǿǿṽḗḗř ŧǿǿ ŧħḗḗ ḿǿǿƀīŀḗḗ ǿǿƥḗḗřȧȧŧǿǿř."},{"type":0,"value":"]"}],
  "hlr.status.pendingAccepted": [{"type":0,"value":"["},{"type":0,"value":"Ȧƈƈḗḗƥŧḗḗḓ ȧȧƞḓ řḗḗȧȧḓẏ ŧǿǿ ƀḗḗ ƥȧȧşşḗḗḓ ŧǿǿ ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř."},{"type":0,"value":"]"}],
  "hlr.status.undeliverableRejectedByOperator": [{"type":0,"value":"["},{"type":0,"value":"Ƞǿǿŧ ḓḗḗŀīṽḗḗřḗḗḓ: ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř řḗḗƒŭŭşḗḗḓ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ."},{"type":0,"value":"]"}],
  "hlr.status.undeliverableNotDelivered": [{"type":0,"value":"["},{"type":0,"value":"Ƞǿǿŧ ḓḗḗŀīṽḗḗřḗḗḓ: ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř ƈǿǿŭŭŀḓ ƞǿǿŧ ɠḗḗŧ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ŧǿǿ ŧħḗḗ ƥħǿǿƞḗḗ."},{"type":0,"value":"]"}],
  "hlr.status.deliveredToOperator": [{"type":0,"value":"["},{"type":0,"value":"Ȧƈƈḗḗƥŧḗḗḓ ƀẏ ŧħḗḗ ḿǿǿƀīŀḗḗ ǿǿƥḗḗřȧȧŧǿǿř, ẇħīƈħ ħȧȧş ƞǿǿŧ ƈǿǿƞƒīřḿḗḗḓ ḓḗḗŀīṽḗḗřẏ ŧǿǿ ŧħḗḗ ƥħǿǿƞḗḗ."},{"type":0,"value":"]"}],
  "hlr.status.deliveredToHandset": [{"type":0,"value":"["},{"type":0,"value":"Ḓḗḗŀīṽḗḗřḗḗḓ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ƥħǿǿƞḗḗ."},{"type":0,"value":"]"}],
  "hlr.status.expired": [{"type":0,"value":"["},{"type":0,"value":"Ḗẋƥīřḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ẇȧȧş ƞǿǿŧ ḓḗḗŀīṽḗḗřḗḗḓ ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗƞḓ ǿǿƒ īŧş ṽȧȧŀīḓīŧẏ ƥḗḗřīǿǿḓ."},{"type":0,"value":"]"}],
  "hlr.status.expiredReportUnknown": [{"type":0,"value":"["},{"type":0,"value":"Ḗẋƥīřḗḗḓ: ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř’ş ḓḗḗŀīṽḗḗřẏ řḗḗƥǿǿřŧ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ řḗḗȧȧḓ, şǿǿ ḓḗḗŀīṽḗḗřẏ īş ƞǿǿŧ ƈǿǿƞƒīřḿḗḗḓ."},{"type":0,"value":"]"}],
  "hlr.status.rejectedNetwork": [{"type":0,"value":"["},{"type":0,"value":"Řḗḗĵḗḗƈŧḗḗḓ: ŧħīş ḿǿǿƀīŀḗḗ ƞḗḗŧẇǿǿřķ īş ƞǿǿŧ ƈǿǿṽḗḗřḗḗḓ ƀẏ ǿǿŭŭř şḗḗřṽīƈḗḗ."},{"type":0,"value":"]"}],
  "hlr.status.rejectedPrefixMissing": [{"type":0,"value":"["},{"type":0,"value":"Řḗḗĵḗḗƈŧḗḗḓ: ŧħḗḗ ƞŭŭḿƀḗḗř’ş ƥřḗḗƒīẋ ǿǿř ŀḗḗƞɠŧħ ẇȧȧş ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗḓ. Ƈħḗḗƈķ ŧħḗḗ ƞŭŭḿƀḗḗř ȧȧƞḓ īŧş ƈǿǿŭŭƞŧřẏ ƈǿǿḓḗḗ."},{"type":0,"value":"]"}],
  "hlr.status.rejectedDoNotDisturb": [{"type":0,"value":"["},{"type":0,"value":"Řḗḗĵḗḗƈŧḗḗḓ: ŧħḗḗ řḗḗƈīƥīḗḗƞŧ ħȧȧş ǿǿƥŧḗḗḓ ǿǿŭŭŧ ǿǿƒ ƀŭŭşīƞḗḗşş ḿḗḗşşȧȧɠḗḗş ǿǿƞ ŧħīş ƞŭŭḿƀḗḗř."},{"type":0,"value":"]"}],
  "hlr.status.rejectedSource": [{"type":0,"value":"["},{"type":0,"value":"Řḗḗĵḗḗƈŧḗḗḓ: ŧħīş şḗḗƞḓḗḗř īş ƞǿǿŧ řḗḗɠīşŧḗḗřḗḗḓ ǿǿƞ ŧħḗḗ ȧȧƈƈǿǿŭŭƞŧ. Ȧşķ ẏǿǿŭŭř ȧȧƈƈǿǿŭŭƞŧ ȧȧḓḿīƞīşŧřȧȧŧǿǿř ŧǿǿ řḗḗɠīşŧḗḗř īŧ."},{"type":0,"value":"]"}],
  "hlr.status.rejectedSystemError": [{"type":0,"value":"["},{"type":0,"value":"Řḗḗĵḗḗƈŧḗḗḓ ƀḗḗƈȧȧŭŭşḗḗ ǿǿƒ ȧȧ ŧḗḗƈħƞīƈȧȧŀ ƥřǿǿƀŀḗḗḿ. Ŧřẏ şḗḗƞḓīƞɠ īŧ ȧȧɠȧȧīƞ ŀȧȧŧḗḗř."},{"type":0,"value":"]"}],
  "hlr.status.rejectedDestination": [{"type":0,"value":"["},{"type":0,"value":"Řḗḗĵḗḗƈŧḗḗḓ: ŧħīş ƞŭŭḿƀḗḗř ḓǿǿḗḗş ƞǿǿŧ ḿȧȧŧƈħ ȧȧƞẏ ḿǿǿƀīŀḗḗ ǿǿƥḗḗřȧȧŧǿǿř. Ƈħḗḗƈķ ŧħḗḗ ƞŭŭḿƀḗḗř."},{"type":0,"value":"]"}],
  "hlr.status.unknownCode": [{"type":0,"value":"["},{"type":0,"value":"Ŧħḗḗ ḓḗḗŀīṽḗḗřẏ şŧȧȧŧŭŭş ǿǿƒ ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗḓ. Ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ īƒ ŧħīş ƥḗḗřşīşŧş."},{"type":0,"value":"]"}],
});

/** The same messages in i18next's own format, keyed below "hlr.status". */
export const i18next = /* @__PURE__ */ deepFreeze({
  pendingWaitingDelivery: "[Şḗḗƞŧ ŧǿǿ ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř, ẇȧȧīŧīƞɠ ƒǿǿř ŧħḗḗ ḓḗḗŀīṽḗḗřẏ ƈǿǿƞƒīřḿȧȧŧīǿǿƞ.]",
  pendingEnRoute: "[Ǿƞ īŧş ẇȧȧẏ: ħȧȧƞḓḗḗḓ ǿǿṽḗḗř ŧǿǿ ŧħḗḗ ḿǿǿƀīŀḗḗ ǿǿƥḗḗřȧȧŧǿǿř.]",
  pendingAccepted: "[Ȧƈƈḗḗƥŧḗḗḓ ȧȧƞḓ řḗḗȧȧḓẏ ŧǿǿ ƀḗḗ ƥȧȧşşḗḗḓ ŧǿǿ ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř.]",
  undeliverableRejectedByOperator: "[Ƞǿǿŧ ḓḗḗŀīṽḗḗřḗḗḓ: ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř řḗḗƒŭŭşḗḗḓ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ.]",
  undeliverableNotDelivered: "[Ƞǿǿŧ ḓḗḗŀīṽḗḗřḗḗḓ: ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř ƈǿǿŭŭŀḓ ƞǿǿŧ ɠḗḗŧ ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ŧǿǿ ŧħḗḗ ƥħǿǿƞḗḗ.]",
  deliveredToOperator: "[Ȧƈƈḗḗƥŧḗḗḓ ƀẏ ŧħḗḗ ḿǿǿƀīŀḗḗ ǿǿƥḗḗřȧȧŧǿǿř, ẇħīƈħ ħȧȧş ƞǿǿŧ ƈǿǿƞƒīřḿḗḗḓ ḓḗḗŀīṽḗḗřẏ ŧǿǿ ŧħḗḗ ƥħǿǿƞḗḗ.]",
  deliveredToHandset: "[Ḓḗḗŀīṽḗḗřḗḗḓ ŧǿǿ ŧħḗḗ řḗḗƈīƥīḗḗƞŧ’ş ƥħǿǿƞḗḗ.]",
  expired: "[Ḗẋƥīřḗḗḓ: ŧħḗḗ ḿḗḗşşȧȧɠḗḗ ẇȧȧş ƞǿǿŧ ḓḗḗŀīṽḗḗřḗḗḓ ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗƞḓ ǿǿƒ īŧş ṽȧȧŀīḓīŧẏ ƥḗḗřīǿǿḓ.]",
  expiredReportUnknown: "[Ḗẋƥīřḗḗḓ: ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř’ş ḓḗḗŀīṽḗḗřẏ řḗḗƥǿǿřŧ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ řḗḗȧȧḓ, şǿǿ ḓḗḗŀīṽḗḗřẏ īş ƞǿǿŧ ƈǿǿƞƒīřḿḗḗḓ.]",
  rejectedNetwork: "[Řḗḗĵḗḗƈŧḗḗḓ: ŧħīş ḿǿǿƀīŀḗḗ ƞḗḗŧẇǿǿřķ īş ƞǿǿŧ ƈǿǿṽḗḗřḗḗḓ ƀẏ ǿǿŭŭř şḗḗřṽīƈḗḗ.]",
  rejectedPrefixMissing: "[Řḗḗĵḗḗƈŧḗḗḓ: ŧħḗḗ ƞŭŭḿƀḗḗř’ş ƥřḗḗƒīẋ ǿǿř ŀḗḗƞɠŧħ ẇȧȧş ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗḓ. Ƈħḗḗƈķ ŧħḗḗ ƞŭŭḿƀḗḗř ȧȧƞḓ īŧş ƈǿǿŭŭƞŧřẏ ƈǿǿḓḗḗ.]",
  rejectedDoNotDisturb: "[Řḗḗĵḗḗƈŧḗḗḓ: ŧħḗḗ řḗḗƈīƥīḗḗƞŧ ħȧȧş ǿǿƥŧḗḗḓ ǿǿŭŭŧ ǿǿƒ ƀŭŭşīƞḗḗşş ḿḗḗşşȧȧɠḗḗş ǿǿƞ ŧħīş ƞŭŭḿƀḗḗř.]",
  rejectedSource: "[Řḗḗĵḗḗƈŧḗḗḓ: ŧħīş şḗḗƞḓḗḗř īş ƞǿǿŧ řḗḗɠīşŧḗḗřḗḗḓ ǿǿƞ ŧħḗḗ ȧȧƈƈǿǿŭŭƞŧ. Ȧşķ ẏǿǿŭŭř ȧȧƈƈǿǿŭŭƞŧ ȧȧḓḿīƞīşŧřȧȧŧǿǿř ŧǿǿ řḗḗɠīşŧḗḗř īŧ.]",
  rejectedSystemError: "[Řḗḗĵḗḗƈŧḗḗḓ ƀḗḗƈȧȧŭŭşḗḗ ǿǿƒ ȧȧ ŧḗḗƈħƞīƈȧȧŀ ƥřǿǿƀŀḗḗḿ. Ŧřẏ şḗḗƞḓīƞɠ īŧ ȧȧɠȧȧīƞ ŀȧȧŧḗḗř.]",
  rejectedDestination: "[Řḗḗĵḗḗƈŧḗḗḓ: ŧħīş ƞŭŭḿƀḗḗř ḓǿǿḗḗş ƞǿǿŧ ḿȧȧŧƈħ ȧȧƞẏ ḿǿǿƀīŀḗḗ ǿǿƥḗḗřȧȧŧǿǿř. Ƈħḗḗƈķ ŧħḗḗ ƞŭŭḿƀḗḗř.]",
  unknownCode: "[Ŧħḗḗ ḓḗḗŀīṽḗḗřẏ şŧȧȧŧŭŭş ǿǿƒ ŧħīş ḿḗḗşşȧȧɠḗḗ īş ƞǿǿŧ řḗḗƈǿǿɠƞīẑḗḗḓ. Ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ īƒ ŧħīş ƥḗḗřşīşŧş.]",
});
