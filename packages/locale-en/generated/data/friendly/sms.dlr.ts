// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly texts of sms.dlr.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.dlr"> | FieldKeyOf<"sms.dlr"> | "sms.dlr.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.dlr.delivered": "Delivered: the message reached the recipient’s phone.",
  "sms.dlr.pending": "Sent, waiting for confirmation that it was delivered.",
  "sms.dlr.undeliverable": "The operator could not deliver the message to this number.",
  "sms.dlr.accepted": "Accepted: the message is about to be sent.",
  "sms.dlr.unknownError": "Delivery failed for an unknown reason.",
  "sms.dlr.enRoute": "On its way to the recipient.",
  "sms.dlr.expired": "Expired: the message could not be delivered within its validity period, usually {validityHours, number} hours.",
  "sms.dlr.rejected": "The recipient’s operator rejected the message, so it was not delivered.",
  "sms.dlr.unknownCode": "The operator sent back a delivery status we do not recognize. Check the message’s status again later.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.dlr.delivered": [{"type":0,"value":"Delivered: the message reached the recipient’s phone."}],
  "sms.dlr.pending": [{"type":0,"value":"Sent, waiting for confirmation that it was delivered."}],
  "sms.dlr.undeliverable": [{"type":0,"value":"The operator could not deliver the message to this number."}],
  "sms.dlr.accepted": [{"type":0,"value":"Accepted: the message is about to be sent."}],
  "sms.dlr.unknownError": [{"type":0,"value":"Delivery failed for an unknown reason."}],
  "sms.dlr.enRoute": [{"type":0,"value":"On its way to the recipient."}],
  "sms.dlr.expired": [{"type":0,"value":"Expired: the message could not be delivered within its validity period, usually "},{"type":2,"value":"validityHours","style":null},{"type":0,"value":" hours."}],
  "sms.dlr.rejected": [{"type":0,"value":"The recipient’s operator rejected the message, so it was not delivered."}],
  "sms.dlr.unknownCode": [{"type":0,"value":"The operator sent back a delivery status we do not recognize. Check the message’s status again later."}],
});

/** The same messages in i18next's own format, keyed below "sms.dlr". */
export const i18next = /* @__PURE__ */ deepFreeze({
  delivered: "Delivered: the message reached the recipient’s phone.",
  pending: "Sent, waiting for confirmation that it was delivered.",
  undeliverable: "The operator could not deliver the message to this number.",
  accepted: "Accepted: the message is about to be sent.",
  unknownError: "Delivery failed for an unknown reason.",
  enRoute: "On its way to the recipient.",
  expired: "Expired: the message could not be delivered within its validity period, usually {{validityHours, number}} hours.",
  rejected: "The recipient’s operator rejected the message, so it was not delivered.",
  unknownCode: "The operator sent back a delivery status we do not recognize. Check the message’s status again later.",
});
