// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of rental, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "3": "Le paramètre parameters est requis",
  "4": "Le paramètre op est requis",
  "5": "Le paramètre urlNotification n'est pas une URL valide",
  "6": "Cette opération n'est pas autorisé",
  "7": "Le paramètre sexe est requis",
  "8": "Le paramètre sexe doit être uniquement m,h or f",
  "9": "Le paramètre minAge est requis",
  "11": "Crédit insuffisant",
  "12": "Le paramètre minAge doit être supérieur à 17",
  "13": "Le paramètre maxAge est requis",
  "14": "Le paramètre maxAge doit être inférieur à 99",
  "15": "Le paramètre interest doit être supérieur à 0",
  "16": "Le paramètre interest ne peut pas être vide",
  "17": "Le paramètre subInterest ne doit pas être vide",
  "18": "Le paramètre subInterest doit être supérieur à 0",
  "19": "Les paramètres interest ou subInterest sont requis",
  "22": "Le paramètre category ne doit pas être vide",
  "23": "Le paramètre category doit être supérieur à 0",
  "24": "Les paramètres Type est requis",
  "25": "Le paramètre Localite est requis",
  "26": "Le paramètre Volume est requis",
  "27": "Le volume souhaité ne peut pas être supérieur au volume disponible",
  "28": "Le paramètre DesiredVolume ne peux pas être supérieur au volume total",
  "31": "Le paramètre token est requis",
  "32": "La demande de location est introuvable",
  "33": "Le fichier de location est introuvable",
  "34": "Le fichier de location a déjà été utilisé",
  "35": "Le fichier de location est en cours de téléchargement",
  "36": "La location du fichier a échoué",
  "61": "La requête semble invalide et n'a retourné aucun résultat",
  "96": "L'IP n'est pas autorisée",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner a renvoyé le code ${a.c()}, que sa documentation ne répertorie pas dans la rubrique « Location ».`;
