import {
  createResolver,
  type Explanation,
  globalFallbackKey,
  type LocalePack,
  lastResortText,
  type MessageOptions,
  type MessageResolver,
  type Register,
} from '@smspartner-i18n/core';
import { explainField, recognizeFieldMessage } from '@smspartner-i18n/core/fields';
import { canonicalLocale, isRegister, packsOf } from '@smspartner-i18n/core/internal';
import type { PackSource } from '@smspartner-i18n/core/runtime';
import { builtInLocales, builtInPacks } from './built-in-packs.ts';
import { read } from './read.ts';
import type { FieldError, FieldSentence } from './smspartner-error.ts';

export interface TranslatorOptions {
  /** The wanted locale (`fr-CA`, often from `negotiateLocale`); then its parents (`fr`), the fallback, English. */
  readonly locale?: string;
  /** Tried after the wanted locale and its parents. Default `en`. */
  readonly fallbackLocale?: string;
  /** Default register: `friendly` (for end users, the default) or `official` (SMSPartner's wording). */
  readonly register?: Register;
  /**
   * More packs (`@smspartner-i18n/locale-*`'s `pack`, the module that exports it, your own, or a list
   * of those); they win over built-in packs of the same locale.
   */
  readonly locales?: PackSource;
}

export interface Translator {
  /** The wanted locale in canonical form, or the fallback when the wanted one is not a locale tag. */
  readonly locale: string;
  readonly register: Register;
  /** The locales tried, in order (`['fr-CA', 'fr', 'en']`). */
  readonly localeChain: readonly string[];
  /** The locales some pack of this translator has texts for. */
  readonly availableLocales: readonly string[];
  /** The sentence for a code, and which locale, register and key it came from. Never throws. */
  explain(section: unknown, code: unknown, options?: MessageOptions): Explanation;
  /** The sentence for a code: never empty, never a raw key. Never throws. */
  message(section: unknown, code: unknown, options?: MessageOptions): string;
  /**
   * A sentence per field error of a validation answer (`error.fields`), in this translator's
   * language: the field rule's text with the values SMSPartner quoted, else the field's text for
   * messages not recognised, else the section's text for unknown fields. Never throws.
   */
  explainFields(
    section: unknown,
    fields: unknown,
    options?: { readonly register?: Register },
  ): readonly FieldSentence[];
}

const MAX_FIELDS = 100;

/** A field error as given (any copy or version of this package): recognised again when it carries no rule. */
function fieldToExplain(
  section: unknown,
  value: unknown,
): { field: string; rule?: string; params?: Readonly<Record<string, unknown>>; key?: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { field, message, rule, params } = value as Partial<FieldError>;
  const name = typeof field === 'string' ? field : '';
  if (typeof rule === 'string')
    return { field: name, rule, ...(typeof params === 'object' && params !== null ? { params } : {}) };
  const found = recognizeFieldMessage(section, name, message);
  return {
    field: found.field,
    ...(found.rule !== undefined ? { rule: found.rule } : {}),
    params: found.params,
  };
}

/** More packs than any app has: a hostile list costs nothing beyond this. */
const MAX_EXTRA_PACKS = 100;

/**
 * The usable packs of `value` (packs, their modules, lists of them: core's `packsOf`), with their
 * canonical locales, read once each. A list is read up to its first 100 items, so that a sparse
 * list made by hand (`length` 2 ** 32 - 1) costs nothing.
 */
function extraPacks(value: unknown): { packs: LocalePack[]; locales: string[] } {
  const packs: LocalePack[] = [];
  const locales: string[] = [];
  let sources: unknown = value;
  try {
    if (Array.isArray(value)) {
      const length = Math.min(value.length, MAX_EXTRA_PACKS);
      const items: unknown[] = [];
      for (let index = 0; index < length; index++) items.push(value[index]);
      sources = items;
    }
  } catch {
    sources = undefined;
  }
  for (const pack of packsOf(sources).slice(0, MAX_EXTRA_PACKS)) {
    const locale = canonicalLocale(read(pack, 'locale'));
    if (locale === undefined) continue;
    packs.push(pack);
    locales.push(locale);
  }
  return { packs, locales };
}

