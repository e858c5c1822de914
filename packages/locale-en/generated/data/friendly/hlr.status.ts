// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of hlr.status.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"hlr.status"> | FieldKeyOf<"hlr.status"> | "hlr.status.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "hlr.status.pendingWaitingDelivery": "Sent to the operator, waiting for the delivery confirmation.",
  "hlr.status.pendingEnRoute": "On its way: handed over to the mobile operator.",
  "hlr.status.pendingAccepted": "Accepted and ready to be passed to the operator.",
  "hlr.status.undeliverableRejectedByOperator": "Not delivered: the operator refused the message.",
  "hlr.status.undeliverableNotDelivered": "Not delivered: the operator could not get the message to the phone.",
  "hlr.status.deliveredToOperator": "Accepted by the mobile operator, which has not confirmed delivery to the phone.",
  "hlr.status.deliveredToHandset": "Delivered to the recipient’s phone.",
  "hlr.status.expired": "Expired: the message was not delivered before the end of its validity period.",
  "hlr.status.expiredReportUnknown": "Expired: the operator’s delivery report could not be read, so delivery is not confirmed.",
  "hlr.status.rejectedNetwork": "Rejected: this mobile network is not covered by our service.",
  "hlr.status.rejectedPrefixMissing": "Rejected: the number’s prefix or length was not recognized. Check the number and its country code.",
  "hlr.status.rejectedDoNotDisturb": "Rejected: the recipient has opted out of business messages on this number.",
  "hlr.status.rejectedSource": "Rejected: this sender is not registered on the account. Ask your account administrator to register it.",
  "hlr.status.rejectedSystemError": "Rejected because of a technical problem. Try sending it again later.",
  "hlr.status.rejectedDestination": "Rejected: this number does not match any mobile operator. Check the number.",
  "hlr.status.unknownCode": "The delivery status of this message is not recognized. Contact support if this persists.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "hlr.status.pendingWaitingDelivery": [{"type":0,"value":"Sent to the operator, waiting for the delivery confirmation."}],
  "hlr.status.pendingEnRoute": [{"type":0,"value":"On its way: handed over to the mobile operator."}],
  "hlr.status.pendingAccepted": [{"type":0,"value":"Accepted and ready to be passed to the operator."}],
  "hlr.status.undeliverableRejectedByOperator": [{"type":0,"value":"Not delivered: the operator refused the message."}],
  "hlr.status.undeliverableNotDelivered": [{"type":0,"value":"Not delivered: the operator could not get the message to the phone."}],
  "hlr.status.deliveredToOperator": [{"type":0,"value":"Accepted by the mobile operator, which has not confirmed delivery to the phone."}],
  "hlr.status.deliveredToHandset": [{"type":0,"value":"Delivered to the recipient’s phone."}],
  "hlr.status.expired": [{"type":0,"value":"Expired: the message was not delivered before the end of its validity period."}],
  "hlr.status.expiredReportUnknown": [{"type":0,"value":"Expired: the operator’s delivery report could not be read, so delivery is not confirmed."}],
  "hlr.status.rejectedNetwork": [{"type":0,"value":"Rejected: this mobile network is not covered by our service."}],
  "hlr.status.rejectedPrefixMissing": [{"type":0,"value":"Rejected: the number’s prefix or length was not recognized. Check the number and its country code."}],
  "hlr.status.rejectedDoNotDisturb": [{"type":0,"value":"Rejected: the recipient has opted out of business messages on this number."}],
  "hlr.status.rejectedSource": [{"type":0,"value":"Rejected: this sender is not registered on the account. Ask your account administrator to register it."}],
  "hlr.status.rejectedSystemError": [{"type":0,"value":"Rejected because of a technical problem. Try sending it again later."}],
  "hlr.status.rejectedDestination": [{"type":0,"value":"Rejected: this number does not match any mobile operator. Check the number."}],
  "hlr.status.unknownCode": [{"type":0,"value":"The delivery status of this message is not recognized. Contact support if this persists."}],
});

/** The same messages in i18next's own format, keyed below "hlr.status". */
export const i18next = /* @__PURE__ */ deepFreeze({
  pendingWaitingDelivery: "Sent to the operator, waiting for the delivery confirmation.",
  pendingEnRoute: "On its way: handed over to the mobile operator.",
  pendingAccepted: "Accepted and ready to be passed to the operator.",
  undeliverableRejectedByOperator: "Not delivered: the operator refused the message.",
  undeliverableNotDelivered: "Not delivered: the operator could not get the message to the phone.",
  deliveredToOperator: "Accepted by the mobile operator, which has not confirmed delivery to the phone.",
  deliveredToHandset: "Delivered to the recipient’s phone.",
  expired: "Expired: the message was not delivered before the end of its validity period.",
  expiredReportUnknown: "Expired: the operator’s delivery report could not be read, so delivery is not confirmed.",
  rejectedNetwork: "Rejected: this mobile network is not covered by our service.",
  rejectedPrefixMissing: "Rejected: the number’s prefix or length was not recognized. Check the number and its country code.",
  rejectedDoNotDisturb: "Rejected: the recipient has opted out of business messages on this number.",
  rejectedSource: "Rejected: this sender is not registered on the account. Ask your account administrator to register it.",
  rejectedSystemError: "Rejected because of a technical problem. Try sending it again later.",
  rejectedDestination: "Rejected: this number does not match any mobile operator. Check the number.",
  unknownCode: "The delivery status of this message is not recognized. Contact support if this persists.",
});
