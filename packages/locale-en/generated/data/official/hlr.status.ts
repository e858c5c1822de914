// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of hlr.status.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"hlr.status"> | FieldKeyOf<"hlr.status"> | "hlr.status.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "hlr.status.pendingWaitingDelivery": "The message has been processed and sent. The delivery report has not yet been received and is awaited, so the status is still pending.",
  "hlr.status.pendingEnRoute": "The message has been processed and sent to the mobile operator.",
  "hlr.status.pendingAccepted": "The message has been accepted and processed, and is ready to be sent to the operator.",
  "hlr.status.undeliverableRejectedByOperator": "A message has been sent to the operator, a delivery report with the status \"REJECTED\" has been returned.",
  "hlr.status.undeliverableNotDelivered": "The message has been sent to the operator, but could not be delivered, a delivery report with the status \"UNDELIVERED\" has been returned by the operator.",
  "hlr.status.deliveredToOperator": "The message has been sent and delivered successfully to the operator.",
  "hlr.status.deliveredToHandset": "The message has been processed and successfully delivered to the recipient.",
  "hlr.status.expired": "The message has been received and sent to the operator. However, it remained pending until the validity period expired or until the operator returned the status EXPIRED.",
  "hlr.status.expiredReportUnknown": "The message has been received and transmitted to the operator for delivery. However, the operator's delivery report has not been formatted correctly or has not been recognized as valid.",
  "hlr.status.rejectedNetwork": "The message has been received, but the network is out of our coverage.",
  "hlr.status.rejectedPrefixMissing": "The message has been received but has been rejected because the number is not recognized due to a prefix or incorrect number length. This information varies for each network and is regularly updated.",
  "hlr.status.rejectedDoNotDisturb": "The message has been received and rejected because the user is subscribed to DND services (Do Not Disturb), which disables any service traffic to their number.",
  "hlr.status.rejectedSource": "Your account is configured to accept only registered sender IDs while the sender ID defined in the request has not been registered on your account.",
  "hlr.status.rejectedSystemError": "The request has been rejected due to a system error, please try resubmitting or contact our technical support team for more details.",
  "hlr.status.rejectedDestination": "The request has been received, but the destination is not valid – the number prefix is incorrect as it does not match a valid prefix of any mobile operator. The number length is also taken into consideration to verify the validity of the number.",
  "hlr.status.unknownCode": "SMSPartner returned code {code}, which its documentation does not list under \"HLR\".",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "hlr.status.pendingWaitingDelivery": [{"type":0,"value":"The message has been processed and sent. The delivery report has not yet been received and is awaited, so the status is still pending."}],
  "hlr.status.pendingEnRoute": [{"type":0,"value":"The message has been processed and sent to the mobile operator."}],
  "hlr.status.pendingAccepted": [{"type":0,"value":"The message has been accepted and processed, and is ready to be sent to the operator."}],
  "hlr.status.undeliverableRejectedByOperator": [{"type":0,"value":"A message has been sent to the operator, a delivery report with the status \"REJECTED\" has been returned."}],
  "hlr.status.undeliverableNotDelivered": [{"type":0,"value":"The message has been sent to the operator, but could not be delivered, a delivery report with the status \"UNDELIVERED\" has been returned by the operator."}],
  "hlr.status.deliveredToOperator": [{"type":0,"value":"The message has been sent and delivered successfully to the operator."}],
  "hlr.status.deliveredToHandset": [{"type":0,"value":"The message has been processed and successfully delivered to the recipient."}],
  "hlr.status.expired": [{"type":0,"value":"The message has been received and sent to the operator. However, it remained pending until the validity period expired or until the operator returned the status EXPIRED."}],
  "hlr.status.expiredReportUnknown": [{"type":0,"value":"The message has been received and transmitted to the operator for delivery. However, the operator's delivery report has not been formatted correctly or has not been recognized as valid."}],
  "hlr.status.rejectedNetwork": [{"type":0,"value":"The message has been received, but the network is out of our coverage."}],
  "hlr.status.rejectedPrefixMissing": [{"type":0,"value":"The message has been received but has been rejected because the number is not recognized due to a prefix or incorrect number length. This information varies for each network and is regularly updated."}],
  "hlr.status.rejectedDoNotDisturb": [{"type":0,"value":"The message has been received and rejected because the user is subscribed to DND services (Do Not Disturb), which disables any service traffic to their number."}],
  "hlr.status.rejectedSource": [{"type":0,"value":"Your account is configured to accept only registered sender IDs while the sender ID defined in the request has not been registered on your account."}],
  "hlr.status.rejectedSystemError": [{"type":0,"value":"The request has been rejected due to a system error, please try resubmitting or contact our technical support team for more details."}],
  "hlr.status.rejectedDestination": [{"type":0,"value":"The request has been received, but the destination is not valid – the number prefix is incorrect as it does not match a valid prefix of any mobile operator. The number length is also taken into consideration to verify the validity of the number."}],
  "hlr.status.unknownCode": [{"type":0,"value":"SMSPartner returned code "},{"type":1,"value":"code"},{"type":0,"value":", which its documentation does not list under \"HLR\"."}],
});

/** The same messages in i18next's own format, keyed below "hlr.status". */
export const i18next = /* @__PURE__ */ deepFreeze({
  pendingWaitingDelivery: "The message has been processed and sent. The delivery report has not yet been received and is awaited, so the status is still pending.",
  pendingEnRoute: "The message has been processed and sent to the mobile operator.",
  pendingAccepted: "The message has been accepted and processed, and is ready to be sent to the operator.",
  undeliverableRejectedByOperator: "A message has been sent to the operator, a delivery report with the status \"REJECTED\" has been returned.",
  undeliverableNotDelivered: "The message has been sent to the operator, but could not be delivered, a delivery report with the status \"UNDELIVERED\" has been returned by the operator.",
  deliveredToOperator: "The message has been sent and delivered successfully to the operator.",
  deliveredToHandset: "The message has been processed and successfully delivered to the recipient.",
  expired: "The message has been received and sent to the operator. However, it remained pending until the validity period expired or until the operator returned the status EXPIRED.",
  expiredReportUnknown: "The message has been received and transmitted to the operator for delivery. However, the operator's delivery report has not been formatted correctly or has not been recognized as valid.",
  rejectedNetwork: "The message has been received, but the network is out of our coverage.",
  rejectedPrefixMissing: "The message has been received but has been rejected because the number is not recognized due to a prefix or incorrect number length. This information varies for each network and is regularly updated.",
  rejectedDoNotDisturb: "The message has been received and rejected because the user is subscribed to DND services (Do Not Disturb), which disables any service traffic to their number.",
  rejectedSource: "Your account is configured to accept only registered sender IDs while the sender ID defined in the request has not been registered on your account.",
  rejectedSystemError: "The request has been rejected due to a system error, please try resubmitting or contact our technical support team for more details.",
  rejectedDestination: "The request has been received, but the destination is not valid – the number prefix is incorrect as it does not match a valid prefix of any mobile operator. The number length is also taken into consideration to verify the validity of the number.",
  unknownCode: "SMSPartner returned code {{code}}, which its documentation does not list under \"HLR\".",
});
