/**
 * How a code an API or webhook sent is read, without the catalog: the
 * catalog's lookup and the catalog-free resolver of `@smspartner-i18n/core/runtime`
 * share these, so both read `" 11 "`, `Delivered` or `ec_unknown_subscriber`
 * the same way.
 */

/** Longer inputs cannot be a code; they are rejected before any work is done on them. */
const MAX_CODE_INPUT_LENGTH = 64;

/**
 * Normalises what an API or webhook sends for a section into the form an
 * index stores. `undefined` means "cannot be a code of this section".
 */
export type Normalizer = (code: unknown) => string | number | undefined;

const digits = /^\d{1,9}$/;

export function numericCode(code: unknown): number | undefined {
  if (typeof code === 'number') return Number.isSafeInteger(code) && code >= 0 ? code : undefined;
  if (typeof code === 'bigint') return code >= 0n && code <= 999_999_999n ? Number(code) : undefined;
  const word = wordCode(code);
  return word !== undefined && digits.test(word) ? Number(word) : undefined;
}

/** A string short enough to be a code, trimmed; `undefined` when empty. */
function wordCode(code: unknown): string | undefined {
  const word = typeof code === 'string' && code.length <= MAX_CODE_INPUT_LENGTH ? code.trim() : '';
  return word === '' ? undefined : word;
}

/** `Delivered`, ` NOT DELIVERED `, `not_delivered`, `Not-Delivered` -> `not delivered`. */
export const statusWord: Normalizer = (code) =>
  wordCode(code)
    ?.toLowerCase()
    .replace(/[\s_-]+/g, ' ');
/** `delivrd`, ` DELIVRD ` -> `DELIVRD`; `phone-number-required` -> `PHONE_NUMBER_REQUIRED`. */
export const upperName: Normalizer = (code) =>
  wordCode(code)
    ?.toUpperCase()
    .replace(/[\s-]+/g, '_');
/** HLR ids (`1`, `"1"`) or names and alias names (`EC_UNKNOWN_SUBSCRIBER`). */
export const hlrCode: Normalizer = (code) => numericCode(code) ?? upperName(code);

/**
 * The normaliser of a section: status words for `sms.deliveryStatus`, API
 * names for `sms.dlr` and `vms`, ids or names for the HLR sections, numbers
 * everywhere else (and for a section this version does not know, whose
 * codes, if a pack has any, are numbers like most of the API's).
 */
export function normalizerOf(section: string): Normalizer {
  if (section === 'sms.deliveryStatus') return statusWord;
  if (section === 'sms.dlr' || section === 'vms') return upperName;
  if (section === 'hlr.status' || section === 'hlr.error') return hlrCode;
  return numericCode;
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
