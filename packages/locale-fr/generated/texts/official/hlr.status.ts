// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of hlr.status, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "3": "Le message a été traité et envoyé. Le rapport de livraison n'a pas encore été reçu et est attendu, donc le statut est toujours en attente.",
  "7": "Le message a été traité et envoyé à l'opérateur mobile.",
  "26": "Le message a été accepté et traité, et est prêt à être envoyé à l'opérateur.",
  "4": "Un message a été envoyé à l'opérateur, un rapport de livraison avec le statut \"REJECTED\" a été retourné.",
  "9": "Le message a été envoyé à l'opérateur, mais n'a pas pu être livré, un rapport de livraison avec le statut \"UNDELIVERED\" a été renvoyé par l'opérateur.",
  "2": "Le message a été envoyé et livré avec succès à l'opérateur.",
  "5": "Le message a été traité et remis au destinataire avec succès.",
  "15": "Le message a été reçu et envoyé à l'opérateur. Toutefois, il est resté en attente jusqu'à l'expiration de la période de validité ou jusqu'à ce que l'opérateur ait renvoyé le statut EXPIRED.",
  "29": "Le message a été reçu et transmis à l'opérateur pour livraison. Toutefois, le rapport de livraison de l'opérateur n'a pas été formaté correctement ou n'a pas été reconnu comme valable.",
  "6": "Le message a été reçu, mais le réseau est hors de notre couverture.",
  "8": "Le message a été reçu mais a été rejeté car le numéro n'est pas reconnu en raison d'un préfixe ou d'une longueur de numéro incorrecte. Ces informations sont différentes pour chaque réseau et sont régulièrement mises à jour.",
  "10": "Le message a été reçu et rejeté parce que l'utilisateur est abonné aux services DND (Ne pas déranger), ce qui désactive tout trafic de service vers son numéro.",
  "11": "Votre compte est configuré pour n'accepter que les ID d'expéditeur enregistrés alors que l'ID d'expéditeur défini dans la demande n'a pas été enregistré sur votre compte.",
  "21": "La demande a été rejetée en raison d'une erreur de système, veuillez réessayer la soumission ou contacter notre équipe de support technique pour plus de détails.",
  "52": "La demande a été reçue, mais la destination n'est pas valide – le préfixe du numéro n'est pas correct car il ne correspond à un préfixe valide d'aucun opérateur de téléphonie mobile. La longueur du numéro est également prise en considération pour vérifier la validité du numéro.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner a renvoyé le code ${a.c()}, que sa documentation ne répertorie pas dans la rubrique « HLR ».`;
