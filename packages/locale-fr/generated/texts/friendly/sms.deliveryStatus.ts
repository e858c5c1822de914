// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of sms.deliveryStatus, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "delivered": "Le message a bien été remis au destinataire.",
  "not delivered": "Le message n’a pas pu être remis au destinataire.",
  "waiting": "Envoyé, en attente de confirmation de l’opérateur du destinataire.",
  "ko": "Le message n’a pas été envoyé en raison d’un problème. Contactez le support.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "Le statut de ce message n’est pas reconnu. Consultez-le plus tard ou contactez le support s’il ne change pas.";
