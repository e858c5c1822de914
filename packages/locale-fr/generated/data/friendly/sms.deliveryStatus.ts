// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of sms.deliveryStatus.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.deliveryStatus"> | FieldKeyOf<"sms.deliveryStatus"> | "sms.deliveryStatus.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.deliveryStatus.delivered": "Le message a bien été remis au destinataire.",
  "sms.deliveryStatus.notDelivered": "Le message n’a pas pu être remis au destinataire.",
  "sms.deliveryStatus.waiting": "Envoyé, en attente de confirmation de l’opérateur du destinataire.",
  "sms.deliveryStatus.notSent": "Le message n’a pas été envoyé en raison d’un problème. Contactez le support.",
  "sms.deliveryStatus.unknownCode": "Le statut de ce message n’est pas reconnu. Consultez-le plus tard ou contactez le support s’il ne change pas.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.deliveryStatus.delivered": [{"type":0,"value":"Le message a bien été remis au destinataire."}],
  "sms.deliveryStatus.notDelivered": [{"type":0,"value":"Le message n’a pas pu être remis au destinataire."}],
  "sms.deliveryStatus.waiting": [{"type":0,"value":"Envoyé, en attente de confirmation de l’opérateur du destinataire."}],
  "sms.deliveryStatus.notSent": [{"type":0,"value":"Le message n’a pas été envoyé en raison d’un problème. Contactez le support."}],
  "sms.deliveryStatus.unknownCode": [{"type":0,"value":"Le statut de ce message n’est pas reconnu. Consultez-le plus tard ou contactez le support s’il ne change pas."}],
});

/** The same messages in i18next's own format, keyed below "sms.deliveryStatus". */
export const i18next = /* @__PURE__ */ deepFreeze({
  delivered: "Le message a bien été remis au destinataire.",
  notDelivered: "Le message n’a pas pu être remis au destinataire.",
  waiting: "Envoyé, en attente de confirmation de l’opérateur du destinataire.",
  notSent: "Le message n’a pas été envoyé en raison d’un problème. Contactez le support.",
  unknownCode: "Le statut de ce message n’est pas reconnu. Consultez-le plus tard ou contactez le support s’il ne change pas.",
});
