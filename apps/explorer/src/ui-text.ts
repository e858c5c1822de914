import type { CatalogEntry, Register } from '@smspartner-i18n/core';
import type { FixableBy } from '@smspartner-i18n/core/types';

/**
 * The explorer's own words on a code's page, in the page's language: the
 * headings, the metadata in words and what an app should do. A language
 * without its own words here gets English (marked `lang="en"`).
 */
export interface UiText {
  /** The language these words are in. */
  readonly lang: string;
  readonly siteNav: string;
  readonly thisPageIn: string;
  readonly sections: string;
  readonly codePage: string;
  readonly allCodesOf: (section: string) => string;
  readonly backToAll: string;
  readonly texts: string;
  /** The caption of a validation answer's field texts. */
  readonly fieldTexts: string;
  readonly register: string;
  readonly registerNames: Readonly<Record<Register, string>>;
  readonly metadata: string;
  readonly terms: {
    readonly key: string;
    readonly section: string;
    readonly kind: string;
    readonly category: string;
    readonly outcome: string;
    readonly retryable: string;
    readonly permanent: string;
    readonly final: string;
    readonly group: string;
    readonly fixableBy: string;
    readonly aliases: string;
    readonly params: string;
    readonly note: string;
  };
  readonly flag: (value: boolean | undefined) => string;
  readonly fixableByNames: Readonly<Record<FixableBy, string>>;
  readonly translatorContext: string;
  readonly inWords: string;
  readonly whatToDo: string;
  readonly showIt: string;
  /** The words around the package's name. */
  readonly inReact: readonly [string, string];
  readonly onNode: readonly [string, string];
  readonly problemTypeNote: string;
  readonly metadataInWords: (entry: CatalogEntry) => string[];
  readonly appAdvice: (entry: CatalogEntry) => string[];
  readonly sectionIntro: (size: number, codeType: string) => string;
  /** The title and description of a page's head, in the page's language. */
  readonly head: {
    readonly language: (languageName: string) => HeadText;
    /** `about`: the catalog's description of the section, in English. */
    readonly section: (section: string, heading: string, size: number, about: string) => HeadText;
    readonly entry: (entry: CatalogEntry, name: string, official: string, friendly: string) => HeadText;
  };
}

export interface HeadText {
  readonly title: string;
  readonly description: string;
}

