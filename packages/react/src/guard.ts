import type { LocalePack } from '@smspartner-i18n/core/runtime';
import { useMemo } from 'react';
import { resourcesOf, toModules } from './sources.ts';
import type { LoadedLocale, LoadLocale, SmsPartnerProviderBaseProps } from './types.ts';

/**
 * The boundary between a provider's props and its internals: whatever an app passes (a Proxy,
 * items whose getters throw, a loader that gives one), what reaches the internals can be read
 * without throwing, so that rendering never does.
 */

/** More packs than any app has: a hostile list costs nothing beyond this. */
const MAX_SOURCES = 100;

/** Whether reading `value` as a locale source (its pack, its i18next resources) throws. */
function isReadable(value: unknown): boolean {
  try {
    resourcesOf(toModules(value));
    return true;
  } catch {
    return false;
  }
}

/** The items of `value` that can be read as locale sources, in a plain array; `undefined` for no list. */
export function readableSources<T>(value: readonly T[] | undefined): readonly T[] | undefined {
  const sources: T[] = [];
  try {
    if (!Array.isArray(value)) return undefined;
    const length = Math.min(value.length, MAX_SOURCES);
    for (let index = 0; index < length; index++) {
      const item: T = value[index];
      if (isReadable(item)) sources.push(item);
    }
  } catch {
    // A list whose length or items cannot be read: the sources read so far.
  }
  return sources;
}

/**
 * The provider options, each usable as its type says: a value of the wrong type is left out, and
 * what a loader gives is dropped (as if it gave nothing) when reading it would throw. The loader
 * wrapper keeps its identity while `loadLocale` does, so it is asked once per tag.
 */
export function useGuardedOptions<Pack extends LocalePack>(
  options: SmsPartnerProviderBaseProps<Pack>,
): SmsPartnerProviderBaseProps<Pack> {
  const { packs, loadLocale, fallbackLocale, tone, onLoadError } = options;
  const guardedLoader = useMemo<LoadLocale<Pack> | undefined>(() => {
    if (typeof loadLocale !== 'function') return undefined;
    return (locale) =>
      new Promise<unknown>((resolve) => resolve(loadLocale(locale))).then((loaded) =>
        isReadable(loaded) ? (loaded as LoadedLocale<Pack>) : undefined,
      );
  }, [loadLocale]);
  return {
    packs: readableSources(packs),
    loadLocale: guardedLoader,
    fallbackLocale: typeof fallbackLocale === 'string' ? fallbackLocale : undefined,
    tone,
    onLoadError:
      typeof onLoadError === 'function'
        ? (error, locale) => {
            try {
              onLoadError(error, locale);
            } catch {
              // The app's own handler failed; nothing here can do better.
            }
          }
        : undefined,
  };
}
