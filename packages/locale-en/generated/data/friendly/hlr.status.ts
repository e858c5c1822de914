// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of hlr.status.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { FieldKeyOf, KeyOf, SectionTexts } from '@smspartner-i18n/core';
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

/** The same texts by code (as `lookup` normalises it), with argument defaults and code aliases: what `pack` holds. */
export const codes: SectionTexts = /* @__PURE__ */ deepFreeze({
  codes: {
    "2": "Accepted by the mobile operator, which has not confirmed delivery to the phone.",
    "3": "Sent to the operator, waiting for the delivery confirmation.",
    "4": "Not delivered: the operator refused the message.",
    "5": "Delivered to the recipient’s phone.",
    "6": "Rejected: this mobile network is not covered by our service.",
    "7": "On its way: handed over to the mobile operator.",
    "8": "Rejected: the number’s prefix or length was not recognized. Check the number and its country code.",
    "9": "Not delivered: the operator could not get the message to the phone.",
    "10": "Rejected: the recipient has opted out of business messages on this number.",
    "11": "Rejected: this sender is not registered on the account. Ask your account administrator to register it.",
    "15": "Expired: the message was not delivered before the end of its validity period.",
    "21": "Rejected because of a technical problem. Try sending it again later.",
    "26": "Accepted and ready to be passed to the operator.",
    "29": "Expired: the operator’s delivery report could not be read, so delivery is not confirmed.",
    "52": "Rejected: this number does not match any mobile operator. Check the number.",
  },
  unknownCode: "The delivery status of this message is not recognized. Contact support if this persists.",
  aliases: {
    "PENDING_WAITING_DELIVERY": 3,
    "PENDING_ENROUTE": 7,
    "PENDING_ACCEPTED": 26,
    "UNDELIVERABLE_REJECTED_OPERATOR": 4,
    "UNDELIVERABLE_NOT_DELIVERED": 9,
    "DELIVERED_TO_OPERATOR": 2,
    "DELIVERED_TO_HANDSET": 5,
    "EXPIRED_EXPIRED": 15,
    "EXPIRED_DLR_UNKNOWN": 29,
    "REJECTED_NETWORK": 6,
    "REJECTED_PREFIX_MISSING": 8,
    "REJECTED_DND": 10,
    "REJECTED_SOURCE": 11,
    "REJECTED_SYSTEM_ERROR": 21,
    "REJECTED_DESTINATION": 52,
  },
});