const english: UiText = {
  lang: 'en',
  siteNav: 'Pages of the site',
  thisPageIn: 'This page in:',
  sections: 'Sections:',
  codePage: 'This code’s page:',
  allCodesOf: (section) => `All codes of ${section}`,
  backToAll: 'Back to all codes',
  texts: 'Texts',
  fieldTexts: 'Texts of the rejected fields (with sample values)',
  register: 'Register',
  registerNames: { official: 'official', friendly: 'friendly' },
  metadata: 'Metadata',
  terms: {
    key: 'Key',
    section: 'Section',
    kind: 'Kind',
    category: 'Category',
    outcome: 'Outcome',
    retryable: 'Retryable',
    permanent: 'Permanent (HLR)',
    final: 'Final (status)',
    group: 'HLR group',
    fixableBy: 'Fixable by',
    aliases: 'Aliases',
    params: 'Default arguments',
    note: 'Note',
  },
  flag: (value) => (value === undefined ? 'not applicable' : value ? 'yes' : 'no'),
  fixableByNames: {
    'end-user': 'the end user (they can change their input)',
    'account-owner': 'the account owner (administrator of the SMSPartner account)',
    developer: 'the developer (the integration is wrong)',
    'retry-later': 'nobody right now (temporary; retry later)',
    'no-one': 'nobody, ever',
  },
  translatorContext: 'Translator context',
  inWords: 'In words',
  whatToDo: 'What an app should do',
  showIt: 'Show it with the packages',
  inReact: ['In React, with ', ' (the provider gets the locale packs):'],
  onNode: ['On a Node server, with ', ':'],
  problemTypeNote: 'this code’s page, in English',
  metadataInWords(entry) {
    const sentences: string[] = [];
    const kind = entry.kind === 'error' ? 'an error' : 'a status';
    const outcome =
      entry.outcome === 'success' ? 'a success' : entry.outcome === 'pending' ? 'still pending' : 'a failure';
    sentences.push(
      `This is ${kind} of the ${entry.section} section, in the category ${entry.category}: ${outcome}.`,
    );
    const fixer: Record<FixableBy, string> = {
      'end-user': 'The end user can fix it: they can change what they entered.',
      'account-owner': 'Only the account owner (the administrator of the SMSPartner account) can fix it.',
      developer: 'Only the developer can fix it: the integration sends something wrong.',
      'retry-later': 'Nobody has to fix it: it is temporary.',
      'no-one': 'Nobody can fix it.',
    };
    if (entry.fixableBy !== undefined) sentences.push(fixer[entry.fixableBy]);
    sentences.push(
      entry.retryable
        ? 'It is retryable: the same request may succeed later.'
        : 'It is not retryable: the same request gives the same answer.',
    );
    if (entry.final !== undefined)
      sentences.push(
        entry.final
          ? 'It is final: this status will not change.'
          : 'It is not final: the status can still change.',
      );
    if (entry.permanent !== undefined)
      sentences.push(
        entry.permanent
          ? 'It is permanent: the number will stay unreachable.'
          : 'It is not permanent: the number may become reachable again.',
      );
    return sentences;
  },
  appAdvice(entry) {
    if (entry.kind === 'status') {
      const advice = [
        entry.outcome === 'success'
          ? 'Record the success; show the friendly text if the user follows the message.'
          : entry.outcome === 'pending'
            ? 'Show the friendly text as a progress state.'
            : 'Show the friendly text: the message did not get through.',
      ];
      if (entry.final === false)
        advice.push('Ask for the status again later, or wait for the next delivery report.');
      if (entry.final === true) advice.push('Stop asking for this message’s status: it will not change.');
      if (entry.permanent === true) advice.push('Stop sending to this number until it is corrected.');
      if (entry.permanent === false)
        advice.push('The number may be reachable later: a later attempt can succeed.');
      return advice;
    }
    switch (entry.fixableBy) {
      case 'end-user':
        return [
          'Show the friendly text next to what the user entered, and let them correct it.',
          'Do not retry unchanged.',
        ];
      case 'account-owner':
        return [
          'Show the friendly text: it tells the user who can act.',
          'Alert the account owner (credit, settings or permissions of the SMSPartner account).',
          entry.retryable ? 'Retry once they have acted.' : 'Do not retry until they have acted.',
        ];
      case 'developer':
        return [
          'Log the code and alert the developers: the request is wrong, the end user cannot change that.',
          'Show the friendly text, which does not blame the user.',
          'Do not retry unchanged.',
        ];
      case 'retry-later':
        return ['Retry later, with a growing delay.', 'Show the friendly text if the user is waiting.'];
      default:
        return [
          'Show the friendly text.',
          entry.retryable
            ? 'Retry later, with a growing delay.'
            : 'Do not retry: the answer will be the same.',
        ];
    }
  },
  sectionIntro: (size, codeType) => `${size} codes (${codeType}s), each with its own page.`,
  head: {
    language: (languageName) => ({
      title: `SMSPartner API codes (${languageName})`,
      description: `Every error and status code of the SMSPartner API, with SMSPartner’s wording and a friendly text, in ${languageName}.`,
    }),
    section: (section, heading, size, about) => ({
      title: `SMSPartner ${section} codes: ${heading}`,
      description: `${size} codes of ${section} (${heading}): ${about}`,
    }),
    entry: (entry, name, official, friendly) => ({
      title: `${name}: ${official} · SMSPartner API`,
      description: `SMSPartner ${entry.section} ${entry.kind} ${entry.code} (${entry.key}): “${official}”. ${friendly}`,
    }),
  },
};

