import type { CodePack } from '@smspartner-i18n/core';
import * as english from '@smspartner-i18n/locale-en';
import type { LoadLocale } from '@smspartner-i18n/react';
import { useEffect, useState } from 'react';

export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];
export const languageNames: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français' };

/** What the explorer reads from a locale package: the pack to render with, and the ICU sources to review. */
export interface LocaleTexts {
  readonly locale: string;
  readonly pack: CodePack;
  readonly official: Readonly<Record<string, string>>;
  readonly friendly: Readonly<Record<string, string>>;
}

export const englishTexts: LocaleTexts = english;

/** French is a separate chunk: a visitor who stays in English never downloads it. */
export const loadFrench = (): Promise<LocaleTexts> => import('@smspartner-i18n/locale-fr');

export const loadLocale: LoadLocale = (locale) => (locale === 'fr' ? loadFrench() : undefined);

export type FrenchTexts =
  | { readonly state: 'idle' | 'loading' }
  | { readonly state: 'ready'; readonly texts: LocaleTexts }
  | { readonly state: 'failed'; readonly reason: string };

/**
 * The French texts, loaded the first time `wanted` is true, for the views that show both languages' sources;
 * `preloaded` when the page was rendered with them.
 */
export function useFrenchTexts(wanted: boolean, preloaded?: LocaleTexts): FrenchTexts {
  const [french, setFrench] = useState<FrenchTexts>(
    preloaded === undefined ? { state: 'idle' } : { state: 'ready', texts: preloaded },
  );
  useEffect(() => {
    if (!wanted || french.state !== 'idle') return;
    setFrench({ state: 'loading' });
    loadFrench().then(
      (texts) => setFrench({ state: 'ready', texts }),
      (error: unknown) =>
        setFrench({ state: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
  }, [wanted, french.state]);
  return french;
}
