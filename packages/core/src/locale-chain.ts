import type { Tone } from './types.ts';

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
