import type { Tone } from './types.ts';

export function isTone(value: unknown): value is Tone {
  return value === 'official' || value === 'friendly';
}

/** `fr-CA` → `fr-CA`, `FR_ca` → `fr-CA`; anything that is not a locale tag → `undefined`. */
export function canonicalLocale(value: unknown): string | undefined {
  if (typeof value === 'string' && value.length > 0 && value.length <= 64)
    try {
      return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
    } catch {
      // Not a locale tag.
    }
  return undefined;
}

/**
 * The locales to try, in order: the wanted one and its parents, the fallback and its parents, then
 * English (`zh-Hant-TW` → `zh-Hant-TW`, `zh-Hant`, `zh`).
 */
export function localeChain(locale: unknown, fallbackLocale: unknown = 'en'): string[] {
  const chain: string[] = [];
  for (const candidate of [canonicalLocale(locale), canonicalLocale(fallbackLocale), 'en']) {
    const parts = candidate?.split('-') ?? [];
    for (let length = parts.length; length > 0; length--) {
      const tag = parts.slice(0, length).join('-');
      if (!chain.includes(tag)) chain.push(tag);
    }
  }
  return chain;
}
