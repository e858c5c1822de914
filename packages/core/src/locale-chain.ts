import type { Register } from './types.ts';

/** The two registers a text is written in, in the order the packs and the tools list them. */
export const registers: readonly Register[] = /* @__PURE__ */ Object.freeze(['official', 'friendly']);

export function isRegister(value: unknown): value is Register {
  return value === 'official' || value === 'friendly';
}

// The canonical form of each tag seen: `Intl.getCanonicalLocales` costs microseconds, and a server
// meets the same few tags on every request. A pure function's results, so sharing them shares no
// state; bounded, since tags come from outside.
const canonicalForms = new Map<string, string | undefined>();

/** `fr-CA` → `fr-CA`, `FR_ca` → `fr-CA`; anything that is not a locale tag → `undefined`. */
export function canonicalLocale(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return undefined;
  if (canonicalForms.has(value)) return canonicalForms.get(value);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
  } catch {
    // Not a locale tag.
  }
  if (canonicalForms.size < 256) canonicalForms.set(value, canonical);
  return canonical;
}

/**
 * The locales to try, in order: the wanted one and its parents, the fallback and its parents, then
 * English (`zh-Hant-TW` → `zh-Hant-TW`, `zh-Hant`, `zh`).
 */
export function localeChain(locale: unknown, fallbackLocale: unknown = 'en'): string[] {
  const chain: string[] = [];
  for (const candidate of [canonicalLocale(locale), canonicalLocale(fallbackLocale), 'en']) {
    // The tag, then each parent, cut at its last hyphen.
    for (let end = candidate?.length ?? 0; end > 0; end = candidate!.lastIndexOf('-', end - 1)) {
      const tag = candidate!.slice(0, end);
      if (!chain.includes(tag)) chain.push(tag);
    }
  }
  return chain;
}
