import { type CatalogEntry, globalFallbackKey, type MessageKey, sectionFallbackKey } from './catalog.ts';
import { isSectionId, lookup, sanitizeCode } from './lookup.ts';
import type { CompiledMessage, LocalePack, Tone } from './types.ts';

/** How close the text is to the code asked for. */
export type MatchKind = 'exact' | 'section' | 'generic';

export interface Explanation {
  /** The sentence to show; never empty, never a raw key. */
  readonly text: string;
  /** The locale the text is in (for `Content-Language`). */
  readonly locale: string;
  readonly tone: Tone;
  /** `exact`: the code's own text; `section`: the section's text for unknown codes; `generic`: the global one. */
  readonly matched: MatchKind;
  readonly key: MessageKey;
  /** The catalog entry, when the code is known. */
  readonly entry?: CatalogEntry;
}

export interface MessageOptions {
  /** Overrides the resolver's default register. */
  readonly tone?: Tone;
  /** Values of the text's ICU arguments; numbers that are not finite fall back to the catalog's defaults. */
  readonly params?: Readonly<Record<string, unknown>>;
}

export interface ResolverOptions {
  /** Locale packs to draw texts from, in any order. */
  readonly packs: readonly LocalePack[];
  /** The wanted locale (`fr-CA`); tried, then its parents (`fr`). */
  readonly locale?: string;
  /** Tried after the wanted locale and its parents. Default `en`. */
  readonly fallbackLocale?: string;
  /** Default register. Default `friendly`. */
  readonly tone?: Tone;
}

export interface MessageResolver {
  /** The locales tried, in order. */
  readonly localeChain: readonly string[];
  explain(section: unknown, code: unknown, options?: MessageOptions): Explanation;
  message(section: unknown, code: unknown, options?: MessageOptions): string;
}

/**
 * The text shown when not one pack has anything to say, not even the
 * global fallback (for example an app that loaded no pack at all): an
 * adapter must never show a raw key or an empty string.
 */
export const lastResortText = 'The request could not be completed. Please try again later.';
const lastResortLocale = 'en';

const tones: ReadonlySet<unknown> = new Set<Tone>(['official', 'friendly']);

export function isTone(value: unknown): value is Tone {
  return tones.has(value);
}

