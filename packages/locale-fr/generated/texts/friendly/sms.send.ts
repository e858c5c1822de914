// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of sms.send, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "992": "Cet expéditeur n’est pas autorisé sur le compte. Demandez à l’administrateur du compte de le faire valider.",
  "1": "Le message n’a pas pu être envoyé en raison d’un problème technique de notre côté. Contactez le support.",
  "2": "Aucun numéro de destinataire n’est renseigné. Ajoutez au moins un numéro, puis relancez l’envoi.",
  "4": "Nous n’avons pas pu retrouver ce message en raison d’un problème technique de notre côté. Contactez le support.",
  "10": "Le message n’est pas parti en raison d’un problème technique de notre côté. Contactez le support.",
  "11": "Le crédit SMS du compte est insuffisant pour cet envoi. Demandez à l’administrateur du compte de le recharger.",
  "13": "L’envoi vers certains de ces numéros n’est pas disponible sur le compte. Demandez à l’administrateur du compte d’activer ces destinations.",
  "14": "Ce numéro figure sur la liste STOP : son titulaire a demandé à ne plus recevoir de messages. Retirez-le des destinataires.",
  "15": "Ce numéro figure déjà dans la liste des destinataires. Supprimez le doublon, puis relancez l’envoi.",
  "20": "Le compte est désactivé, l’envoi de messages est donc impossible. Contactez l’administrateur du compte.",
  "22": (a: TextArgs) => `Les SMS marketing ne peuvent partir qu’entre ${a.n("startHour", 8)} h et ${a.n("endHour", 22)} h. Choisissez un horaire dans cette plage.`,
  "23": "Le dimanche et les jours fériés, l’envoi de SMS marketing n’est pas possible. Choisissez un autre jour.",
  "30": "Ce compte a été bloqué et ne peut plus envoyer de messages. Adressez-vous à l’administrateur du compte.",
  "40": "L’envoi depuis cette application n’est pas activé sur le compte. Demandez à l’administrateur du compte de l’autoriser.",
  "42": (a: TextArgs) => `Un SMS Low Cost ne peut pas dépasser ${a.n("maxLength", 160)} caractères. Raccourcissez le message ou choisissez une autre gamme de SMS.`,
  "43": "Le message est vide. Saisissez votre texte, puis relancez l’envoi.",
  "44": "Cet expéditeur n’est pas valide. Vérifiez sa longueur et les caractères utilisés, puis relancez l’envoi.",
  "45": "Cet envoi programmé n’a pas de date. Choisissez-en une.",
  "46": "L’heure de l’envoi programmé est manquante. Indiquez à quelle heure le message doit partir.",
  "47": "Les minutes de l’heure d’envoi ne sont pas valides. Choisissez un horaire valide.",
  "48": (a: TextArgs) => `Pour un envoi programmé, les minutes doivent être un multiple de ${a.n("step", 5)} compris entre ${a.n("minMinute", 5)} et ${a.n("maxMinute", 55)}.`,
  "49": "Cette date d’envoi n’est pas valide. Vérifiez-la ou choisissez-en une autre.",
  "50": (a: TextArgs) => `Un envoi peut compter au plus ${a.n("max", 500)} numéros. Répartissez vos destinataires sur plusieurs envois.`,
  "51": "Les SMS Low Cost ne sont pas disponibles sur ce compte. Choisissez une autre gamme ou adressez-vous à l’administrateur du compte.",
  "52": (a: TextArgs) => `Ce message est trop long : il occuperait plus de ${a.n("maxParts", 10)} SMS. Raccourcissez-le.`,
  "55": "Il ne reste aucun numéro valide auquel envoyer ce message. Vérifiez les destinataires, puis réessayez.",
  "90": "Votre message n’a pas pu être traité en raison d’un problème technique de notre côté. Contactez le support.",
  "96": "L’envoi est impossible en raison d’un problème technique de notre côté. Contactez le support.",
  "500": "L’envoi est momentanément indisponible et le message n’est pas parti. Réessayez dans quelques minutes.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "Un problème est survenu lors de l’envoi du message. Réessayez plus tard ou contactez le support s’il persiste.";
