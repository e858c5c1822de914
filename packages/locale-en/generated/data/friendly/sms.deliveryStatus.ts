// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of sms.deliveryStatus.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.deliveryStatus"> | FieldKeyOf<"sms.deliveryStatus"> | "sms.deliveryStatus.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.deliveryStatus.delivered": "The message was delivered to the recipient.",
  "sms.deliveryStatus.notDelivered": "The message could not be delivered to the recipient.",
  "sms.deliveryStatus.waiting": "Sent, waiting for confirmation from the recipient’s operator.",
  "sms.deliveryStatus.notSent": "The message was not sent because a problem occurred. Please contact support.",
  "sms.deliveryStatus.unknownCode": "The status of this message is not recognized. Check again later, or contact support if it does not change.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.deliveryStatus.delivered": [{"type":0,"value":"The message was delivered to the recipient."}],
  "sms.deliveryStatus.notDelivered": [{"type":0,"value":"The message could not be delivered to the recipient."}],
  "sms.deliveryStatus.waiting": [{"type":0,"value":"Sent, waiting for confirmation from the recipient’s operator."}],
  "sms.deliveryStatus.notSent": [{"type":0,"value":"The message was not sent because a problem occurred. Please contact support."}],
  "sms.deliveryStatus.unknownCode": [{"type":0,"value":"The status of this message is not recognized. Check again later, or contact support if it does not change."}],
});

/** The same messages in i18next's own format, keyed below "sms.deliveryStatus". */
export const i18next = /* @__PURE__ */ deepFreeze({
  delivered: "The message was delivered to the recipient.",
  notDelivered: "The message could not be delivered to the recipient.",
  waiting: "Sent, waiting for confirmation from the recipient’s operator.",
  notSent: "The message was not sent because a problem occurred. Please contact support.",
  unknownCode: "The status of this message is not recognized. Check again later, or contact support if it does not change.",
});
