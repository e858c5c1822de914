import type { CatalogEntry } from '@smspartner-i18n/core';
import { type Finding, languageOf, sentenceStarts, type TextRule } from './check-rules.ts';
import { type Glossary, variantPattern } from './glossary.ts';

/**
 * Friendly texts must not contradict their catalog entry's metadata (never a list of keys, so a new code is
 * covered at once). A language without wording below is not checked by these rules.
 */

interface AdviceWording {
  /** "Try again later": only true when sending the same request again can work. */
  readonly retry: readonly string[];
  /** "Right now", "if this continues": only true when the condition can clear. */
  readonly temporary: readonly string[];
  /** Verbs that start an instruction to the end user ("Check the number"). */
  readonly instruction: readonly string[];
}

export const adviceWording: Readonly<Record<string, AdviceWording>> = {
  en: {
    retry: ['try again', 'try sending', 'retry', 'later', 'in a few minutes', 'in a moment', 'wait a moment'],
    temporary: [
      'right now',
      'for now',
      'at the moment',
      'for the moment',
      'temporar*',
      'currently',
      'this time',
      'if it persists',
      'if this persists',
      'if it continues',
      'if this continues',
      'if it happens again',
      'keeps happening',
    ],
    instruction: [
      'check',
      'enter',
      'add',
      'choose',
      'select',
      'pick',
      'remove',
      'write',
      'shorten',
      'split',
      'change',
      'correct',
      'type',
      'fill',
      'give',
      'raise',
      'lower',
      'rent',
      'space',
      'avoid',
    ],
  },
  fr: {
    retry: [
      'réessay*',
      'plus tard',
      'nouvel essai',
      'renouvel*',
      'dans quelques minutes',
      'dans quelques instants',
      'patientez',
    ],
    temporary: [
      'pour le moment',
      'pour l’instant',
      'en ce moment',
      'momentané*',
      'temporaire*',
      'passag*',
      'actuellement',
      'cette fois*',
      'si cela persiste',
      's’il persiste',
      'si cela continue',
      's’il se reproduit',
      'si elle se reproduit',
    ],
    instruction: [
      'vérifiez',
      'saisissez',
      'indiquez',
      'ajoutez',
      'choisissez',
      'sélectionnez',
      'retirez',
      'supprimez',
      'rédigez',
      'raccourcissez',
      'répartissez',
      'corrigez',
      'modifiez',
      'renseignez',
      'contrôlez',
      'donnez',
      'augmentez',
      'abaissez',
      'réduisez',
      'louez',
      'espacez',
      'évitez',
    ],
  },
};

/** The glossary entries the rules require, by their English term. */
export const causeTerm = 'technical problem on our side';
export const administratorTerm = 'account administrator';

const compiled = new Map<string, RegExp>();
const patternOf = (phrase: string): RegExp =>
  compiled.get(phrase) ?? compiled.set(phrase, variantPattern(phrase)).get(phrase)!;

/** The earliest match of any phrase (the first listed, on a tie). */
const firstOf = (source: string, phrases: readonly string[]): RegExpExecArray | undefined =>
  phrases
    .map((phrase) => patternOf(phrase).exec(source))
    .filter((match) => match !== null)
    .sort((a, b) => a.index - b.index)[0];

/** Neither the same request later, nor the end user, can make it work. */
const noRetryHelps = (entry: CatalogEntry): boolean =>
  entry.kind === 'error' &&
  !entry.retryable &&
  (entry.fixableBy === 'developer' || entry.fixableBy === 'account-owner' || entry.fixableBy === 'no-one');

/** The condition will not clear by itself. */
const isPermanent = (entry: CatalogEntry): boolean =>
  entry.permanent === true ||
  (entry.kind === 'error' && !entry.retryable && entry.fixableBy !== 'end-user') ||
  (entry.kind === 'status' && entry.final === true);

const fixedBy = (entry: CatalogEntry): string =>
  entry.fixableBy === 'developer'
    ? "only the app's developers can fix it"
    : entry.fixableBy === 'account-owner'
      ? 'only the account administrator can fix it'
      : 'nobody can fix it';

/** The term a language's glossary column gives for an English term, without its parenthesis. */
function requiredTerm(glossary: Glossary, english: string, language: string): string | undefined {
  const term = glossary.entries.find((entry) => entry.terms.en === english)?.terms[language];
  return term ? term.replace(/\s*\(.*\)\s*$/, '') : undefined;
}

export const checkAdvice: TextRule = ({ locale, register, source, entry, glossary }) => {
  if (register !== 'friendly' || !entry) return [];
  const language = languageOf(locale);
  const wording = adviceWording[language];
  const found: Finding[] = [];
  const metadata = `fixableBy: ${entry.fixableBy ?? 'none'}, retryable: ${entry.retryable}`;
  if (wording && noRetryHelps(entry)) {
    const retry = firstOf(source, wording.retry);
    if (retry) {
      found.push({
        severity: 'error',
        rule: 'advice-retry',
        offset: retry.index,
        message: `"${retry[0]}" tells the user that trying again helps, but the code is not retryable and ${fixedBy(entry)} (${metadata}); say who can act instead`,
      });
    }
  }
  if (wording && isPermanent(entry)) {
    const temporary = firstOf(source, wording.temporary);
    if (temporary) {
      const why =
        entry.permanent === true
          ? 'permanent: true'
          : entry.kind === 'status'
            ? 'final: true'
            : `retryable: false, fixableBy: ${entry.fixableBy}`;
      found.push({
        severity: 'error',
        rule: 'advice-temporary',
        offset: temporary.index,
        message: `"${temporary[0]}" presents the condition as temporary, but it will not clear by itself (${why}); describe it as it is`,
      });
    }
  }
  if (entry.fixableBy === 'developer') {
    const verbs = (wording?.instruction ?? []).map(patternOf);
    const start = sentenceStarts(source).find((at) =>
      verbs.some((pattern) => pattern.exec(source.slice(at))?.index === 0),
    );
    if (start !== undefined) {
      found.push({
        severity: 'error',
        rule: 'advice-end-user-instruction',
        offset: start,
        message: `"${source.slice(start).split(/[\s,.]/)[0]}" asks the end user to change something, but only the app's developers can fix this code (fixableBy: developer); say it is a technical problem and to contact support`,
      });
    }
    const cause = requiredTerm(glossary, causeTerm, language);
    if (cause && !patternOf(cause).test(source)) {
      found.push({
        severity: 'error',
        rule: 'advice-cause',
        message: `only the app's developers can fix this code (fixableBy: developer): name the cause with the glossary's "${cause}", without details`,
      });
    }
  }
  if (entry.fixableBy === 'account-owner') {
    const administrator = requiredTerm(glossary, administratorTerm, language);
    if (administrator && !patternOf(administrator).test(source)) {
      found.push({
        severity: 'error',
        rule: 'advice-administrator',
        message: `only the account administrator can fix this code (fixableBy: account-owner): say to turn to them, with the glossary's "${administrator}"`,
      });
    }
  }
  return found;
};
