// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of sms.dlr.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.dlr"> | FieldKeyOf<"sms.dlr"> | "sms.dlr.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.dlr.delivered": "The message has been processed and delivered successfully.",
  "sms.dlr.pending": "The message has been processed and sent to the next instance. The delivery report has not yet been received and is awaited, the status is still pending.",
  "sms.dlr.undeliverable": "The message has been sent to the operator, but could not be delivered, as a receipt with the status \"UNDELIV\" was canceled by the operator.",
  "sms.dlr.accepted": "The SMS has been accepted and will be sent.",
  "sms.dlr.unknownError": "An unknown error occurred.",
  "sms.dlr.enRoute": "The message is en route.",
  "sms.dlr.expired": "The message has been sent and has expired due to exceeding its validity period (our default platform is 48 hours), or the operator returned EXPIRED as the final status.",
  "sms.dlr.rejected": "The message has been sent, but it was rejected by the operator and returned REJECTD as the final status.",
  "sms.dlr.unknownCode": "SMSPartner returned code {code}, which its documentation does not list under \"Status Error Codes\".",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.dlr.delivered": [{"type":0,"value":"The message has been processed and delivered successfully."}],
  "sms.dlr.pending": [{"type":0,"value":"The message has been processed and sent to the next instance. The delivery report has not yet been received and is awaited, the status is still pending."}],
  "sms.dlr.undeliverable": [{"type":0,"value":"The message has been sent to the operator, but could not be delivered, as a receipt with the status \"UNDELIV\" was canceled by the operator."}],
  "sms.dlr.accepted": [{"type":0,"value":"The SMS has been accepted and will be sent."}],
  "sms.dlr.unknownError": [{"type":0,"value":"An unknown error occurred."}],
  "sms.dlr.enRoute": [{"type":0,"value":"The message is en route."}],
  "sms.dlr.expired": [{"type":0,"value":"The message has been sent and has expired due to exceeding its validity period (our default platform is 48 hours), or the operator returned EXPIRED as the final status."}],
  "sms.dlr.rejected": [{"type":0,"value":"The message has been sent, but it was rejected by the operator and returned REJECTD as the final status."}],
  "sms.dlr.unknownCode": [{"type":0,"value":"SMSPartner returned code "},{"type":1,"value":"code"},{"type":0,"value":", which its documentation does not list under \"Status Error Codes\"."}],
});

/** The same messages in i18next's own format, keyed below "sms.dlr". */
export const i18next = /* @__PURE__ */ deepFreeze({
  delivered: "The message has been processed and delivered successfully.",
  pending: "The message has been processed and sent to the next instance. The delivery report has not yet been received and is awaited, the status is still pending.",
  undeliverable: "The message has been sent to the operator, but could not be delivered, as a receipt with the status \"UNDELIV\" was canceled by the operator.",
  accepted: "The SMS has been accepted and will be sent.",
  unknownError: "An unknown error occurred.",
  enRoute: "The message is en route.",
  expired: "The message has been sent and has expired due to exceeding its validity period (our default platform is 48 hours), or the operator returned EXPIRED as the final status.",
  rejected: "The message has been sent, but it was rejected by the operator and returned REJECTD as the final status.",
  unknownCode: "SMSPartner returned code {{code}}, which its documentation does not list under \"Status Error Codes\".",
});
