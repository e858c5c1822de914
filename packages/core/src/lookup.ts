import { type CatalogEntry, type CodeOf, entries, type MessageKey, messageKeys } from './catalog.ts';
import { type SectionId, sectionIds } from './types.ts';

/** Longer inputs cannot be a code; they are rejected before any work is done on them. */
const MAX_CODE_INPUT_LENGTH = 64;

type Index = ReadonlyMap<string | number, CatalogEntry>;

/**
 * Normalises what an API or webhook sends for a section into the form the
 * index stores. `undefined` means "cannot be a code of this section".
 */
type Normalizer = (code: unknown) => string | number | undefined;

const digits = /^\d{1,9}$/;

function numericCode(code: unknown): number | undefined {
  if (typeof code === 'number') return Number.isSafeInteger(code) && code >= 0 ? code : undefined;
  if (typeof code === 'bigint') return code >= 0n && code <= 999_999_999n ? Number(code) : undefined;
  if (typeof code === 'string' && code.length <= MAX_CODE_INPUT_LENGTH) {
    const trimmed = code.trim();
    return digits.test(trimmed) ? Number(trimmed) : undefined;
  }
  return undefined;
}

function wordCode(code: unknown): string | undefined {
  if (typeof code !== 'string' || code.length > MAX_CODE_INPUT_LENGTH) return undefined;
  const word = code.trim();
  return word === '' ? undefined : word;
}

/** `Delivered`, ` NOT DELIVERED `, `not_delivered`, `Not-Delivered` -> `not delivered`. */
const statusWord: Normalizer = (code) =>
  wordCode(code)
    ?.toLowerCase()
    .replace(/[\s_-]+/g, ' ');
/** `delivrd`, ` DELIVRD ` -> `DELIVRD`; `phone-number-required` -> `PHONE_NUMBER_REQUIRED`. */
const upperName: Normalizer = (code) =>
  wordCode(code)
    ?.toUpperCase()
    .replace(/[\s-]+/g, '_');
/** HLR ids (`1`, `"1"`) or names and alias names (`EC_UNKNOWN_SUBSCRIBER`). */
const hlrCode: Normalizer = (code) => numericCode(code) ?? upperName(code);

const normalizers: Record<SectionId, Normalizer> = {
  'sms.send': numericCode,
  'sms.cancel': numericCode,
  'sms.status': numericCode,
  'sms.deliveryStatus': statusWord,
  'sms.dlr': upperName,
  numberVerification: numericCode,
  rental: numericCode,
  subAccount: numericCode,
  'hlr.status': hlrCode,
  'hlr.error': hlrCode,
  vms: upperName,
  mail: numericCode,
};

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

// Built once from the frozen catalog; never written after module evaluation.
const indexes: ReadonlyMap<string, Index> = new Map(sectionIds.map((id) => [id, buildIndex(id)]));
const entriesByKey: ReadonlyMap<string, CatalogEntry> = new Map(entries.map((entry) => [entry.key, entry]));
const knownMessageKeys: ReadonlySet<string> = new Set(messageKeys);
const exactCodes: ReadonlyMap<string, ReadonlySet<string | number>> = new Map(
  sectionIds.map((id) => [id, new Set(entries.filter((e) => e.section === id).map((e) => e.code))]),
);

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && indexes.has(value);
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
  const index = indexes.get(section);
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

const MAX_DISPLAYED_CODE_LENGTH = 24;

/**
 * Turns whatever an API sent as a code into something safe to show inside a
 * sentence: printable letters, digits and `_ . - :` only, at most 24
 * characters (code points; an ellipsis marks a cut). A finite number is
 * shown as JavaScript prints it (`11`, `1e+21`). Anything that is not a
 * finite number or a non-empty string gives `undefined`.
 */
export function sanitizeCode(code: unknown): string | undefined {
  if (typeof code === 'number') return Number.isFinite(code) ? capLength(String(code)) : undefined;
  if (typeof code === 'bigint') return sanitizeCode(code.toString());
  if (typeof code !== 'string') return undefined;
  const clean = code
    .slice(0, 4 * MAX_DISPLAYED_CODE_LENGTH)
    .replace(/[^\p{L}\p{N}_.:\- ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean === '' ? undefined : capLength(clean);
}

// Counts code points, so a cut never leaves half of a surrogate pair behind.
function capLength(text: string): string {
  const characters = Array.from(text);
  return characters.length > MAX_DISPLAYED_CODE_LENGTH
    ? `${characters.slice(0, MAX_DISPLAYED_CODE_LENGTH - 1).join('')}…`
    : text;
}
