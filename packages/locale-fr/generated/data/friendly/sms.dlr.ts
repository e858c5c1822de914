// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of sms.dlr.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"sms.dlr"> | FieldKeyOf<"sms.dlr"> | "sms.dlr.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "sms.dlr.delivered": "Remis : le message est bien arrivé sur le téléphone du destinataire.",
  "sms.dlr.pending": "Envoyé, en attente de l’accusé de réception.",
  "sms.dlr.undeliverable": "L’opérateur n’a pas pu remettre le message à ce numéro.",
  "sms.dlr.accepted": "Accepté : le message va être envoyé.",
  "sms.dlr.unknownError": "L’acheminement a échoué pour une raison inconnue.",
  "sms.dlr.enRoute": "En cours d’acheminement vers le destinataire.",
  "sms.dlr.expired": "Expiré : le message n’a pas pu être remis dans son délai de validité, en général de {validityHours, number} heures.",
  "sms.dlr.rejected": "L’opérateur du destinataire a refusé le message, qui n’a donc pas été remis.",
  "sms.dlr.unknownCode": "L’opérateur a renvoyé un statut de livraison inconnu. Consultez à nouveau le statut du message plus tard.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "sms.dlr.delivered": [{"type":0,"value":"Remis : le message est bien arrivé sur le téléphone du destinataire."}],
  "sms.dlr.pending": [{"type":0,"value":"Envoyé, en attente de l’accusé de réception."}],
  "sms.dlr.undeliverable": [{"type":0,"value":"L’opérateur n’a pas pu remettre le message à ce numéro."}],
  "sms.dlr.accepted": [{"type":0,"value":"Accepté : le message va être envoyé."}],
  "sms.dlr.unknownError": [{"type":0,"value":"L’acheminement a échoué pour une raison inconnue."}],
  "sms.dlr.enRoute": [{"type":0,"value":"En cours d’acheminement vers le destinataire."}],
  "sms.dlr.expired": [{"type":0,"value":"Expiré : le message n’a pas pu être remis dans son délai de validité, en général de "},{"type":2,"value":"validityHours","style":null},{"type":0,"value":" heures."}],
  "sms.dlr.rejected": [{"type":0,"value":"L’opérateur du destinataire a refusé le message, qui n’a donc pas été remis."}],
  "sms.dlr.unknownCode": [{"type":0,"value":"L’opérateur a renvoyé un statut de livraison inconnu. Consultez à nouveau le statut du message plus tard."}],
});

/** The same messages in i18next's own format, keyed below "sms.dlr". */
export const i18next = /* @__PURE__ */ deepFreeze({
  delivered: "Remis : le message est bien arrivé sur le téléphone du destinataire.",
  pending: "Envoyé, en attente de l’accusé de réception.",
  undeliverable: "L’opérateur n’a pas pu remettre le message à ce numéro.",
  accepted: "Accepté : le message va être envoyé.",
  unknownError: "L’acheminement a échoué pour une raison inconnue.",
  enRoute: "En cours d’acheminement vers le destinataire.",
  expired: "Expiré : le message n’a pas pu être remis dans son délai de validité, en général de {{validityHours, number}} heures.",
  rejected: "L’opérateur du destinataire a refusé le message, qui n’a donc pas été remis.",
  unknownCode: "L’opérateur a renvoyé un statut de livraison inconnu. Consultez à nouveau le statut du message plus tard.",
});
