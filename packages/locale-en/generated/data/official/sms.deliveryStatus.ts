// GENERATED — do not edit. Built by tools/i18n from locales/en: official texts of sms.deliveryStatus.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.deliveryStatus"> | FieldKeyOf<"sms.deliveryStatus"> | "sms.deliveryStatus.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.deliveryStatus.delivered": "The SMS has been delivered",
  "sms.deliveryStatus.notDelivered": "The SMS has not been delivered",
  "sms.deliveryStatus.waiting": "The SMS has been sent, awaiting at the operator",
  "sms.deliveryStatus.notSent": "The SMS was not sent, a problem occurred, please contact customer service",
  "sms.deliveryStatus.unknownCode": "SMSPartner returned code {code}, which its documentation does not list under \"Status List\".",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.deliveryStatus.delivered": [{"type":0,"value":"The SMS has been delivered"}],
  "sms.deliveryStatus.notDelivered": [{"type":0,"value":"The SMS has not been delivered"}],
  "sms.deliveryStatus.waiting": [{"type":0,"value":"The SMS has been sent, awaiting at the operator"}],
  "sms.deliveryStatus.notSent": [{"type":0,"value":"The SMS was not sent, a problem occurred, please contact customer service"}],
  "sms.deliveryStatus.unknownCode": [{"type":0,"value":"SMSPartner returned code "},{"type":1,"value":"code"},{"type":0,"value":", which its documentation does not list under \"Status List\"."}],
});

/** The same messages in i18next's own format, keyed below "sms.deliveryStatus". */
export const i18next = /* @__PURE__ */ deepFreeze({
  delivered: "The SMS has been delivered",
  notDelivered: "The SMS has not been delivered",
  waiting: "The SMS has been sent, awaiting at the operator",
  notSent: "The SMS was not sent, a problem occurred, please contact customer service",
  unknownCode: "SMSPartner returned code {{code}}, which its documentation does not list under \"Status List\".",
});
