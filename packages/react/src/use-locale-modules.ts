import { canonicalLocale, type LocalePack, localeChain, packsOf } from '@smspartner-i18n/core/runtime';
import type { CodePack } from '@smspartner-i18n/core/types';
import { useEffect, useMemo, useRef, useState } from 'react';
import { guardedLoader, guardedOptions, useSameItems } from './guard.ts';
import type { LocaleLoaderOptions, SmsPartnerProviderBaseProps } from './types.ts';

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
 * The packs of a provider or a `useLocaleLoader`: the ones given up front, plus, for every locale
 * of the chain that has none, what `loadLocale` gives. Loading happens in an
 * effect, so a server render and the first client render use the packs
 * given up front (the same output on both sides), and each tag is asked for
 * once per hook: a French-only tree never asks for English if English
 * was given, an English tree never asks for French.
 */
export function useLocaleModules(
  locale: unknown,
  {
    packs,
    loadLocale,
    fallbackLocale,
    onLoadError,
  }: SmsPartnerProviderBaseProps<LocalePack> & LocaleLoaderOptions<LocalePack>,
): LocaleModules {
  const chain = useMemo(() => localeChain(locale, fallbackLocale ?? 'en'), [locale, fallbackLocale]);
  // Apps write `packs={[en, fr]}` inline: a new array of the same packs must not rebuild the resolver.
  const samePacks = useSameItems(packs);
  const loads = loadLocale !== undefined;
  // The packs given up front, and the tags of the chain they leave for the loader.
  const [givenPacks, missing] = useMemo(() => {
    const given = packsOf(samePacks);
    const present = new Set(given.map((pack) => canonicalLocale(pack.locale)));
    return [given, loads ? chain.filter((tag) => !present.has(tag)) : []];
  }, [chain, samePacks, loads]);
  const [loaded, setLoaded] = useState<Loaded>({});
  // Per hook, not per module: two providers never share what they asked for.
  const requested = useRef<Set<string> | null>(null);
  // The latest loader and handler: apps write them inline, and a new function of the same loader
  // must not rebuild the packs (nor the resolver over them).
  const latest = useRef({ loadLocale, onLoadError });
  useEffect(() => {
    latest.current = { loadLocale, onLoadError };
  });

  useEffect(() => {
    if (!loads) return;
    requested.current ??= new Set();
    for (const tag of missing) {
      if (requested.current.has(tag)) continue;
      requested.current.add(tag);
      // A loader that throws synchronously is treated like one that rejects.
      const load = latest.current.loadLocale;
      new Promise<unknown>((resolve) => resolve(load?.(tag))).then(
        (value) => setLoaded((previous) => ({ ...previous, [tag]: value ?? null })),
        (error: unknown) => {
          setLoaded((previous) => ({ ...previous, [tag]: null }));
          latest.current.onLoadError?.(error, tag);
        },
      );
    }
    // No cleanup that drops results: under StrictMode the effect runs twice,
    // and the loader (asked once) must still deliver to this hook.
  }, [missing, loads]);

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

export interface UseLocaleLoaderOptions
  extends Pick<SmsPartnerProviderBaseProps, 'packs' | 'fallbackLocale'>,
    LocaleLoaderOptions {
  /** The locale the tree shows; the loader is asked for the tags of its chain that `packs` leaves out. */
  readonly locale: string;
}

/** What `useLocaleLoader` gives: props for `SmsPartnerProvider`, spread as they are. */
export interface LoadedLocaleProps {
  readonly locale: string;
  /** The packs given, then those loaded so far for the chain. */
  readonly packs: readonly CodePack[];
  /** The one given to the hook; left out when none was, so that the provider's own is kept. */
  readonly fallbackLocale?: string;
  /** True while a loader of the chain has not settled yet (`useSmsPartner().loading` below the provider). */
  readonly loading: boolean;
}

/**
 * Lazy locale packs for the standalone provider: `<SmsPartnerProvider {...useLocaleLoader({ locale,
 * packs: [en], loadLocale })}>`. A hook of its own, so that an app that loads nothing ships no
 * loader; the react-i18next and react-intl providers load the same way from their `loadLocale` prop.
 */
export function useLocaleLoader(options: UseLocaleLoaderOptions): LoadedLocaleProps {
  let given: Partial<UseLocaleLoaderOptions> = {};
  try {
    const { locale, packs, fallbackLocale, loadLocale, onLoadError } = options;
    given = { locale, packs, fallbackLocale, loadLocale, onLoadError };
  } catch {
    // Options that cannot be read: nothing to load, no packs.
  }
  const { fallbackLocale, packs: givenPacks } = guardedOptions(given);
  const { locale } = given;
  const { packs, loading } = useLocaleModules(locale, {
    packs: givenPacks,
    fallbackLocale,
    ...guardedLoader(given),
  });
  return useMemo(
    () => ({
      locale: typeof locale === 'string' ? locale : (fallbackLocale ?? 'en'),
      // Code packs: the loader's type allows no other, and `packsOf` keeps what it was given.
      packs: packs as readonly CodePack[],
      loading,
      ...(fallbackLocale === undefined ? {} : { fallbackLocale }),
    }),
    [locale, packs, fallbackLocale, loading],
  );
}
