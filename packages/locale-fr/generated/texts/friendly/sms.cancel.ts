// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of sms.cancel, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "2": "L’envoi programmé n’a pas pu être annulé en raison d’un problème technique de notre côté. Contactez le support.",
  "3": "Nous n’avons pas pu identifier le message à annuler en raison d’un problème technique de notre côté. Contactez le support.",
  "4": "Ce message est introuvable. Il a peut-être déjà été envoyé ou annulé.",
  "5": "Aucun numéro n’est sélectionné. Choisissez les numéros dont l’envoi programmé doit être annulé.",
  "6": "La demande d’annulation n’a pas pu être traitée en raison d’un problème technique de notre côté. Contactez le support.",
  "9": "Ce numéro ne semble pas être un numéro de mobile. Vérifiez-le, puis réessayez.",
  "50": (a: TextArgs) => `L’annulation est limitée à ${a.n("max", 500)} numéros à la fois. Répartissez-les en plusieurs lots.`,
  "96": "L’annulation est impossible en raison d’un problème technique de notre côté. Contactez le support.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "L’annulation de l’envoi programmé n’a pas abouti. Vérifiez qu’il est toujours prévu, puis réessayez.";
