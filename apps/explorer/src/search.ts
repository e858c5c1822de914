import type { CatalogEntry } from '@smspartner-i18n/core';

/** What the search reads of an entry (any section's entry fits). */
type Searchable = Pick<CatalogEntry, 'code' | 'name' | 'aliases' | 'key' | 'section'>;

/** Lower case, without accents, apostrophes unified, spaces collapsed: `Crédit  épuisé` → `credit epuise`. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** The words of a query; every one must be found (in the code, the names, the key or the texts). */
export function queryWords(query: string): string[] {
  const normalized = normalize(query);
  return normalized === '' ? [] : normalized.split(' ');
}

export function matchesQuery(words: readonly string[], entry: Searchable, texts: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = normalize(
    [String(entry.code), entry.name ?? '', ...entry.aliases, entry.key, entry.section, ...texts].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

/** Whether the query is exactly the entry's code or name: such entries are listed first. */
export function isExactCodeMatch(query: string, entry: Searchable): boolean {
  const wanted = normalize(query);
  return (
    wanted !== '' &&
    (normalize(String(entry.code)) === wanted ||
      (entry.name !== undefined && normalize(entry.name) === wanted))
  );
}
