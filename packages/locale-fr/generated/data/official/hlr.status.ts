// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of hlr.status.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import { deepFreeze, type PackMessage } from '../../support.ts';

type Key = KeyOf<"hlr.status"> | FieldKeyOf<"hlr.status"> | "hlr.status.unknownCode";

/** ICU MessageFormat sources, by catalog key. */
export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({
  "hlr.status.pendingWaitingDelivery": "Le message a été traité et envoyé. Le rapport de livraison n'a pas encore été reçu et est attendu, donc le statut est toujours en attente.",
  "hlr.status.pendingEnRoute": "Le message a été traité et envoyé à l'opérateur mobile.",
  "hlr.status.pendingAccepted": "Le message a été accepté et traité, et est prêt à être envoyé à l'opérateur.",
  "hlr.status.undeliverableRejectedByOperator": "Un message a été envoyé à l'opérateur, un rapport de livraison avec le statut \"REJECTED\" a été retourné.",
  "hlr.status.undeliverableNotDelivered": "Le message a été envoyé à l'opérateur, mais n'a pas pu être livré, un rapport de livraison avec le statut \"UNDELIVERED\" a été renvoyé par l'opérateur.",
  "hlr.status.deliveredToOperator": "Le message a été envoyé et livré avec succès à l'opérateur.",
  "hlr.status.deliveredToHandset": "Le message a été traité et remis au destinataire avec succès.",
  "hlr.status.expired": "Le message a été reçu et envoyé à l'opérateur. Toutefois, il est resté en attente jusqu'à l'expiration de la période de validité ou jusqu'à ce que l'opérateur ait renvoyé le statut EXPIRED.",
  "hlr.status.expiredReportUnknown": "Le message a été reçu et transmis à l'opérateur pour livraison. Toutefois, le rapport de livraison de l'opérateur n'a pas été formaté correctement ou n'a pas été reconnu comme valable.",
  "hlr.status.rejectedNetwork": "Le message a été reçu, mais le réseau est hors de notre couverture.",
  "hlr.status.rejectedPrefixMissing": "Le message a été reçu mais a été rejeté car le numéro n'est pas reconnu en raison d'un préfixe ou d'une longueur de numéro incorrecte. Ces informations sont différentes pour chaque réseau et sont régulièrement mises à jour.",
  "hlr.status.rejectedDoNotDisturb": "Le message a été reçu et rejeté parce que l'utilisateur est abonné aux services DND (Ne pas déranger), ce qui désactive tout trafic de service vers son numéro.",
  "hlr.status.rejectedSource": "Votre compte est configuré pour n'accepter que les ID d'expéditeur enregistrés alors que l'ID d'expéditeur défini dans la demande n'a pas été enregistré sur votre compte.",
  "hlr.status.rejectedSystemError": "La demande a été rejetée en raison d'une erreur de système, veuillez réessayer la soumission ou contacter notre équipe de support technique pour plus de détails.",
  "hlr.status.rejectedDestination": "La demande a été reçue, mais la destination n'est pas valide – le préfixe du numéro n'est pas correct car il ne correspond à un préfixe valide d'aucun opérateur de téléphonie mobile. La longueur du numéro est également prise en considération pour vérifier la validité du numéro.",
  "hlr.status.unknownCode": "SMSPartner a renvoyé le code {code}, que sa documentation ne répertorie pas dans la rubrique « HLR ».",
});

