/**
 * Characters that must never reach a terminal or a log line raw: C0 controls (newlines and ESC
 * included) and DEL, C1 controls (U+009B is a one-byte CSI for many terminals), the line and
 * paragraph separators, the bidi marks, embeddings, overrides and isolates (they reorder what a
 * reader sees), and lone surrogates (not text at all).
 */
// The characters besides C0 (which JSON.stringify already escapes) that must be escaped: one list
// for both the text and the JSON forms.
const beyondC0 = '\\x7F-\\x9F\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069';
const loneSurrogate = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const unsafe = new RegExp(`[\\0-\\x1F${beyondC0}]|${loneSurrogate}`);
const unsafeGlobal = new RegExp(unsafe.source, 'g');
const jsonUnsafe = new RegExp(`[${beyondC0}]`, 'g');

const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(character: string): string {
  const known = named[character];
  if (known !== undefined) return known;
  const unit = character.charCodeAt(0);
  return unit < 0x80 ? `\\x${hex(unit, 2)}` : `\\u${hex(unit, 4)}`;
}

/**
 * `JSON.stringify(value, null, space)` made safe for a terminal, and still exactly the same JSON:
 * JSON.stringify escapes C0 controls and lone surrogates, not DEL, C1 controls, the line
 * separators or bidi controls; those are written as `\\u` escapes here. They can only occur
 * inside strings, so `JSON.parse` gives back the same value. Throws what JSON.stringify throws
 * (a cycle, a bigint).
 */
export function terminalJson(value: unknown, space = 2): string {
  return (JSON.stringify(value, null, space) ?? 'null').replace(
    jsonUnsafe,
    (character) => `\\u${hex(character.charCodeAt(0), 4)}`,
  );
}

function hex(value: number, digits: number): string {
  return value.toString(16).toUpperCase().padStart(digits, '0');
}

/** The default cap, in UTF-16 units: a log line, not a document. */
export const defaultTerminalTextLength = 1000;

/**
 * Makes a value safe to write to a terminal or a log line: control
 * characters, escape sequences, bidi controls and lone surrogates are
 * escaped visibly (`ESC[2J` becomes `\x1B[2J`, a newline `\n`, U+202E
 * `\u202E`), and the result is at most `maxLength` UTF-16 units (default
 * 1000; a cut is marked with `…` and never splits a surrogate pair or an
 * escape). Strings, finite numbers, bigints and booleans are shown; anything
 * else gives an empty string. Never throws.
 */
export function terminalText(value: unknown, maxLength: number = defaultTerminalTextLength): string {
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
        ? String(value)
        : '';
  const max =
    typeof maxLength === 'number' && maxLength >= 1 ? Math.floor(maxLength) : defaultTerminalTextLength;
  // The common case: nothing to escape, short enough; the same string comes back.
  if (text.length <= max && !unsafe.test(text)) return text;
  // Only what can still fit is looked at: a 50 MB string costs no more than a short one.
  const source = text.length > max ? text.slice(0, max + 1) : text;
  let out = '';
  let last = 0;
  let complete = true;
  // Where the last escape sits in `out`: a cut must not fall inside it.
  let escapeStart = 0;
  let escapeEnd = 0;
  unsafeGlobal.lastIndex = 0;
  for (let found = unsafeGlobal.exec(source); found !== null; found = unsafeGlobal.exec(source)) {
    out += source.slice(last, found.index);
    last = found.index + found[0].length;
    const escaped = escapeOne(found[0]);
    if (out.length + escaped.length > max) {
      complete = false;
      break;
    }
    escapeStart = out.length;
    out += escaped;
    escapeEnd = out.length;
  }
  if (complete) {
    out += source.slice(last);
    if (out.length <= max && source.length === text.length) return out;
  }
  let end = Math.min(out.length, max - 1);
  if (end > escapeStart && end < escapeEnd) end = escapeStart;
  const unit = out.charCodeAt(end - 1);
  if (unit >= 0xd800 && unit <= 0xdbff) end--;
  return `${out.slice(0, end)}…`;
}

/**
 * `terminalText` of each line of `text`, joined by line breaks again: a message of several lines stays
 * several lines, each safe for a terminal and at most `maxLineLength` long. Never throws.
 */
export function terminalLines(text: string, maxLineLength: number = defaultTerminalTextLength): string {
  return (typeof text === 'string' ? text : '')
    .split('\n')
    .map((line) => terminalText(line, maxLineLength))
    .join('\n');
}
