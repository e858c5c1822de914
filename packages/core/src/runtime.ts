import { type CatalogEntry, globalFallbackKey, type MessageKey, sectionFallbackKey } from './catalog.ts';
import { normalizerOf } from './code-forms.ts';
import { toCodeTextsLazily } from './code-pack.ts';
import { isSectionId, lookup, sanitizeCode } from './lookup.ts';
import {
  type Candidate,
  createEngine,
  isCodePack,
  type MatchKind,
  type ResolvedText,
  type ResolverOptions,
  type Strategy,
  type TextResolver,
  toNumber,
} from './resolver-engine.ts';
import type { CodeTexts, CompiledMessage, MessagePack, MessageParams, Tone } from './types.ts';

export { canonicalLocale, isTone, localeChain } from './locale-chain.ts';
export {
  lastResortText,
  type MatchKind,
  type MessageOptions,
  type ResolvedText,
  type ResolverOptions,
  type TextResolver,
} from './resolver-engine.ts';

/** A sentence, where it came from, and what the catalog knows of the code. */
export interface Explanation extends ResolvedText {
  readonly key: MessageKey;
  /** The catalog entry, when the code is known. */
  readonly entry?: CatalogEntry;
}

/** What `createResolver` returns: sentences with their key and catalog entry. */
export type MessageResolver = TextResolver<Explanation>;

/** Caches the Intl formatters of one resolver, so formatting a number does not build one per call. */
export class FormatterCache {
  readonly #numbers = new Map<string, Intl.NumberFormat>();
  readonly #plurals = new Map<string, Intl.PluralRules>();
  readonly #dates = new Map<string, Intl.DateTimeFormat>();

  number(locale: string, style: unknown): Intl.NumberFormat {
    const options = numberOptions(style);
    const id = style == null ? locale : `${locale}|${JSON.stringify(options)}`;
    let format = this.#numbers.get(id);
    if (format === undefined) {
      format = safeIntl(
        () => new Intl.NumberFormat(locale, options),
        () => new Intl.NumberFormat('en', options),
      );
      this.#numbers.set(id, format);
    }
    return format;
  }

  plural(locale: string, type: 'cardinal' | 'ordinal'): Intl.PluralRules {
    const id = `${locale}|${type}`;
    let rules = this.#plurals.get(id);
    if (rules === undefined) {
      rules = safeIntl(
        () => new Intl.PluralRules(locale, { type }),
        () => new Intl.PluralRules('en', { type }),
      );
      this.#plurals.set(id, rules);
    }
    return rules;
  }

  date(locale: string, time: boolean): Intl.DateTimeFormat {
    const id = `${locale}|${time}`;
    let format = this.#dates.get(id);
    if (format === undefined) {
      const options: Intl.DateTimeFormatOptions = time ? { timeStyle: 'short' } : { dateStyle: 'medium' };
      format = safeIntl(
        () => new Intl.DateTimeFormat(locale, options),
        () => new Intl.DateTimeFormat('en', options),
      );
      this.#dates.set(id, format);
    }
    return format;
  }
}

function safeIntl<T>(make: () => T, fallback: () => T): T {
  try {
    return make();
  } catch {
    return fallback();
  }
}

/** The number styles ICU messages use: none, `integer`, `percent`, or a skeleton parsed by formatjs. */
function numberOptions(style: unknown): Intl.NumberFormatOptions {
  if (style === 'integer') return { maximumFractionDigits: 0 };
  if (style === 'percent') return { style: 'percent' };
  if (typeof style === 'object' && style !== null && 'parsedOptions' in style) {
    const parsed = (style as { parsedOptions: unknown }).parsedOptions;
    if (typeof parsed === 'object' && parsed !== null) return parsed as Intl.NumberFormatOptions;
  }
  return {};
}

function own(record: Readonly<Record<string, unknown>> | undefined, key: string): unknown {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Text for a plain `{arg}`: strings as they are, numbers formatted; anything else is left out rather than shown as `[object Object]`. */
function argumentText(value: unknown, locale: string, cache: FormatterCache): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return cache.number(locale, null).format(value);
  if (typeof value === 'boolean') return String(value);
  return '';
}

/**
 * Formats a message compiled by `formatjs compile --ast`, the way
 * intl-messageformat does (a test proves they agree on every text of the
 * packs), without a dependency and without parsing at run time. Missing or
 * unusable arguments format as empty text or as the value of `fallbacks`;
 * it never throws.
 */
