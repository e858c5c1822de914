import { type CatalogEntry, type CodeOf, entries, type MessageKey, messageKeys } from './catalog.ts';
import { type Normalizer, normalizerOf } from './code-forms.ts';
import { type SectionId, sectionIds } from './types.ts';

export { sanitizeCode } from './code-forms.ts';

type Index = ReadonlyMap<string | number, CatalogEntry>;

const normalizers = Object.fromEntries(sectionIds.map((id) => [id, normalizerOf(id)])) as Record<
  SectionId,
  Normalizer
>;

function buildIndex(section: SectionId): Index {
  const index = new Map<string | number, CatalogEntry>();
  const normalize = normalizers[section];
  for (const entry of entries) {
    if (entry.section !== section) continue;
    // A Set, because in DLR and VMS sections the code and the name are the same string.
    for (const form of new Set([entry.code, entry.name, ...entry.aliases])) {
      if (form === undefined) continue;
      const normalized = normalize(form);
      if (normalized === undefined || index.has(normalized)) {
        throw new Error(
          `catalog: ${entry.key} has a code or name (${String(form)}) that is not unique in ${section}`,
        );
      }
      index.set(normalized, entry);
    }
  }
  return index;
}

// Each section's index is built from the frozen catalog on its first lookup (building all twelve
// at import was most of the catalog's load time), so it is the same whenever it is built.
const indexes = new Map<string, Index>();
const knownSections: ReadonlySet<string> = new Set(sectionIds);

function indexOf(section: string): Index | undefined {
  let index = indexes.get(section);
  if (index === undefined && knownSections.has(section)) {
    index = buildIndex(section as SectionId);
    indexes.set(section, index);
  }
  return index;
}
const entriesByKey: ReadonlyMap<string, CatalogEntry> = new Map(entries.map((entry) => [entry.key, entry]));
const knownMessageKeys: ReadonlySet<string> = new Set(messageKeys);
const exactCodes: ReadonlyMap<string, ReadonlySet<string | number>> = new Map(
  sectionIds.map((id) => [id, new Set(entries.filter((e) => e.section === id).map((e) => e.code))]),
);

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && knownSections.has(value);
}

/**
 * Finds the entry of a code in a section, accepting what APIs and webhooks
 * really send: numbers, numeric strings (`"11"`, `" 11 "`), status words in
 * any case (`Delivered`, `NOT DELIVERED`), HLR ids, names and alias names.
 * Anything else, including an unknown section, gives `undefined`; it never
 * throws and never reads inherited properties.
 */
export function lookup<S extends SectionId>(section: S, code: unknown): CatalogEntry<S> | undefined;
export function lookup(section: unknown, code: unknown): CatalogEntry | undefined;
export function lookup(section: unknown, code: unknown): CatalogEntry | undefined {
  if (typeof section !== 'string') return undefined;
  const index = indexOf(section);
  if (index === undefined) return undefined;
  // The fast path for the common case: a number straight from the JSON body.
  if (typeof code === 'number') return index.get(code);
  const normalized = normalizers[section as SectionId](code);
  return normalized === undefined ? undefined : index.get(normalized);
}

/**
 * A type guard for the exact codes of a section, as the catalog stores them
 * (`11` for `sms.send`, `'DELIVRD'` for `sms.dlr`). It is strict on purpose,
 * so that the narrowed type is true: `"11"` or `"Delivered"` are not narrowed;
 * use `lookup` for lenient input.
 */
export function isKnownCode<S extends SectionId>(section: S, code: unknown): code is CodeOf<S> {
  if (typeof code !== 'number' && typeof code !== 'string') return false;
  return exactCodes.get(section)?.has(code) ?? false;
}

export function entryByKey(key: unknown): CatalogEntry | undefined {
  return typeof key === 'string' ? entriesByKey.get(key) : undefined;
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && knownMessageKeys.has(value);
}
