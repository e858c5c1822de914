import { type MessageKey, messageKeys } from '@smspartner-i18n/core';
import type { MatchKind, ResolvedText } from '@smspartner-i18n/core/types';
import { describe, expect, it } from 'vitest';
import type { ReviewData } from './review-data.ts';
import { answeringKey, describeLength, languageOf, reviewKey, sampleInput } from './review-view.tsx';

const nothingToReview: ReviewData = { contexts: {}, untranslated: {}, problems: [] };

function answer(locale: string, matched: MatchKind): ResolvedText {
  return { text: `a ${locale} sentence`, locale, register: 'friendly', matched };
}

/** How close a key's own text is to the input that reaches it: an entry, a section fallback, the global one. */
function matchOf(key: MessageKey): MatchKind {
  if (key === 'unknownCode') return 'generic';
  // Field texts: the field's `unknown` text is its section-like fallback, `unknownField` the generic one.
  if (key.endsWith('.fields.unknownField')) return 'generic';
  if (key.includes('.fields.') && key.endsWith('.unknown')) return 'section';
  return key.endsWith('.unknownCode') ? 'section' : 'exact';
}

describe('answeringKey', () => {
  it("names the key itself when each key's sample input gets that key's own kind of text", () => {
    for (const key of messageKeys) {
      const { section, code } = sampleInput(key);
      expect(answeringKey(section, code, matchOf(key)), key).toBe(key);
    }
  });

  it('names the fallback that answered instead', () => {
    expect(answeringKey('sms.send', 11, 'section')).toBe('sms.send.unknownCode');
    expect(answeringKey('sms.send', 11, 'generic')).toBe('unknownCode');
    expect(answeringKey('no.such.section', 11, 'section')).toBe('unknownCode');
  });
});

describe('reviewKey', () => {
  const key = 'sms.send.insufficientCredit';
  const sources = { en: { [key]: 'Out of credit.' }, fr: { [key]: 'Plus de crédit.' } };

  it('flags a language whose text fell back, and only that one', () => {
    const review = reviewKey(
      key,
      'friendly',
      sources,
      { en: () => answer('en', 'generic'), fr: () => answer('fr', 'exact') },
      nothingToReview,
    );
    expect(languageOf(review, 'en').flags).toEqual(['fails: renders the en text of unknownCode instead']);
    expect(languageOf(review, 'fr').flags).toEqual([]);
    expect(review.flagged).toBe(true);
  });

  it('flags a text that came from another language', () => {
    const review = reviewKey(
      key,
      'friendly',
      sources,
      { en: () => answer('en', 'exact'), fr: () => answer('en', 'exact') },
      nothingToReview,
    );
    expect(languageOf(review, 'fr').flags).toEqual([`fails: renders the en text of ${key} instead`]);
    expect(languageOf(review, 'en').flags).toEqual([]);
  });

  it('flags a text still in English as untranslated, not as missing or failing', () => {
    const review = reviewKey(
      key,
      'friendly',
      { en: sources.en, fr: {} },
      { en: () => answer('en', 'exact'), fr: () => answer('en', 'exact') },
      { ...nothingToReview, untranslated: { fr: { official: [], friendly: [key] } } },
    );
    expect(languageOf(review, 'fr').flags).toEqual([
      'untranslated: still the English text, shown in English',
    ]);
    expect(languageOf(review, 'fr').rendered.locale).toBe('en');
    expect(review.flagged).toBe(true);
  });

  it('shows the check results of each text: its problems, and its length against the budget', () => {
    const review = reviewKey(
      key,
      'friendly',
      sources,
      { en: () => answer('en', 'exact'), fr: () => answer('fr', 'exact') },
      {
        ...nothingToReview,
        problems: [
          {
            severity: 'error',
            rule: 'advice-retry',
            message: '"réessayez" tells the user that trying again helps',
            key,
            locale: 'fr',
            register: 'friendly',
            where: 'locales/fr/friendly/sms.send.json:8:5',
          },
          {
            severity: 'error',
            rule: 'advice-retry',
            message: 'the official register is not this view',
            key,
            locale: 'fr',
            register: 'official',
            where: 'locales/fr/official/sms.send.json:8:5',
          },
        ],
        lengths: {
          [`en/friendly/${key}`]: { length: 14 },
          [`fr/friendly/${key}`]: { length: 15, budget: 40 },
        },
      },
    );
    expect(languageOf(review, 'fr').flags).toEqual([
      'error advice-retry: "réessayez" tells the user that trying again helps (locales/fr/friendly/sms.send.json:8:5)',
    ]);
    expect(languageOf(review, 'en').flags).toEqual([]);
    expect(describeLength(languageOf(review, 'en').length)).toBe('14 characters');
    expect(describeLength(languageOf(review, 'fr').length)).toBe('15 of 40 characters');
  });
});
