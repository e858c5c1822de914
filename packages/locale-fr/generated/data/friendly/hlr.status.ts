// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of hlr.status.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"hlr.status"> | FieldKeyOf<"hlr.status"> | "hlr.status.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "hlr.status.pendingWaitingDelivery": "Transmis à l’opérateur, en attente de l’accusé de réception.",
  "hlr.status.pendingEnRoute": "En cours d’acheminement : confié à l’opérateur mobile.",
  "hlr.status.pendingAccepted": "Accepté et prêt à être transmis à l’opérateur.",
  "hlr.status.undeliverableRejectedByOperator": "Non remis : l’opérateur a refusé le message.",
  "hlr.status.undeliverableNotDelivered": "Non remis : l’opérateur n’a pas pu faire parvenir le message au téléphone.",
  "hlr.status.deliveredToOperator": "Pris en charge par l’opérateur mobile, qui n’a pas confirmé la remise sur le téléphone.",
  "hlr.status.deliveredToHandset": "Remis sur le téléphone du destinataire.",
  "hlr.status.expired": "Expiré : le message n’a pas été remis avant la fin de sa durée de validité.",
  "hlr.status.expiredReportUnknown": "Expiré : l’accusé de réception de l’opérateur était illisible, la remise n’est donc pas confirmée.",
  "hlr.status.rejectedNetwork": "Refusé : ce réseau mobile n’est pas couvert par notre service.",
  "hlr.status.rejectedPrefixMissing": "Refusé : le numéro n’a pas été reconnu (indicatif ou longueur incorrects). Vérifiez le numéro et son indicatif pays.",
  "hlr.status.rejectedDoNotDisturb": "Refusé : le destinataire s’est opposé à la réception de messages professionnels sur ce numéro.",
  "hlr.status.rejectedSource": "Refusé : cet expéditeur n’est pas enregistré sur le compte. Demandez à l’administrateur du compte de l’enregistrer.",
  "hlr.status.rejectedSystemError": "Refusé en raison d’un problème technique. Renouvelez l’envoi plus tard.",
  "hlr.status.rejectedDestination": "Refusé : ce numéro ne correspond à aucun opérateur mobile. Vérifiez-le.",
  "hlr.status.unknownCode": "Le statut de livraison de ce message n’est pas reconnu. Contactez le support si cela persiste.",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "hlr.status.pendingWaitingDelivery": [{"type":0,"value":"Transmis à l’opérateur, en attente de l’accusé de réception."}],
  "hlr.status.pendingEnRoute": [{"type":0,"value":"En cours d’acheminement : confié à l’opérateur mobile."}],
  "hlr.status.pendingAccepted": [{"type":0,"value":"Accepté et prêt à être transmis à l’opérateur."}],
  "hlr.status.undeliverableRejectedByOperator": [{"type":0,"value":"Non remis : l’opérateur a refusé le message."}],
  "hlr.status.undeliverableNotDelivered": [{"type":0,"value":"Non remis : l’opérateur n’a pas pu faire parvenir le message au téléphone."}],
  "hlr.status.deliveredToOperator": [{"type":0,"value":"Pris en charge par l’opérateur mobile, qui n’a pas confirmé la remise sur le téléphone."}],
  "hlr.status.deliveredToHandset": [{"type":0,"value":"Remis sur le téléphone du destinataire."}],
  "hlr.status.expired": [{"type":0,"value":"Expiré : le message n’a pas été remis avant la fin de sa durée de validité."}],
  "hlr.status.expiredReportUnknown": [{"type":0,"value":"Expiré : l’accusé de réception de l’opérateur était illisible, la remise n’est donc pas confirmée."}],
  "hlr.status.rejectedNetwork": [{"type":0,"value":"Refusé : ce réseau mobile n’est pas couvert par notre service."}],
  "hlr.status.rejectedPrefixMissing": [{"type":0,"value":"Refusé : le numéro n’a pas été reconnu (indicatif ou longueur incorrects). Vérifiez le numéro et son indicatif pays."}],
  "hlr.status.rejectedDoNotDisturb": [{"type":0,"value":"Refusé : le destinataire s’est opposé à la réception de messages professionnels sur ce numéro."}],
  "hlr.status.rejectedSource": [{"type":0,"value":"Refusé : cet expéditeur n’est pas enregistré sur le compte. Demandez à l’administrateur du compte de l’enregistrer."}],
  "hlr.status.rejectedSystemError": [{"type":0,"value":"Refusé en raison d’un problème technique. Renouvelez l’envoi plus tard."}],
  "hlr.status.rejectedDestination": [{"type":0,"value":"Refusé : ce numéro ne correspond à aucun opérateur mobile. Vérifiez-le."}],
  "hlr.status.unknownCode": [{"type":0,"value":"Le statut de livraison de ce message n’est pas reconnu. Contactez le support si cela persiste."}],
});

/** The same messages in i18next's own format, keyed below "hlr.status". */
export const i18next = /* @__PURE__ */ deepFreeze({
  pendingWaitingDelivery: "Transmis à l’opérateur, en attente de l’accusé de réception.",
  pendingEnRoute: "En cours d’acheminement : confié à l’opérateur mobile.",
  pendingAccepted: "Accepté et prêt à être transmis à l’opérateur.",
  undeliverableRejectedByOperator: "Non remis : l’opérateur a refusé le message.",
  undeliverableNotDelivered: "Non remis : l’opérateur n’a pas pu faire parvenir le message au téléphone.",
  deliveredToOperator: "Pris en charge par l’opérateur mobile, qui n’a pas confirmé la remise sur le téléphone.",
  deliveredToHandset: "Remis sur le téléphone du destinataire.",
  expired: "Expiré : le message n’a pas été remis avant la fin de sa durée de validité.",
  expiredReportUnknown: "Expiré : l’accusé de réception de l’opérateur était illisible, la remise n’est donc pas confirmée.",
  rejectedNetwork: "Refusé : ce réseau mobile n’est pas couvert par notre service.",
  rejectedPrefixMissing: "Refusé : le numéro n’a pas été reconnu (indicatif ou longueur incorrects). Vérifiez le numéro et son indicatif pays.",
  rejectedDoNotDisturb: "Refusé : le destinataire s’est opposé à la réception de messages professionnels sur ce numéro.",
  rejectedSource: "Refusé : cet expéditeur n’est pas enregistré sur le compte. Demandez à l’administrateur du compte de l’enregistrer.",
  rejectedSystemError: "Refusé en raison d’un problème technique. Renouvelez l’envoi plus tard.",
  rejectedDestination: "Refusé : ce numéro ne correspond à aucun opérateur mobile. Vérifiez-le.",
  unknownCode: "Le statut de livraison de ce message n’est pas reconnu. Contactez le support si cela persiste.",
});