/** The same messages compiled by `formatjs compile --ast`. */
export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({
  "hlr.status.pendingWaitingDelivery": [{"type":0,"value":"Le message a été traité et envoyé. Le rapport de livraison n'a pas encore été reçu et est attendu, donc le statut est toujours en attente."}],
  "hlr.status.pendingEnRoute": [{"type":0,"value":"Le message a été traité et envoyé à l'opérateur mobile."}],
  "hlr.status.pendingAccepted": [{"type":0,"value":"Le message a été accepté et traité, et est prêt à être envoyé à l'opérateur."}],
  "hlr.status.undeliverableRejectedByOperator": [{"type":0,"value":"Un message a été envoyé à l'opérateur, un rapport de livraison avec le statut \"REJECTED\" a été retourné."}],
  "hlr.status.undeliverableNotDelivered": [{"type":0,"value":"Le message a été envoyé à l'opérateur, mais n'a pas pu être livré, un rapport de livraison avec le statut \"UNDELIVERED\" a été renvoyé par l'opérateur."}],
  "hlr.status.deliveredToOperator": [{"type":0,"value":"Le message a été envoyé et livré avec succès à l'opérateur."}],
  "hlr.status.deliveredToHandset": [{"type":0,"value":"Le message a été traité et remis au destinataire avec succès."}],
  "hlr.status.expired": [{"type":0,"value":"Le message a été reçu et envoyé à l'opérateur. Toutefois, il est resté en attente jusqu'à l'expiration de la période de validité ou jusqu'à ce que l'opérateur ait renvoyé le statut EXPIRED."}],
  "hlr.status.expiredReportUnknown": [{"type":0,"value":"Le message a été reçu et transmis à l'opérateur pour livraison. Toutefois, le rapport de livraison de l'opérateur n'a pas été formaté correctement ou n'a pas été reconnu comme valable."}],
  "hlr.status.rejectedNetwork": [{"type":0,"value":"Le message a été reçu, mais le réseau est hors de notre couverture."}],
  "hlr.status.rejectedPrefixMissing": [{"type":0,"value":"Le message a été reçu mais a été rejeté car le numéro n'est pas reconnu en raison d'un préfixe ou d'une longueur de numéro incorrecte. Ces informations sont différentes pour chaque réseau et sont régulièrement mises à jour."}],
  "hlr.status.rejectedDoNotDisturb": [{"type":0,"value":"Le message a été reçu et rejeté parce que l'utilisateur est abonné aux services DND (Ne pas déranger), ce qui désactive tout trafic de service vers son numéro."}],
  "hlr.status.rejectedSource": [{"type":0,"value":"Votre compte est configuré pour n'accepter que les ID d'expéditeur enregistrés alors que l'ID d'expéditeur défini dans la demande n'a pas été enregistré sur votre compte."}],
  "hlr.status.rejectedSystemError": [{"type":0,"value":"La demande a été rejetée en raison d'une erreur de système, veuillez réessayer la soumission ou contacter notre équipe de support technique pour plus de détails."}],
  "hlr.status.rejectedDestination": [{"type":0,"value":"La demande a été reçue, mais la destination n'est pas valide – le préfixe du numéro n'est pas correct car il ne correspond à un préfixe valide d'aucun opérateur de téléphonie mobile. La longueur du numéro est également prise en considération pour vérifier la validité du numéro."}],
  "hlr.status.unknownCode": [{"type":0,"value":"SMSPartner a renvoyé le code "},{"type":1,"value":"code"},{"type":0,"value":", que sa documentation ne répertorie pas dans la rubrique « HLR »."}],
});

/** The same messages in i18next's own format, keyed below "hlr.status". */
export const i18next = /* @__PURE__ */ deepFreeze({
  pendingWaitingDelivery: "Le message a été traité et envoyé. Le rapport de livraison n'a pas encore été reçu et est attendu, donc le statut est toujours en attente.",
  pendingEnRoute: "Le message a été traité et envoyé à l'opérateur mobile.",
  pendingAccepted: "Le message a été accepté et traité, et est prêt à être envoyé à l'opérateur.",
  undeliverableRejectedByOperator: "Un message a été envoyé à l'opérateur, un rapport de livraison avec le statut \"REJECTED\" a été retourné.",
  undeliverableNotDelivered: "Le message a été envoyé à l'opérateur, mais n'a pas pu être livré, un rapport de livraison avec le statut \"UNDELIVERED\" a été renvoyé par l'opérateur.",
  deliveredToOperator: "Le message a été envoyé et livré avec succès à l'opérateur.",
  deliveredToHandset: "Le message a été traité et remis au destinataire avec succès.",
  expired: "Le message a été reçu et envoyé à l'opérateur. Toutefois, il est resté en attente jusqu'à l'expiration de la période de validité ou jusqu'à ce que l'opérateur ait renvoyé le statut EXPIRED.",
  expiredReportUnknown: "Le message a été reçu et transmis à l'opérateur pour livraison. Toutefois, le rapport de livraison de l'opérateur n'a pas été formaté correctement ou n'a pas été reconnu comme valable.",
  rejectedNetwork: "Le message a été reçu, mais le réseau est hors de notre couverture.",
  rejectedPrefixMissing: "Le message a été reçu mais a été rejeté car le numéro n'est pas reconnu en raison d'un préfixe ou d'une longueur de numéro incorrecte. Ces informations sont différentes pour chaque réseau et sont régulièrement mises à jour.",
  rejectedDoNotDisturb: "Le message a été reçu et rejeté parce que l'utilisateur est abonné aux services DND (Ne pas déranger), ce qui désactive tout trafic de service vers son numéro.",
  rejectedSource: "Votre compte est configuré pour n'accepter que les ID d'expéditeur enregistrés alors que l'ID d'expéditeur défini dans la demande n'a pas été enregistré sur votre compte.",
  rejectedSystemError: "La demande a été rejetée en raison d'une erreur de système, veuillez réessayer la soumission ou contacter notre équipe de support technique pour plus de détails.",
  rejectedDestination: "La demande a été reçue, mais la destination n'est pas valide – le préfixe du numéro n'est pas correct car il ne correspond à un préfixe valide d'aucun opérateur de téléphonie mobile. La longueur du numéro est également prise en considération pour vérifier la validité du numéro.",
  unknownCode: "SMSPartner a renvoyé le code {{code}}, que sa documentation ne répertorie pas dans la rubrique « HLR ».",
});
