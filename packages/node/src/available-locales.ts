import { canonicalLocale, packsOf } from '@smspartner-i18n/core/internal';
import { builtInLocales } from './built-in-packs.ts';

const MAX_AVAILABLE = 100;

/**
 * The locales `negotiateLocale` chooses from, in canonical form, from what an
 * app already has: a list of tags; the packs it gives `createTranslator`
 * (a pack, its module, a list of them: their locales and the built-in ones,
 * as the translator has them); or a translator (its `availableLocales`). So
 * a new language is negotiated without a second list. Never throws.
 */
export function availableLocalesOf(available: unknown): readonly string[] {
  try {
    // A lone string is not a list: as if none were given, like any other value that holds no pack.
    if (available === undefined || available === builtInLocales || typeof available !== 'object')
      return builtInLocales;
    const fromTranslator =
      typeof available === 'object' && available !== null && !Array.isArray(available)
        ? (available as { availableLocales?: unknown }).availableLocales
        : undefined;
    const items: readonly unknown[] = Array.isArray(fromTranslator)
      ? fromTranslator
      : Array.isArray(available)
        ? available
        : [available];
    const tags: string[] = [];
    let packsGiven = false;
    // A real list names a few locales; the bound keeps a hostile one from costing anything.
    const count = Math.min(items.length, MAX_AVAILABLE);
    for (let index = 0; index < count; index++) {
      const item: unknown = items[index];
      if (typeof item === 'string') {
        const tag = canonicalLocale(item);
        if (tag !== undefined) tags.push(tag);
        continue;
      }
      for (const pack of packsOf(item)) {
        const tag = canonicalLocale(pack.locale);
        if (tag === undefined) continue;
        packsGiven = true;
        tags.push(tag);
      }
    }
    // Something that is neither a list nor holds a pack: the built-in locales, as if none were given.
    if (tags.length === 0 && !Array.isArray(available) && !Array.isArray(fromTranslator))
      return builtInLocales;
    // Packs come on top of the built-in ones, as in createTranslator.
    return [...new Set(packsGiven ? [...tags, ...builtInLocales] : tags)];
  } catch {
    return builtInLocales;
  }
}