const french: UiText = {
  lang: 'fr',
  siteNav: 'Pages du site',
  thisPageIn: 'Cette page en :',
  sections: 'Sections :',
  codePage: 'La page de ce code :',
  allCodesOf: (section) => `Tous les codes de ${section}`,
  backToAll: 'Retour à tous les codes',
  texts: 'Textes',
  fieldTexts: 'Textes des champs refusés (avec des valeurs d’exemple)',
  register: 'Registre',
  registerNames: { official: 'officiel', friendly: 'convivial' },
  metadata: 'Métadonnées',
  terms: {
    key: 'Clé',
    section: 'Section',
    kind: 'Nature',
    category: 'Catégorie',
    outcome: 'Issue',
    retryable: 'Réessayable',
    permanent: 'Permanent (HLR)',
    final: 'Définitif (statut)',
    group: 'Groupe HLR',
    fixableBy: 'Qui peut corriger',
    aliases: 'Alias',
    params: 'Arguments par défaut',
    note: 'Note',
  },
  flag: (value) => (value === undefined ? 'sans objet' : value ? 'oui' : 'non'),
  fixableByNames: {
    'end-user': 'l’utilisateur final (il peut modifier sa saisie)',
    'account-owner': 'le titulaire du compte (l’administrateur du compte SMSPartner)',
    developer: 'le développeur (l’intégration est en cause)',
    'retry-later': 'personne pour l’instant (passager ; réessayer plus tard)',
    'no-one': 'personne',
  },
  translatorContext: 'Contexte pour les traducteurs',
  inWords: 'En clair',
  whatToDo: 'Ce qu’une application doit faire',
  showIt: 'L’afficher avec les paquets',
  inReact: ['En React, avec ', ' (le provider reçoit les packs de langue) :'],
  onNode: ['Sur un serveur Node, avec ', ' :'],
  problemTypeNote: 'la page de ce code, en anglais',
  metadataInWords(entry) {
    const sentences: string[] = [];
    const kind = entry.kind === 'error' ? 'une erreur' : 'un statut';
    const outcome =
      entry.outcome === 'success' ? 'un succès' : entry.outcome === 'pending' ? 'en attente' : 'un échec';
    sentences.push(
      `C’est ${kind} de la section ${entry.section}, dans la catégorie ${entry.category} : ${outcome}.`,
    );
    const fixer: Record<FixableBy, string> = {
      'end-user': 'L’utilisateur final peut corriger : il peut modifier ce qu’il a saisi.',
      'account-owner': 'Seul le titulaire du compte (l’administrateur du compte SMSPartner) peut corriger.',
      developer: 'Seul le développeur peut corriger : l’intégration envoie quelque chose de faux.',
      'retry-later': 'Personne n’a à corriger : c’est passager.',
      'no-one': 'Personne ne peut corriger.',
    };
    if (entry.fixableBy !== undefined) sentences.push(fixer[entry.fixableBy]);
    sentences.push(
      entry.retryable
        ? 'On peut réessayer : la même requête peut réussir plus tard.'
        : 'Réessayer ne sert à rien : la même requête donne la même réponse.',
    );
    if (entry.final !== undefined)
      sentences.push(
        entry.final
          ? 'C’est définitif : ce statut ne changera plus.'
          : 'Ce n’est pas définitif : le statut peut encore changer.',
      );
    if (entry.permanent !== undefined)
      sentences.push(
        entry.permanent
          ? 'C’est permanent : le numéro restera injoignable.'
          : 'Ce n’est pas permanent : le numéro peut redevenir joignable.',
      );
    return sentences;
  },
  appAdvice(entry) {
    if (entry.kind === 'status') {
      const advice = [
        entry.outcome === 'success'
          ? 'Enregistrer le succès ; afficher le texte convivial si l’utilisateur suit le message.'
          : entry.outcome === 'pending'
            ? 'Afficher le texte convivial comme un état en cours.'
            : 'Afficher le texte convivial : le message n’est pas passé.',
      ];
      if (entry.final === false)
        advice.push('Redemander le statut plus tard, ou attendre le prochain accusé de réception.');
      if (entry.final === true)
        advice.push('Ne plus demander le statut de ce message : il ne changera plus.');
      if (entry.permanent === true) advice.push('Ne plus envoyer à ce numéro tant qu’il n’est pas corrigé.');
      if (entry.permanent === false)
        advice.push('Le numéro pourra être joignable plus tard : une nouvelle tentative peut réussir.');
      return advice;
    }
    switch (entry.fixableBy) {
      case 'end-user':
        return [
          'Afficher le texte convivial à côté de la saisie de l’utilisateur, et le laisser la corriger.',
          'Ne pas réessayer sans changement.',
        ];
      case 'account-owner':
        return [
          'Afficher le texte convivial : il dit à l’utilisateur qui peut agir.',
          'Prévenir le titulaire du compte (crédit, réglages ou droits du compte SMSPartner).',
          entry.retryable ? 'Réessayer une fois qu’il a agi.' : 'Ne pas réessayer avant qu’il ait agi.',
        ];
      case 'developer':
        return [
          'Journaliser le code et prévenir les développeurs : la requête est fausse, l’utilisateur final n’y peut rien.',
          'Afficher le texte convivial, qui ne met pas l’utilisateur en cause.',
          'Ne pas réessayer sans changement.',
        ];
      case 'retry-later':
        return [
          'Réessayer plus tard, avec un délai croissant.',
          'Afficher le texte convivial si l’utilisateur attend.',
        ];
      default:
        return [
          'Afficher le texte convivial.',
          entry.retryable
            ? 'Réessayer plus tard, avec un délai croissant.'
            : 'Ne pas réessayer : la réponse sera la même.',
        ];
    }
  },
  sectionIntro: (size, codeType) =>
    `${size} codes (${codeType === 'number' ? 'des nombres' : 'des chaînes'}), chacun avec sa page.`,
  head: {
    language: (languageName) => ({
      title: `Codes de l’API SMSPartner (${languageName.toLocaleLowerCase('fr')})`,
      description: `Tous les codes d’erreur et de statut de l’API SMSPartner, avec le libellé de SMSPartner et un texte convivial, en ${languageName.toLocaleLowerCase('fr')}.`,
    }),
    section: (section, heading, size) => ({
      title: `Codes ${section} de SMSPartner\u202f: ${heading}`,
      description: `Les ${size} codes de ${section} (${heading}), chacun avec le libellé de SMSPartner, un texte convivial et ce que l’application doit faire.`,
    }),
    entry: (entry, name, official, friendly) => ({
      title: `${name}\u202f: ${official} · API SMSPartner`,
      description: `${entry.kind === 'status' ? 'Statut' : 'Erreur'} ${entry.code} de SMSPartner (${entry.section}, ${entry.key})\u202f: «\u202f${official}\u202f». ${friendly}`,
    }),
  },
};

const byLanguage: Readonly<Record<string, UiText>> = { en: english, fr: french };

/** The explorer's words in a language, or in English when it has none in that language. */
export function uiText(lng: string): UiText {
  return byLanguage[lng] ?? english;
}
