import type { Tone } from './types.ts';

const tones: ReadonlySet<unknown> = new Set<Tone>(['official', 'friendly']);

export function isTone(value: unknown): value is Tone {
  return tones.has(value);
}

// The canonical form of each tag seen: `Intl.getCanonicalLocales` costs microseconds, and a server
// meets the same few tags on every request. A pure function's results, so sharing them shares no
// state; bounded, since tags come from outside.
const canonicalForms = new Map<string, string | undefined>();

/** `fr-CA` → `fr-CA`, `FR_ca` → `fr-CA`; anything that is not a locale tag → `undefined`. */
export function canonicalLocale(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return undefined;
  const known = canonicalForms.get(value);
  if (known !== undefined || canonicalForms.has(value)) return known;
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
  } catch {
    canonical = undefined;
  }
  if (canonicalForms.size < 256) canonicalForms.set(value, canonical);
  return canonical;
}

/** `zh-Hant-TW` → `['zh-Hant-TW', 'zh-Hant', 'zh']`. */
function withParents(locale: string): string[] {
  const chain = [locale];
  for (let end = locale.lastIndexOf('-'); end > 0; end = locale.lastIndexOf('-', end - 1))
    chain.push(locale.slice(0, end));
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
