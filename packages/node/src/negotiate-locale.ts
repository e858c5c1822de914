import { match } from '@formatjs/intl-localematcher';
import { canonicalLocale } from '@smspartner-i18n/core/runtime';
import { builtInLocales } from './built-in-packs.ts';

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

/**
 * The language ranges of an `Accept-Language` header, best first (RFC 9110
 * §12.5.4): `q=0` ranges, `*`, malformed q-values and tags that are not
 * locale tags are dropped.
 */
export function acceptedLocales(header: unknown): string[] {
  const value = Array.isArray(header)
    ? header.filter((part) => typeof part === 'string').join(',')
    : typeof header === 'string'
      ? header
      : '';
  const ranges: WeightedRange[] = [];
  for (const part of value.slice(0, MAX_HEADER_LENGTH).split(',').slice(0, MAX_RANGES)) {
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
 * `fr-CA,fr;q=0.9` → `fr`. A missing, empty or malformed header, or one that
 * matches nothing, gives `defaultLocale`. Never throws.
 */
export function negotiateLocale(
  acceptLanguage: unknown,
  available: readonly string[] = builtInLocales,
  defaultLocale?: string,
): string {
  const availableTags =
    available === builtInLocales || !Array.isArray(available)
      ? builtInLocales
      : [...new Set(available.map((tag) => canonicalLocale(tag)).filter((tag) => tag !== undefined))];
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
