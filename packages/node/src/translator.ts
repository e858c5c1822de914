import { createResolver, type Explanation, type MessageOptions, type Tone } from '@smspartner-i18n/core';
import { canonicalLocale, isTone, type PackSource, packsOf } from '@smspartner-i18n/core/runtime';
import { builtInLocales, builtInPacks } from './built-in-packs.ts';

export interface TranslatorOptions {
  /** The wanted locale (`fr-CA`, often from `negotiateLocale`); then its parents (`fr`), the fallback, English. */
  readonly locale?: string;
  /** Tried after the wanted locale and its parents. Default `en`. */
  readonly fallbackLocale?: string;
  /** Default register: `friendly` (for end users, the default) or `official` (SMSPartner's wording). */
  readonly tone?: Tone;
  /**
   * More packs (`@smspartner-i18n/locale-*`'s `pack`, the module that exports it, your own, or a list
   * of those); they win over built-in packs of the same locale.
   */
  readonly locales?: PackSource;
}

export interface Translator {
  /** The wanted locale in canonical form, or the fallback when the wanted one is not a locale tag. */
  readonly locale: string;
  readonly tone: Tone;
  /** The locales tried, in order (`['fr-CA', 'fr', 'en']`). */
  readonly localeChain: readonly string[];
  /** The locales some pack of this translator has texts for. */
  readonly availableLocales: readonly string[];
  /** The sentence for a code, and which locale, register and key it came from. Never throws. */
  explain(section: unknown, code: unknown, options?: MessageOptions): Explanation;
  /** The sentence for a code: never empty, never a raw key. Never throws. */
  message(section: unknown, code: unknown, options?: MessageOptions): string;
}

/**
 * Makes a translator over the built-in English and French packs plus
 * `locales`. All the work (fallback chain, formatting) is core's resolver;
 * this adds the built-in packs and describes the result. Cheap enough to
 * make per request, and shares no state with any other translator.
 */
export function createTranslator(options: TranslatorOptions = {}): Translator {
  const given: Partial<TranslatorOptions> = typeof options === 'object' && options !== null ? options : {};
  const tone: Tone = isTone(given.tone) ? given.tone : 'friendly';
  // Packs, their modules (`import * as fr from '@smspartner-i18n/locale-fr/friendly/sms.send'`) or lists of them.
  const extra = packsOf(given.locales).filter((pack) => canonicalLocale(pack.locale) !== undefined);
  // core's resolver canonicalises the locales (and ignores one that is not a tag); its chain starts with the
  // wanted locale, or with the fallback when the wanted one is not a tag.
  const resolver = createResolver({
    packs: extra.length === 0 ? builtInPacks : [...extra, ...builtInPacks],
    locale: given.locale,
    fallbackLocale: given.fallbackLocale ?? 'en',
    tone,
  });
  const availableLocales =
    extra.length === 0
      ? builtInLocales
      : Object.freeze([
          ...new Set([...extra.map((pack) => canonicalLocale(pack.locale)!), ...builtInLocales]),
        ]);
  return Object.freeze({
    locale: resolver.localeChain[0] ?? 'en',
    tone,
    localeChain: resolver.localeChain,
    availableLocales,
    explain: resolver.explain,
    message: resolver.message,
  });
}
