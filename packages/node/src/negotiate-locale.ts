import { match } from '@formatjs/intl-localematcher';
import { canonicalLocale } from '@smspartner-i18n/core/internal';
import type { PackSource } from '@smspartner-i18n/core/runtime';
import { availableLocalesOf } from './available-locales.ts';
import type { Translator } from './translator.ts';

// A real Accept-Language header is a few dozen characters; these bounds only
// keep a hostile one from costing anything.
const MAX_HEADER_LENGTH = 4096;
const MAX_RANGES = 32;
const quality = /^q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

interface WeightedRange {
  readonly tag: string;
  readonly q: number;
  readonly order: number;
}

/** The header as one string: several field lines (an array) are one list, joined by commas (RFC 9110 §5.3). */
function headerText(header: unknown): string {
  if (typeof header === 'string') return header.slice(0, MAX_HEADER_LENGTH);
  const parts: string[] = [];
  let length = 0;
  try {
    if (!Array.isArray(header)) return '';
    const count = Math.min(header.length, MAX_HEADER_LENGTH);
    for (let index = 0; index < count && length < MAX_HEADER_LENGTH; index++) {
      const part: unknown = header[index];
      if (typeof part !== 'string') continue;
      parts.push(part);
      length += part.length + 1;
    }
  } catch {
    // An array whose items cannot be read: the lines read so far.
  }
  return parts.join(',').slice(0, MAX_HEADER_LENGTH);
}

/**
 * The language ranges of an `Accept-Language` header, best first (RFC 9110
 * §12.5.4): `q=0` ranges, `*`, malformed q-values and tags that are not
 * locale tags are dropped, empty list elements ignored; at most 32 ranges
 * are read. Never throws.
 */
export function acceptedLocales(header: unknown): string[] {
  const ranges: WeightedRange[] = [];
  let elements = 0;
  // RFC 9110 §5.6.1: a list may hold empty elements (`, ,fr`); they are ignored, and not counted.
  for (const part of headerText(header).split(',')) {
    if (part.trim() === '') continue;
    if (++elements > MAX_RANGES) break;
    const [rawTag = '', ...parameters] = part.split(';');
    const tag = rawTag.trim();
    if (tag === '' || tag === '*') continue;
    let q = 1;
    let valid = true;
    for (const parameter of parameters) {
      const trimmed = parameter.trim();
      if (trimmed === '') continue;
      const weight = quality.exec(trimmed);
      if (weight === null) valid = false;
      else q = Number(weight[1]);
    }
    const canonical = canonicalLocale(tag);
    if (!valid || q === 0 || canonical === undefined) continue;
    ranges.push({ tag: canonical, q, order: ranges.length });
  }
  ranges.sort((a, b) => b.q - a.q || a.order - b.order);
  return [...new Set(ranges.map((range) => range.tag))];
}

/**
 * Picks the best of `available` for an `Accept-Language` header (a string,
 * or the string array some frameworks give), with formatjs's locale matcher:
 * `fr-CA,fr;q=0.9` → `fr`. `available` is a list of tags, or the packs the
 * app gives `createTranslator` (their locales and the built-in ones), or the
 * translator itself. A missing, empty or malformed header, or one that
 * matches nothing, gives `defaultLocale`. Never throws.
 */
export function negotiateLocale(
  acceptLanguage: unknown,
  available?: readonly string[] | PackSource | Pick<Translator, 'availableLocales'>,
  defaultLocale?: string,
): string {
  const availableTags = availableLocalesOf(available);
  const fallback = canonicalLocale(defaultLocale) ?? availableTags[0] ?? 'en';
  if (availableTags.length === 0) return fallback;
  const requested = acceptedLocales(acceptLanguage);
  if (requested.length === 0) return fallback;
  try {
    const best = match(requested, availableTags, fallback, { algorithm: 'best fit' });
    return availableTags.includes(best) ? best : fallback;
  } catch {
    return fallback;
  }
}
