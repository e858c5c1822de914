// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of sms.status, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "Le statut de livraison n’a pas pu être récupéré en raison d’un problème technique de notre côté. Contactez le support.",
  "3": "Nous n’avons pas pu identifier le message à consulter en raison d’un problème technique de notre côté. Contactez le support.",
  "4": "Ce message est introuvable, son statut n’est donc pas disponible.",
  "5": "Aucun numéro n’est sélectionné. Choisissez au moins un numéro pour afficher son statut de livraison.",
  "6": "La demande de statut n’a pas pu être traitée en raison d’un problème technique de notre côté. Contactez le support.",
  "9": "Ce numéro ne semble pas être un numéro de mobile : il n’a donc pas de statut de livraison. Vérifiez-le.",
  "50": (a: TextArgs) => `Le statut ne peut être consulté que pour ${a.n("max", 500)} numéros à la fois. Répartissez-les en plusieurs lots.`,
  "96": "Les statuts de livraison sont inaccessibles en raison d’un problème technique de notre côté. Contactez le support.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "Le statut de livraison est indisponible pour une raison inattendue. Réessayez plus tard.";
