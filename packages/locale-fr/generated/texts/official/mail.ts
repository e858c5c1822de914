// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of mail, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "1": "La clé API est requise",
  "2": "Le contenu du mail est requis",
  "3": "La clé API est requise",
  "4": "Le sender email est requis",
  "5": "Le sender name ne peut-être vide",
  "8": "L’URL de la pièce jointe est requise",
  "9": "L’extension de la pièce jointe n’est pas autorisée",
  "10": "Clef API incorrecte",
  "11": "Crédit insuffisant",
  "14": "Le mail est dans la liste des désinscriptions",
  "15": "Le mail est déjà dans la liste d’envoi",
  "16": "Le nom de la pièce jointe ne peut-être vide",
  "17": "Nombre de destinataires maximum dépassé",
  "18": "L’email du destinataire est requis",
  "19": "L’email du destinataire semble invalide",
  "20": "Compte désactivé",
  "21": "Le nom du destinataire ne peut-être vide",
  "22": "La liste des destinataires est requise",
  "23": "L’email du destinataire en réponse est requis",
  "24": "L’email du destinataire en réponse semble invalide",
  "25": "Le nom du destinataire en réponse ne peut-être vide",
  "30": "Compte bloqué",
  "40": "L’accès à l’API est refusé",
  "45": "La date est requise",
  "46": "L’heure est requise",
  "47": "Le chiffre des minutes est invalide",
  "48": "Les minutes doivent-être comprises entre 5 et 55 dans un intervalle de 5 minutes",
  "49": "La date est invalide",
  "50": "Le nombre de mails autorisés est de 500 maxi",
  "55": "Aucun prix par défaut n’a été trouvé",
  "90": "Le JSON est malformé: erreur de syntaxe",
  "96": "L’IP n’est pas autorisée",
  "429": "Trop de requêtes effectuées en une minute (limite : 2000 requêtes / minute / Adresse IP)",
  "500": "Problème lors de l’ajout du mail dans la file d’attente",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner a renvoyé le code ${a.c()}, que sa documentation ne répertorie pas dans la rubrique « Envoi de Mail ».`;
