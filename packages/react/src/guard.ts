import type { LocalePack } from '@smspartner-i18n/core/runtime';
import { useRef } from 'react';
import type { LocaleLoaderOptions, SmsPartnerProviderBaseProps } from './types.ts';

/**
 * The boundary between a provider's props and its internals: each option of the type it says, or
 * left out. Sources themselves (a Proxy, items whose getters throw, what a loader gives) are read
 * by core's `packsOf` and `eachPack`, which never throw, so they need no check here.
 */

/** More packs than any app has: a hostile list costs nothing beyond this. */
const MAX_SOURCES = 100;

/** The items of `value` in a plain array, so that reading it again cannot throw; `undefined` for no list. */
export function readableSources<T>(value: readonly T[] | undefined): readonly T[] | undefined {
  const sources: T[] = [];
  try {
    if (!Array.isArray(value)) return undefined;
    const length = Math.min(value.length, MAX_SOURCES);
    for (let index = 0; index < length; index++) sources.push(value[index]);
  } catch {
    // A list whose length or items cannot be read: the sources read so far.
  }
  return sources;
}

/**
 * The provider options, each usable as its type says: a value of the wrong type is left out.
 */
export function guardedOptions<Pack extends LocalePack>(
  options: SmsPartnerProviderBaseProps<Pack>,
): SmsPartnerProviderBaseProps<Pack> {
  const { packs, fallbackLocale, register } = options;
  return {
    packs: readableSources(packs),
    fallbackLocale: typeof fallbackLocale === 'string' ? fallbackLocale : undefined,
    register,
  };
}

/**
 * The loader options, the same way; the app's error handler cannot throw into a provider. The
 * loader keeps its identity, so it is asked once per tag.
 */
export function guardedLoader<Pack extends LocalePack>(
  options: LocaleLoaderOptions<Pack>,
): LocaleLoaderOptions<Pack> {
  const { loadLocale, onLoadError } = options;
  return {
    loadLocale: typeof loadLocale === 'function' ? loadLocale : undefined,
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

/** The previous list while the new one holds the same items in the same order. */
export function useSameItems<T>(list: readonly T[] | undefined): readonly T[] | undefined {
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
