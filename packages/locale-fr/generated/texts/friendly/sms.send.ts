// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of sms.send, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "992": "Cet expéditeur n’est pas autorisé sur le compte. Demandez à l’administrateur du compte de le faire valider.",
  "1": "Le message n’a pas pu être envoyé en raison d’un problème technique de notre côté. Contactez le support.",
  "2": "Aucun numéro de destinataire n’est renseigné. Ajoutez au moins un numéro, puis relancez l’envoi.",
  "4": "Nous n’avons pas pu retrouver ce message en raison d’un problème technique de notre côté. Contactez le support.",
  "9": "Certaines informations saisies ne sont pas valides. Corrigez-les, puis renvoyez le message.",
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

/** Texts of request fields, by `<field>.<rule>`. */
export const fields: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "phoneNumbers.required": "Ajoutez au moins un numéro de destinataire, puis renvoyez le message.",
  "phoneNumbers.invalid": (a: TextArgs) => `Le numéro ${a.s("phoneNumber")} n’est pas valide. Vérifiez-le, avec son indicatif pays, puis réessayez.`,
  "phoneNumbers.tooMany": (a: TextArgs) => `Un même envoi ne peut pas dépasser ${a.n("max")} numéros. Répartissez les destinataires sur plusieurs envois.`,
  "phoneNumbers.empty": "Il ne reste aucun numéro valide à qui envoyer le message. Vérifiez les destinataires, puis réessayez.",
  "phoneNumbers.unknown": "Un numéro de destinataire n’a pas été accepté. Vérifiez les numéros, avec leur indicatif pays, puis réessayez.",
  "message.required": "Le texte du message manque. Écrivez-le, puis renvoyez le message.",
  "message.lowCostTooLong": (a: TextArgs) => `Un SMS Low Cost est limité à ${a.n("maxLength")} caractères : ce message est trop long. Raccourcissez-le ou choisissez un autre type de SMS.`,
  "message.tooManyParts": (a: TextArgs) => `Le message est trop long : il occuperait plus de ${a.n("maxParts")} SMS. Raccourcissez-le, puis renvoyez-le.`,
  "message.unknown": "Le texte du message n’a pas été accepté. Vérifiez-le, puis renvoyez-le.",
  "sender.tooLong": (a: TextArgs) => `Le nom d’expéditeur est trop long : il peut compter au plus ${a.n("maxLength")} caractères. Raccourcissez-le, puis renvoyez le message.`,
  "sender.invalid": "Le nom d’expéditeur n’est pas valide. Vérifiez sa longueur et les caractères utilisés, puis renvoyez le message.",
  "sender.notAllowed": "Ce nom d’expéditeur n’est pas autorisé sur le compte. Choisissez-en un autre, ou demandez à l’administrateur du compte de le faire valider.",
  "sender.unknown": "Le nom d’expéditeur n’a pas été accepté. Vérifiez-le, puis renvoyez le message.",
  "scheduledDeliveryDate.required": "L’envoi programmé n’a pas de date. Choisissez-en une, puis renvoyez le message.",
  "scheduledDeliveryDate.invalid": "La date de l’envoi programmé n’est pas valide. Vérifiez-la, puis renvoyez le message.",
  "scheduledDeliveryDate.inThePast": (a: TextArgs) => `La date programmée ${a.s("date")} est déjà passée. Choisissez une date et une heure à venir, puis renvoyez le message.`,
  "scheduledDeliveryDate.unknown": "La date de l’envoi programmé n’a pas été acceptée. Vérifiez-la, puis renvoyez le message.",
  "time.required": "L’envoi programmé n’a pas d’heure. Choisissez quand le message doit partir.",
  "time.unknown": "L’heure de l’envoi programmé n’a pas été acceptée. Vérifiez-la, puis renvoyez le message.",
  "minute.required": "Les minutes de l’heure d’envoi manquent. Choisissez une heure complète.",
  "minute.invalid": "Les minutes de l’heure d’envoi ne sont pas valides. Choisissez une heure valide.",
  "minute.outOfRange": (a: TextArgs) => `Pour un envoi programmé, les minutes doivent être un multiple de ${a.n("step")} entre ${a.n("minMinute")} et ${a.n("maxMinute")}. Choisissez une autre heure.`,
  "minute.unknown": "Les minutes de l’heure d’envoi n’ont pas été acceptées. Choisissez une autre heure.",
  "gamme.notEligible": "Le type de SMS Low Cost n’est pas disponible sur ce compte. Choisissez un autre type, ou adressez-vous à l’administrateur du compte.",
  "gamme.unknown": "Le type de SMS choisi n’a pas été accepté. Choisissez-en un autre, puis renvoyez le message.",
  "unknownField": "Une des valeurs saisies n’a pas été acceptée. Vérifiez le formulaire, puis renvoyez le message.",
});
