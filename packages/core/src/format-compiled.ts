import { own } from './own.ts';
import { toNumber } from './resolver.ts';
import type { CompiledMessage } from './types.ts';

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
