import { languages as discovered, loaders } from 'virtual:smspartner-locales';
import type { CodePack } from '@smspartner-i18n/core/types';
import * as english from '@smspartner-i18n/locale-en';
import type { LoadLocale } from '@smspartner-i18n/react';
import { useEffect, useState } from 'react';
import type { ExplorerLanguage } from './locale-list.ts';

/** Every language of the locale packages the explorer depends on, English first (see locales-plugin.ts). */
export const explorerLanguages: readonly ExplorerLanguage[] = discovered;
export const languages: readonly string[] = discovered.map((language) => language.tag);
export type Language = string;
export const languageNames: Readonly<Record<Language, string>> = Object.fromEntries(
  discovered.map((language) => [language.tag, language.name]),
);

/** What the explorer reads from a locale package: the pack to render with, and the ICU sources to review. */
export interface LocaleTexts {
  readonly locale: string;
  readonly pack: CodePack;
  readonly official: Readonly<Record<string, string>>;
  readonly friendly: Readonly<Record<string, string>>;
}

export const englishTexts: LocaleTexts = english;

/** Every other language is a separate chunk: a visitor who stays in English never downloads it. */
export const loadLocale: LoadLocale = (locale) => loadTexts(locale);

export type LoadedTexts =
  | { readonly state: 'idle' | 'loading' }
  | { readonly state: 'ready'; readonly texts: LocaleTexts }
  | { readonly state: 'failed'; readonly reason: string };

/** The texts of the languages other than English, by tag, as far as they are loaded. */
export type OtherTexts = Readonly<Record<Language, LoadedTexts>>;

const idle: LoadedTexts = { state: 'idle' };
export const textsOf = (others: OtherTexts, lng: Language): LoadedTexts => others[lng] ?? idle;

/** English and every language loaded so far: the packs a provider renders with. */
export function readyPacks(others: OtherTexts): LocaleTexts[] {
  const packs = [englishTexts];
  for (const loaded of Object.values(others)) if (loaded.state === 'ready') packs.push(loaded.texts);
  return packs;
}

/** The texts of a language other than English (its own chunk); `undefined` for English or a tag the explorer lacks. */
export function loadTexts(lng: Language): Promise<LocaleTexts> | undefined {
  return Object.hasOwn(loaders, lng) ? loaders[lng]!() : undefined;
}

/**
 * The texts of `wanted` (tags other than English), each loaded the first time it is wanted;
 * `preloaded` when the page was rendered with them.
 */
export function useLocaleTexts(
  wanted: readonly Language[],
  preloaded?: Readonly<Record<Language, LocaleTexts>>,
): OtherTexts {
  const [others, setOthers] = useState<OtherTexts>(() =>
    Object.fromEntries(
      Object.entries(preloaded ?? {}).map(([lng, texts]) => [lng, { state: 'ready', texts } as const]),
    ),
  );
  const key = wanted.join(',');
  useEffect(() => {
    for (const lng of key === '' ? [] : key.split(',')) {
      if (lng === 'en' || textsOf(others, lng).state !== 'idle') continue;
      const loading = loadTexts(lng);
      if (loading === undefined) continue;
      setOthers((current) => ({ ...current, [lng]: { state: 'loading' } }));
      loading.then(
        (texts) => setOthers((current) => ({ ...current, [lng]: { state: 'ready', texts } })),
        (error: unknown) =>
          setOthers((current) => ({
            ...current,
            [lng]: { state: 'failed', reason: error instanceof Error ? error.message : String(error) },
          })),
      );
    }
  }, [key, others]);
  return others;
}
