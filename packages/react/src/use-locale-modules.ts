import { canonicalLocale, type LocalePack, localeChain, packsOf } from '@smspartner-i18n/core/runtime';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SmsPartnerProviderBaseProps } from './types.ts';

export interface LocaleModules {
  /** The locales tried, in order (`fr-CA`, `fr`, `en`). */
  readonly chain: readonly string[];
  /** What was given up front, then what was loaded so far for the chain, as given (modules, packs, lists). */
  readonly sources: readonly unknown[];
  /** The packs of `sources` (core's `packsOf`). */
  readonly packs: readonly LocalePack[];
  /** True while a loader of the chain has not settled yet. */
  readonly loading: boolean;
}

/** `undefined` while a loader is pending; `null` when it failed. */
type Loaded = Readonly<Record<string, unknown>>;

/**
 * The packs of a provider: the ones given up front, plus, for every locale
 * of the chain that has none, what `loadLocale` gives. Loading happens in an
 * effect, so a server render and the first client render use the packs
 * given up front (the same output on both sides), and each tag is asked for
 * once per provider: a French-only tree never asks for English if English
 * was given, an English tree never asks for French.
 */
export function useLocaleModules(
  locale: unknown,
  { packs, loadLocale, fallbackLocale, onLoadError }: SmsPartnerProviderBaseProps<LocalePack>,
): LocaleModules {
  const chain = useMemo(() => localeChain(locale, fallbackLocale ?? 'en'), [locale, fallbackLocale]);
  // Apps write `packs={[en, fr]}` inline: a new array of the same packs must not rebuild the resolver.
  const samePacks = useSameItems(packs);
  // The packs given up front, and the tags of the chain they leave for the loader.
  const [givenPacks, missing] = useMemo(() => {
    const given = packsOf(samePacks);
    const present = new Set(given.map((pack) => canonicalLocale(pack.locale)));
    return [given, loadLocale === undefined ? [] : chain.filter((tag) => !present.has(tag))];
  }, [chain, samePacks, loadLocale]);
  const [loaded, setLoaded] = useState<Loaded>({});
  // Per provider, not per module: two providers never share what they asked for.
  const requested = useRef<Set<string> | null>(null);
  const latestOnLoadError = useRef(onLoadError);
  useEffect(() => {
    latestOnLoadError.current = onLoadError;
  });

  useEffect(() => {
    if (loadLocale === undefined) return;
    requested.current ??= new Set();
    for (const tag of missing) {
      if (requested.current.has(tag)) continue;
      requested.current.add(tag);
      // A loader that throws synchronously is treated like one that rejects.
      new Promise<unknown>((resolve) => resolve(loadLocale(tag))).then(
        (value) => setLoaded((previous) => ({ ...previous, [tag]: value ?? null })),
        (error: unknown) => {
          setLoaded((previous) => ({ ...previous, [tag]: null }));
          latestOnLoadError.current?.(error, tag);
        },
      );
    }
    // No cleanup that drops results: under StrictMode the effect runs twice,
    // and the loader (asked once) must still deliver to this provider.
  }, [missing, loadLocale]);

  return useMemo(() => {
    const sources: unknown[] = [samePacks];
    for (const tag of chain) sources.push(loaded[tag]);
    return {
      chain,
      sources,
      packs: [...givenPacks, ...packsOf(sources.slice(1))],
      loading: missing.some((tag) => loaded[tag] === undefined),
    };
  }, [chain, samePacks, givenPacks, loaded, missing]);
}

/** The previous list while the new one holds the same items in the same order. */
function useSameItems<T>(list: readonly T[] | undefined): readonly T[] | undefined {
  const kept = useRef(list);
  const previous = kept.current;
  const same =
    previous === list ||
    (previous !== undefined &&
      list !== undefined &&
      previous.length === list.length &&
      previous.every((item, index) => item === list[index]));
  if (!same) kept.current = list;
  return kept.current;
}
