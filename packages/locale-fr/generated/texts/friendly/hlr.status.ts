// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of hlr.status, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "3": "Transmis à l’opérateur, en attente de l’accusé de réception.",
  "7": "En cours d’acheminement : confié à l’opérateur mobile.",
  "26": "Accepté et prêt à être transmis à l’opérateur.",
  "4": "Non remis : l’opérateur a refusé le message.",
  "9": "Non remis : l’opérateur n’a pas pu faire parvenir le message au téléphone.",
  "2": "Pris en charge par l’opérateur mobile, qui n’a pas confirmé la remise sur le téléphone.",
  "5": "Remis sur le téléphone du destinataire.",
  "15": "Expiré : le message n’a pas été remis avant la fin de sa durée de validité.",
  "29": "Expiré : l’accusé de réception de l’opérateur était illisible, la remise n’est donc pas confirmée.",
  "6": "Refusé : ce réseau mobile n’est pas couvert par notre service.",
  "8": "Refusé : le numéro n’a pas été reconnu (indicatif ou longueur incorrects). Vérifiez le numéro et son indicatif pays.",
  "10": "Refusé : le destinataire s’est opposé à la réception de messages professionnels sur ce numéro.",
  "11": "Refusé : cet expéditeur n’est pas enregistré sur le compte. Demandez à l’administrateur du compte de l’enregistrer.",
  "21": "Refusé en raison d’un problème technique. Renouvelez l’envoi plus tard.",
  "52": "Refusé : ce numéro ne correspond à aucun opérateur mobile. Vérifiez-le.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "Le statut de livraison de ce message n’est pas reconnu. Contactez le support si cela persiste.";
