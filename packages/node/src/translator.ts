import {
  canonicalLocale,
  createResolver,
  type Explanation,
  explainField,
  isTone,
  type LocalePack,
  type MessageOptions,
  type Tone,
} from '@smspartner-i18n/core';
import { recognizeFieldMessage } from '@smspartner-i18n/core/fields';
import { builtInLocales, builtInPacks } from './built-in-packs.ts';
import type { FieldError, FieldSentence } from './smspartner-error.ts';

export interface TranslatorOptions {
  /** The wanted locale (`fr-CA`, often from `negotiateLocale`); then its parents (`fr`), the fallback, English. */
  readonly locale?: string;
  /** Tried after the wanted locale and its parents. Default `en`. */
  readonly fallbackLocale?: string;
  /** Default register: `friendly` (for end users, the default) or `official` (SMSPartner's wording). */
  readonly tone?: Tone;
  /** More packs (`@smspartner-i18n/locale-*`'s `pack`, or your own); they win over built-in packs of the same locale. */
  readonly locales?: readonly LocalePack[];
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
  /**
   * A sentence per field error of a validation answer (`error.fields`), in this translator's
   * language: the field rule's text with the values SMSPartner quoted, else the field's text for
   * messages not recognised, else the section's text for unknown fields. Never throws.
   */
  explainFields(
    section: unknown,
    fields: unknown,
    options?: { readonly tone?: Tone },
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

function extraPacks(value: unknown): LocalePack[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (pack): pack is LocalePack =>
      typeof pack === 'object' && pack !== null && canonicalLocale((pack as LocalePack).locale) !== undefined,
  );
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
  const extra = extraPacks(given.locales);
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
  const packs = extra.length === 0 ? builtInPacks : [...extra, ...builtInPacks];
  const fieldOptions = { packs, locale: given.locale, fallbackLocale: given.fallbackLocale ?? 'en', tone };
  function explainFields(
    section: unknown,
    fields: unknown,
    options?: { readonly tone?: Tone },
  ): readonly FieldSentence[] {
    const sentences: FieldSentence[] = [];
    try {
      if (!Array.isArray(fields)) return sentences;
      const callTone = isTone(options?.tone) ? options.tone : tone;
      for (const value of fields.slice(0, MAX_FIELDS)) {
        try {
          const error = fieldToExplain(section, value);
          if (error === undefined) continue;
          const answer = explainField(fieldOptions, section, error, callTone);
          // A section without a field layer: the code's own sentence, in the reader's language.
          const text =
            answer.matched === 'none' && typeof section === 'string'
              ? resolver.message(section, undefined, { tone: callTone })
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
    locale: resolver.localeChain[0] ?? 'en',
    tone,
    localeChain: resolver.localeChain,
    availableLocales,
    explain: resolver.explain,
    message: resolver.message,
    explainFields,
  });
}