export function formatCompiled(
  message: CompiledMessage,
  locale: string,
  params: Readonly<Record<string, unknown>> | undefined,
  cache: FormatterCache = new FormatterCache(),
  pluralValue?: number,
): string {
  if (message.length === 1 && message[0]!.type === 0) return message[0]!.value;
  let text = '';
  for (const element of message) {
    switch (element.type) {
      case 0:
        text += element.value;
        break;
      case 1:
        text += argumentText(own(params, element.value), locale, cache);
        break;
      case 2: {
        const value = toNumber(own(params, element.value));
        if (value !== undefined) text += cache.number(locale, element.style).format(value);
        break;
      }
      case 3:
      case 4: {
        const value = own(params, element.value);
        const date = value instanceof Date ? value : typeof value === 'number' ? new Date(value) : undefined;
        if (date !== undefined && !Number.isNaN(date.getTime()))
          text += cache.date(locale, element.type === 4).format(date);
        break;
      }
      case 5: {
        const value = own(params, element.value);
        const choice =
          (typeof value === 'string' && Object.hasOwn(element.options, value)
            ? element.options[value]
            : undefined) ?? (Object.hasOwn(element.options, 'other') ? element.options['other'] : undefined);
        if (choice !== undefined) text += formatCompiled(choice.value, locale, params, cache, pluralValue);
        break;
      }
      case 6: {
        const value = toNumber(own(params, element.value));
        if (value === undefined) break;
        const offset = element.offset ?? 0;
        const exact = `=${value}`;
        let choice = Object.hasOwn(element.options, exact) ? element.options[exact] : undefined;
        if (choice === undefined) {
          const category = cache.plural(locale, element.pluralType ?? 'cardinal').select(value - offset);
          choice =
            (Object.hasOwn(element.options, category) ? element.options[category] : undefined) ??
            (Object.hasOwn(element.options, 'other') ? element.options['other'] : undefined);
        }
        if (choice !== undefined) text += formatCompiled(choice.value, locale, params, cache, value - offset);
        break;
      }
      case 7:
        if (pluralValue !== undefined) text += cache.number(locale, null).format(pluralValue);
        break;
      case 8:
        text += formatCompiled(element.children, locale, params, cache, pluralValue);
        break;
    }
  }
  return text;
}

/** The resolver with the catalog: keys and entries in its answers, message packs, every ICU form. */
const withCatalog: Strategy<Explanation> = {
  candidates(section, code) {
    const entry = lookup(section, code);
    const list: Candidate[] = [];
    if (entry !== undefined) {
      const packCode = normalizerOf(entry.section)(entry.code);
      list.push({
        matched: 'exact',
        section: entry.section,
        code: packCode,
        defaults: entry.params,
        key: entry.key,
      });
    }
    if (isSectionId(section)) list.push({ matched: 'section', section, key: sectionFallbackKey(section) });
    list.push({ matched: 'generic', section: '', key: globalFallbackKey });
    return { list, about: entry };
  },
  usable(pack) {
    if (isCodePack(pack)) return pack;
    const compiled = (pack as Partial<MessagePack>).compiled;
    if (typeof compiled !== 'object' || compiled === null) return undefined;
    // Section by section, when first read: a resolver stays cheap to make over message packs.
    const codes: { -readonly [T in Tone]?: CodeTexts } = {};
    for (const tone of ['official', 'friendly'] as const) {
      const messages = compiled[tone];
      if (typeof messages === 'object' && messages !== null) codes[tone] = toCodeTextsLazily(messages);
    }
    return { locale: pack.locale, codes };
  },
  renderFully(message, locale, defaults) {
    const cache = new FormatterCache();
    return (given, code) => {
      try {
        return formatCompiled(message, locale, paramsWith(defaults, code, given), cache).trim();
      } catch {
        // A malformed message in a hand-made pack: let the next text answer.
        return '';
      }
    };
  },
  finish(text, locale, tone, matched, candidate, entry) {
    const key = (candidate?.key ?? globalFallbackKey) as MessageKey;
    return entry === undefined
      ? { text, locale, tone, matched, key }
      : { text, locale, tone, matched, key, entry: entry as CatalogEntry };
  },
};

/**
 * Builds a resolver over a set of locale packs (code packs as the locale
 * packages export them, or message packs by key): the locale chain and the
 * pack order are worked out once, so a resolver is cheap to make per
 * request or per render, and holds no state shared with any other. Its
 * answers carry the message key and the catalog entry; the resolver of
 * `@smspartner-i18n/core/runtime` answers the same texts without the catalog.
 */
export function createResolver(options: ResolverOptions): MessageResolver {
  return createEngine(options, withCatalog);
}

export interface MessageCandidates {
  /** The catalog entry, when the code is known. */
  readonly entry?: CatalogEntry;
  /** The keys to try, best first: the code's own, the section's fallback, the global fallback. */
  readonly attempts: readonly (readonly [MessageKey, MatchKind])[];
}

/**
 * The keys a resolver tries for a code, in order. Exported for adapters
 * that keep texts in another store (an app's i18next instance), so they
 * try the same keys in the same order instead of re-deriving them.
 */
export function messageCandidates(section: unknown, code: unknown): MessageCandidates {
  const entry = lookup(section, code);
  const attempts: [MessageKey, MatchKind][] = [];
  if (entry !== undefined) attempts.push([entry.key, 'exact']);
  if (isSectionId(section)) attempts.push([sectionFallbackKey(section), 'section']);
  attempts.push([globalFallbackKey, 'generic']);
  return entry === undefined ? { attempts } : { entry, attempts };
}

/**
 * The arguments a text is formatted with: the entry's default arguments,
 * the caller's finite numbers over them, and the sanitised `code`. Exported
 * for adapters that format with another engine (i18next).
 */
export function messageParams(
  entry: CatalogEntry | undefined,
  code: unknown,
  given: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  return paramsWith(entry?.params, code, given);
}

function paramsWith(
  defaults: MessageParams | undefined,
  code: unknown,
  given: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  const params: Record<string, unknown> = { ...defaults, code: sanitizeCode(code) ?? '?' };
  if (typeof given === 'object' && given !== null) {
    for (const name of Object.keys(given)) {
      if (name === 'code' || name === '__proto__') continue;
      const value = given[name];
      const defaultValue =
        defaults !== undefined && Object.hasOwn(defaults, name) ? defaults[name] : undefined;
      if (defaultValue !== undefined) {
        const number = toNumber(value);
        if (number !== undefined) params[name] = number;
      } else if (typeof value === 'string' || typeof value === 'number') {
        params[name] = value;
      }
    }
  }
  return params;
}