/** `fr-CA` → `fr-CA`, `FR_ca` → `fr-CA`; anything that is not a locale tag → `undefined`. */
export function canonicalLocale(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** `zh-Hant-TW` → `['zh-Hant-TW', 'zh-Hant', 'zh']`. */
function withParents(locale: string): string[] {
  const parts = locale.split('-');
  const chain: string[] = [];
  for (let length = parts.length; length > 0; length--) chain.push(parts.slice(0, length).join('-'));
  return chain;
}

/** The locales to try, in order: the wanted one and its parents, the fallback and its parents, then English. */
export function localeChain(locale: unknown, fallbackLocale: unknown = 'en'): string[] {
  const chain: string[] = [];
  for (const candidate of [canonicalLocale(locale), canonicalLocale(fallbackLocale), 'en']) {
    if (candidate === undefined) continue;
    for (const tag of withParents(candidate)) if (!chain.includes(tag)) chain.push(tag);
  }
  return chain;
}

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

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 32) {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  return undefined;
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

interface Found {
  readonly message: CompiledMessage;
  readonly locale: string;
}

/**
 * Builds a resolver over a set of locale packs: the locale chain and the
 * pack order are worked out once, so a resolver is cheap to make per
 * request or per render, and holds no state shared with any other.
 */
export function createResolver(options: ResolverOptions): MessageResolver {
  const chain = localeChain(options.locale, options.fallbackLocale ?? 'en');
  const defaultTone: Tone = isTone(options.tone) ? options.tone : 'friendly';
  const packsByLocale = new Map<string, LocalePack[]>();
  for (const pack of Array.isArray(options.packs) ? options.packs : []) {
    const locale = canonicalLocale(pack?.locale);
    if (locale === undefined || typeof pack.compiled !== 'object' || pack.compiled === null) continue;
    const list = packsByLocale.get(locale) ?? [];
    list.push(pack);
    packsByLocale.set(locale, list);
  }
  const orderedPacks: { locale: string; pack: LocalePack }[] = [];
  for (const locale of chain)
    for (const pack of packsByLocale.get(locale) ?? []) orderedPacks.push({ locale, pack });
  const cache = new FormatterCache();
  // Per-resolver memo of where each key's text was found: bounded by the
  // number of message keys, and gone with the resolver.
  const found: Record<Tone, Map<string, Found | null>> = { official: new Map(), friendly: new Map() };
  // Per-resolver memo of finished sentences for `message(section, code)`
  // without options, the hot path of an error handler. Bounded, because
  // codes come from outside.
  const sentences = new Map<unknown, Map<unknown, string>>();
  let sentenceCount = 0;

  function find(key: string, tone: Tone): Found | undefined {
    const memo = found[tone];
    const known = memo.get(key);
    if (known !== undefined) return known ?? undefined;
    let result: Found | null = null;
    for (const { locale, pack } of orderedPacks) {
      const messages = pack.compiled[tone];
      if (messages !== undefined && Object.hasOwn(messages, key)) {
        const message = messages[key];
        if (Array.isArray(message) && message.length > 0) {
          result = { message, locale };
          break;
        }
      }
    }
    memo.set(key, result);
    return result ?? undefined;
  }

  function explain(section: unknown, code: unknown, callOptions?: MessageOptions): Explanation {
    const tone = isTone(callOptions?.tone) ? callOptions.tone : defaultTone;
    const { entry, attempts } = messageCandidates(section, code);

    for (const [key, matched] of attempts) {
      const hit = find(key, tone);
      if (hit === undefined) continue;
      const text = isStatic(hit.message)
        ? hit.message[0].value.trim()
        : formatCompiled(
            hit.message,
            hit.locale,
            messageParams(entry, code, callOptions?.params),
            cache,
          ).trim();
      if (text === '') continue;
      return entry === undefined
        ? { text, locale: hit.locale, tone, matched, key }
        : { text, locale: hit.locale, tone, matched, key, entry };
    }
    const last = {
      text: lastResortText,
      locale: lastResortLocale,
      tone,
      matched: 'generic' as const,
      key: globalFallbackKey,
    };
    return entry === undefined ? last : { ...last, entry };
  }

  function message(section: unknown, code: unknown, callOptions?: MessageOptions): string {
    if (callOptions !== undefined) return explain(section, code, callOptions).text;
    const bySection = sentences.get(section);
    const memo = bySection?.get(code);
    if (memo !== undefined) return memo;
    const text = explain(section, code).text;
    if (sentenceCount < maxMemoizedSentences && isMemoizable(section) && isMemoizable(code)) {
      if (bySection === undefined) sentences.set(section, new Map([[code, text]]));
      else bySection.set(code, text);
      sentenceCount++;
    }
    return text;
  }

  return { localeChain: Object.freeze(chain), explain, message };
}

const maxMemoizedSentences = 2048;

/** Only small primitives are kept as memo keys: an object would be kept alive, a long string would cost memory. */
function isMemoizable(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && value.length <= 64);
}

function isStatic(
  message: CompiledMessage,
): message is readonly [{ readonly type: 0; readonly value: string }] {
  return message.length === 1 && message[0]!.type === 0;
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
  const params: Record<string, unknown> = { ...entry?.params, code: sanitizeCode(code) ?? '?' };
  if (typeof given === 'object' && given !== null) {
    for (const name of Object.keys(given)) {
      if (name === 'code' || name === '__proto__') continue;
      const value = given[name];
      const defaultValue = entry?.params[name];
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
