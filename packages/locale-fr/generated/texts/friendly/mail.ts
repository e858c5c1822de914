// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of mail, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "1": "L’e-mail n’a pas pu être envoyé en raison d’un problème technique de notre côté. Contactez le support.",
  "2": "L’e-mail est vide. Rédigez votre message, puis relancez l’envoi.",
  "3": "L’envoi de l’e-mail a échoué en raison d’un problème technique de notre côté. Contactez le support.",
  "4": "L’adresse e-mail de l’expéditeur est manquante. Indiquez l’adresse depuis laquelle l’e-mail doit partir.",
  "5": "Le nom de l’expéditeur est vide. Indiquez le nom que verront les destinataires.",
  "8": "La pièce jointe n’a pas pu être ajoutée en raison d’un problème technique de notre côté. Contactez le support.",
  "9": "Ce type de fichier ne peut pas être joint. Choisissez un fichier dans un autre format.",
  "10": "L’e-mail n’est pas parti en raison d’un problème technique de notre côté. Contactez le support.",
  "11": "Le crédit e-mail du compte est insuffisant. Demandez à l’administrateur du compte de le recharger, puis relancez l’envoi.",
  "14": "Ce destinataire s’est désinscrit et ne reçoit plus vos e-mails. Retirez son adresse de la liste d’envoi.",
  "15": "Cette adresse e-mail figure déjà dans la liste d’envoi. Supprimez le doublon.",
  "16": "Une pièce jointe n’a pas de nom. Donnez-lui un nom de fichier, puis relancez l’envoi.",
  "17": "Cet e-mail compte trop de destinataires. Retirez-en ou répartissez-les sur plusieurs envois.",
  "18": "L’adresse e-mail d’un destinataire est manquante. Ajoutez-la, puis relancez l’envoi.",
  "19": "L’adresse e-mail d’un destinataire ne semble pas valide. Vérifiez-la.",
  "20": "Le compte est désactivé, l’envoi d’e-mails est donc impossible. Contactez l’administrateur du compte.",
  "21": "Un destinataire n’a pas de nom. Ajoutez son nom, puis relancez l’envoi.",
  "22": "L’e-mail n’a aucun destinataire. Ajoutez-en au moins un.",
  "23": "L’adresse de réponse est manquante. Indiquez l’adresse e-mail qui recevra les réponses.",
  "24": "L’adresse de réponse ne semble pas valide. Vérifiez-la.",
  "25": "Le nom associé à l’adresse de réponse est vide. Indiquez-le, puis relancez l’envoi.",
  "30": "Ce compte a été bloqué et ne peut plus envoyer d’e-mails. Adressez-vous à l’administrateur du compte.",
  "40": "L’envoi d’e-mails depuis cette application n’est pas activé sur le compte. Demandez à l’administrateur du compte de l’autoriser.",
  "45": "L’envoi programmé de cet e-mail n’a pas de date. Choisissez-en une.",
  "46": "L’heure de l’envoi programmé est manquante. Indiquez à quelle heure l’e-mail doit partir.",
  "47": "Les minutes de l’heure d’envoi ne sont pas valides. Choisissez un horaire valide pour l’e-mail.",
  "48": (a: TextArgs) => `Pour programmer un e-mail, les minutes doivent être un multiple de ${a.n("step", 5)} compris entre ${a.n("minMinute", 5)} et ${a.n("maxMinute", 55)}.`,
  "49": "La date d’envoi de cet e-mail n’est pas valide. Choisissez-en une autre.",
  "50": (a: TextArgs) => `Vous pouvez envoyer ${a.n("max", 500)} e-mails au plus à la fois. Répartissez vos destinataires sur plusieurs envois.`,
  "55": "Aucun tarif n’est défini pour l’envoi d’e-mails sur ce compte. Adressez-vous à l’administrateur du compte.",
  "90": "Votre e-mail n’a pas pu être traité en raison d’un problème technique de notre côté. Contactez le support.",
  "96": "L’envoi d’e-mails est impossible en raison d’un problème technique de notre côté. Contactez le support.",
  "429": (a: TextArgs) => `La limite de ${a.n("limit", 2000)} demandes par minute a été atteinte. Patientez un instant, puis réessayez.`,
  "500": "L’envoi d’e-mails est momentanément indisponible et cet e-mail n’est pas parti. Réessayez dans quelques minutes.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "Un problème inattendu a empêché l’envoi de cet e-mail. Réessayez plus tard ou contactez le support.";
