// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly texts of rental, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "3": "Votre demande de fichier de contacts n’a pas pu être envoyée en raison d’un problème technique de notre côté. Contactez le support.",
  "4": "Nous n’avons pas pu traiter cette demande de fichier de contacts en raison d’un problème technique de notre côté. Contactez le support.",
  "5": "La commande du fichier de contacts a été refusée en raison d’un problème technique de notre côté. Contactez le support.",
  "6": "Cette action sur les fichiers de contacts n’est pas autorisée pour votre compte. Adressez-vous à l’administrateur du compte.",
  "7": "Le sexe des contacts à cibler n’est pas indiqué. Choisissez-le avant de continuer.",
  "8": "Ce choix de sexe n’est pas valide. Sélectionnez l’une des options proposées.",
  "9": "Indiquez l’âge minimum des contacts que vous souhaitez toucher.",
  "11": "Le crédit du compte est insuffisant pour louer ce fichier de contacts. Demandez à l’administrateur du compte de le recharger.",
  "12": (a: TextArgs) => `L’âge minimum doit être supérieur à ${a.n("minAge", 17)} ans. Augmentez-le, puis réessayez.`,
  "13": "La tranche d’âge n’a pas de limite supérieure. Indiquez un âge maximum pour les contacts à cibler.",
  "14": (a: TextArgs) => `L’âge maximum doit être inférieur à ${a.n("maxAge", 99)} ans. Abaissez-le, puis réessayez.`,
  "15": "Le centre d’intérêt sélectionné n’est pas valide. Choisissez-en un dans la liste.",
  "16": "Aucun centre d’intérêt n’est sélectionné. Choisissez-en un pour cibler vos contacts.",
  "17": "Aucun centre d’intérêt détaillé n’est sélectionné. Choisissez-en un dans la liste pour affiner votre ciblage.",
  "18": "Le centre d’intérêt détaillé sélectionné n’est pas valide. Choisissez-en un autre dans la liste.",
  "19": "Votre ciblage doit comporter au moins un centre d’intérêt. Choisissez-en un, général ou détaillé.",
  "22": "Aucune catégorie n’est sélectionnée. Choisissez la catégorie de votre fichier de contacts.",
  "23": "La catégorie sélectionnée n’est pas valide. Choisissez-en une autre dans la liste.",
  "24": "Le type de fichier n’est pas indiqué. Choisissez le type de fichier de contacts à louer.",
  "25": "La zone géographique n’est pas renseignée. Choisissez la localité des contacts à cibler.",
  "26": "Indiquez le nombre de contacts souhaité dans le fichier.",
  "27": "Ce ciblage compte moins de contacts disponibles que le nombre demandé. Réduisez le nombre de contacts.",
  "28": "Le nombre de contacts demandé dépasse le total de cette sélection. Indiquez un nombre moins élevé.",
  "31": "Le fichier de contacts n’a pas pu être récupéré en raison d’un problème technique de notre côté. Contactez le support.",
  "32": "Impossible d’ouvrir cette commande de fichier de contacts en raison d’un problème technique de notre côté. Contactez le support.",
  "33": "Le fichier de contacts n’a pas pu être téléchargé en raison d’un problème technique de notre côté. Contactez le support.",
  "34": "Ce fichier de contacts a déjà été utilisé et ne peut pas servir une seconde fois. Louez un nouveau fichier pour une autre campagne.",
  "35": "Le fichier de contacts est en cours de téléchargement. Réessayez dans quelques instants.",
  "36": "La location du fichier de contacts n’a pas abouti. Demandez à l’administrateur du compte de vérifier la commande.",
  "61": "Aucun contact ne correspond à ce ciblage. Vérifiez ou élargissez vos critères, puis réessayez.",
  "96": "Les fichiers de contacts sont indisponibles en raison d’un problème technique de notre côté. Contactez le support.",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = "La demande de fichier de contacts n’a pas pu aboutir. Réessayez plus tard ou contactez le support.";
