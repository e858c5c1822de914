// GENERATED — do not edit. Built by tools/i18n from locales/fr: official texts of sms.send, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "992": "Sender non autorisé",
  "1": "La clé API est requise",
  "2": "Le champ phoneNumbers est requis",
  "4": "message introuvable",
  "9": "Au moins une contrainte n’a pas été respectée",
  "10": "Clef API incorrecte",
  "11": "Crédit insuffisant",
  "13": "Aucun prix par défaut n’a été trouvé pour les numéros suivant",
  "14": "Le numéro est dans la liste des STOP SMS",
  "15": "Le numéro est déjà présent dans la liste",
  "20": "Compte désactivé",
  "22": "SMS Marketing: L’heure d’envoi n’est pas valide, elle doit être comprise entre 8h et 22h.",
  "23": "SMS Marketing: La date […] n’est pas valide, L’envoi des sms n’est pas possible le dimanche et jours fériés.",
  "30": "Compte bloqué",
  "40": "L’accès à l’API est refusé",
  "42": "Le nombre de caractères pour un sms Low Cost est 160 caractères",
  "43": "Le message est requis",
  "44": "L’émetteur est invalide",
  "45": "La date est requise",
  "46": "L’heure est requise",
  "47": "Le chiffre des minutes est invalide",
  "48": "Les minutes doivent-être comprise entre 5 et 55 dans un interval de 5 minutes",
  "49": "La date est invalide",
  "50": "Le nombre de numéros autorisés est de 500 maxi",
  "51": "La gamme lowcost n’est pas éligible",
  "52": "Le nombre de SMS concaténés ne peut excéder 10 SMS",
  "55": "Aucun numéro à envoyer",
  "90": "Le JSON est malformé: erreur de syntaxe",
  "96": "L’IP n’est pas autorisée",
  "500": "Problème lors de l’ajout du sms dans la file d’attente",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner a renvoyé le code ${a.c()}, que sa documentation ne répertorie pas dans la rubrique « Envoi de SMS ».`;

/** Texts of request fields, by `<field>.<rule>`. */
export const fields: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "phoneNumbers.required": "Le champ phoneNumbers est requis",
  "phoneNumbers.invalid": (a: TextArgs) => `Ce numéro de téléphone n'est pas valide (${a.s("phoneNumber")})`,
  "phoneNumbers.tooMany": (a: TextArgs) => `Le nombre de numéros autorisés est de ${a.n("max")} maxi`,
  "phoneNumbers.empty": "Aucun numéro à envoyer",
  "phoneNumbers.unknown": "Le champ phoneNumbers a été refusé",
  "message.required": "Le message est requis",
  "message.lowCostTooLong": (a: TextArgs) => `Le nombre de caractères pour un sms Low Cost est ${a.n("maxLength")} caractères`,
  "message.tooManyParts": (a: TextArgs) => `Le nombre de SMS concaténés ne peut excéder ${a.n("maxParts")} SMS`,
  "message.unknown": "Le champ message a été refusé",
  "sender.tooLong": (a: TextArgs) => `L'émetteur ne peut pas être plus long que ${a.n("maxLength")} caractères`,
  "sender.invalid": "L’émetteur est invalide",
  "sender.notAllowed": "Sender non autorisé",
  "sender.unknown": "Le champ sender a été refusé",
  "scheduledDeliveryDate.required": "La date est requise",
  "scheduledDeliveryDate.invalid": "La date est invalide",
  "scheduledDeliveryDate.inThePast": (a: TextArgs) => `La date (${a.s("date")}) est antérieure à la date actuelle.`,
  "scheduledDeliveryDate.unknown": "Le champ scheduledDeliveryDate a été refusé",
  "time.required": "L'heure est requise",
  "time.unknown": "Le champ time a été refusé",
  "minute.required": "La minute est requise",
  "minute.invalid": "Le chiffre des minutes est invalide",
  "minute.outOfRange": (a: TextArgs) => `Les minutes doivent-être comprise entre ${a.n("minMinute")} et ${a.n("maxMinute")} dans un interval de ${a.n("step")} minutes`,
  "minute.unknown": "Le champ minute a été refusé",
  "gamme.notEligible": "La gamme lowcost n’est pas éligible",
  "gamme.unknown": "Le champ gamme a été refusé",
  "unknownField": "Un champ de la requête a été refusé",
});
