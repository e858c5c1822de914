import { canonicalLocale, type LocalePack, localeChain } from '@smspartner-i18n/core/runtime';
import { useEffect, useMemo, useRef, useState } from 'react';
import { toModules } from './sources.ts';
import type { LocaleModule, SmsPartnerProviderBaseProps } from './types.ts';

export interface LocaleModules {
  /** The locales tried, in order (`fr-CA`, `fr`, `en`). */
  readonly chain: readonly string[];
  /** The packs given up front, then those loaded so far for the chain. */
  readonly modules: readonly LocaleModule<LocalePack>[];
  readonly packs: readonly LocalePack[];
  /** True while a loader of the chain has not settled yet. */
  readonly loading: boolean;
}

/** `undefined` while a loader is pending; an empty list when it gave nothing or failed. */
type Loaded = Readonly<Record<string, readonly LocaleModule<LocalePack>[]>>;

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
  const given = useMemo(() => toModules(samePacks), [samePacks]);
  const [loaded, setLoaded] = useState<Loaded>({});
  // Per provider, not per module: two providers never share what they asked for.
  const requested = useRef<Set<string> | null>(null);
  const latestOnLoadError = useRef(onLoadError);
  useEffect(() => {
    latestOnLoadError.current = onLoadError;
  });

  const missing = useMemo(() => {
    if (loadLocale === undefined) return [];
    const present = new Set(given.map((module) => canonicalLocale(module.pack.locale)));
    return chain.filter((tag) => !present.has(tag));
  }, [chain, given, loadLocale]);

  useEffect(() => {
    if (loadLocale === undefined) return;
    requested.current ??= new Set();
    for (const tag of missing) {
      if (requested.current.has(tag)) continue;
      requested.current.add(tag);
      // A loader that throws synchronously is treated like one that rejects.
      new Promise<unknown>((resolve) => resolve(loadLocale(tag))).then(
        (value) => setLoaded((previous) => ({ ...previous, [tag]: toModules(value) })),
        (error: unknown) => {
          setLoaded((previous) => ({ ...previous, [tag]: [] }));
          latestOnLoadError.current?.(error, tag);
        },
      );
    }
    // No cleanup that drops results: under StrictMode the effect runs twice,
    // and the loader (asked once) must still deliver to this provider.
  }, [missing, loadLocale]);

  return useMemo(() => {
    const modules = [...given];
    for (const tag of chain) modules.push(...(loaded[tag] ?? []));
    return {
      chain,
      modules,
      packs: modules.map((module) => module.pack),
      loading: missing.some((tag) => loaded[tag] === undefined),
    };
  }, [chain, given, loaded, missing]);
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