/** The built-in texts alone, without the caller's packs or options: for when those make the resolver throw. */
function fallbackExplanation(
  section: unknown,
  code: unknown,
  locale: string,
  register: Register,
): Explanation {
  try {
    return createResolver({ packs: builtInPacks, locale, register }).explain(section, code);
  } catch {
    return { text: lastResortText, locale: 'en', register, matched: 'generic', key: globalFallbackKey };
  }
}

/**
 * Makes a translator over the built-in English and French packs plus
 * `locales`. All the work (fallback chain, formatting) is core's resolver;
 * this adds the built-in packs and describes the result. Cheap enough to
 * make per request, and shares no state with any other translator. Takes
 * any value (Proxies and throwing getters included: what cannot be read is
 * left out); never throws, and neither do its methods.
 */
export function createTranslator(options: TranslatorOptions = {}): Translator {
  const given = typeof options === 'object' && options !== null ? options : undefined;
  const givenRegister = read(given, 'register');
  const register: Register = isRegister(givenRegister) ? givenRegister : 'friendly';
  const extra = extraPacks(read(given, 'locales'));
  const locale = read(given, 'locale');
  const fallbackLocale = read(given, 'fallbackLocale') ?? 'en';
  // core's resolver canonicalises the locales (and ignores one that is not a tag); its chain starts with the
  // wanted locale, or with the fallback when the wanted one is not a tag.
  let resolver: MessageResolver;
  try {
    resolver = createResolver({
      packs: extra.packs.length === 0 ? builtInPacks : [...extra.packs, ...builtInPacks],
      locale: locale as string | undefined,
      fallbackLocale: fallbackLocale as string,
      register,
    });
  } catch {
    resolver = createResolver({
      packs: builtInPacks,
      locale: canonicalLocale(locale),
      fallbackLocale: canonicalLocale(fallbackLocale) ?? 'en',
      register,
    });
  }
  const availableLocales =
    extra.packs.length === 0
      ? builtInLocales
      : Object.freeze([...new Set([...extra.locales, ...builtInLocales])]);
  const { explain, message } = resolver;
  const wanted = resolver.localeChain[0] ?? 'en';
  /** Without the call's options first (they are what usually throws), then the built-in texts alone. */
  const recover = (section: unknown, code: unknown): Explanation => {
    try {
      return explain(section, code);
    } catch {
      return fallbackExplanation(section, code, wanted, register);
    }
  };
  const fieldOptions = {
    packs: extra.packs.length === 0 ? builtInPacks : [...extra.packs, ...builtInPacks],
    locale: typeof locale === 'string' ? locale : undefined,
    fallbackLocale: typeof fallbackLocale === 'string' ? fallbackLocale : 'en',
    register,
  };
  function explainFields(
    section: unknown,
    fields: unknown,
    options?: { readonly register?: Register },
  ): readonly FieldSentence[] {
    const sentences: FieldSentence[] = [];
    try {
      if (!Array.isArray(fields)) return sentences;
      const callRegister = isRegister(options?.register) ? options.register : register;
      for (const value of fields.slice(0, MAX_FIELDS)) {
        try {
          const error = fieldToExplain(section, value);
          if (error === undefined) continue;
          const answer = explainField(fieldOptions, section, error, callRegister);
          // A section without a field layer: the code's own sentence, in the reader's language.
          const text =
            answer.matched === 'none' && typeof section === 'string'
              ? resolver.message(section, undefined, { register: callRegister })
              : answer.text;
          sentences.push(
            Object.freeze({
              field: error.field,
              key: answer.key,
              text,
              locale: answer.matched === 'none' ? resolver.explain(section, undefined).locale : answer.locale,
            }),
          );
        } catch {
          // A field whose getters throw is left out.
        }
      }
    } catch {
      // fields is a Proxy that throws: nothing to explain.
    }
    return Object.freeze(sentences);
  }
  return Object.freeze({
    locale: wanted,
    register,
    localeChain: resolver.localeChain,
    availableLocales,
    explain(section: unknown, code: unknown, callOptions?: MessageOptions): Explanation {
      try {
        return explain(section, code, callOptions);
      } catch {
        return recover(section, code);
      }
    },
    message(section: unknown, code: unknown, callOptions?: MessageOptions): string {
      try {
        return message(section, code, callOptions);
      } catch {
        return recover(section, code).text;
      }
    },
    explainFields,
  });
}
