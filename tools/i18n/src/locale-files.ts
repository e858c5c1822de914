import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DocumentNode,
  type MemberNode,
  parse,
  type StringNode,
  type ValueNode,
} from '@humanwhocodes/momoa';
import { type FileId, fileNameOf, type Register, schemaFolderName } from './layout.ts';

/** A point in a file, both 1-based, columns counted in UTF-16 code units (as editors do). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export type ParsedJson =
  | { readonly ok: true; readonly document: DocumentNode }
  | { readonly ok: false; readonly position: Position; readonly reason: string };

/** Reads a JSON file keeping every position (and every duplicate key), which JSON.parse would lose. */
export function parseJsonText(text: string): ParsedJson {
  // A byte-order mark is invisible in editors; JSON forbids it, so it is reported, not skipped.
  if (text.charCodeAt(0) === 0xfeff) {
    return { ok: false, position: { line: 1, column: 1 }, reason: 'the file starts with a byte-order mark' };
  }
  let document: DocumentNode;
  try {
    document = parse(text, { mode: 'json', ranges: true });
  } catch (error) {
    const located = error as { line?: number; column?: number; message?: string };
    const said = (located.message ?? String(error)).replace(/\s*\(\d+:\d+\)$/, '');
    const position = { line: located.line ?? 1, column: located.column ?? 1 };
    const hint = jsonMistakeHint(text, position, said);
    return { ok: false, position, reason: hint ? `${hint} (the parser says: ${said})` : said };
  }
  // The parser accepts raw control characters inside strings, which JSON.parse (as every consumer of
  // the packs) refuses; it agrees on everything else, so its first fault here is such a character.
  try {
    JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : 0;
    const code = text.charCodeAt(offset);
    const before = text.slice(0, offset).split('\n');
    return {
      ok: false,
      position: { line: before.length, column: before.at(-1)!.length + 1 },
      reason:
        at && code < 0x20
          ? `a raw control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}${code === 0x0a ? ', a line break' : code === 0x09 ? ', a tab' : ''}) inside a string, which JSON does not allow; remove it`
          : message.replace(/\s*in JSON at position \d+.*$/, ''),
    };
  }
  return { ok: true, document };
}

/** The common mistakes of a hand-edited JSON file in plain words, from where the parser stopped. */
function jsonMistakeHint(text: string, at: Position, reason: string): string | undefined {
  const lines = text.split('\n');
  const line = lines[at.line - 1] ?? '';
  const offset =
    lines.slice(0, at.line - 1).reduce((sum, before) => sum + before.length + 1, 0) + at.column - 1;
  const here = text[offset] ?? '';
  let back = offset - 1;
  while (back >= 0 && /\s/.test(text[back]!)) back--;
  const previous = text[back] ?? '';
  const previousLine = text.slice(0, back + 1).split('\n').length;
  const quotesBefore = (line.slice(0, at.column - 1).match(/(?<!\\)"/g) ?? []).length;
  if (/end of input/i.test(reason))
    return 'the file ends too early: a closing } is missing, or a text is not closed with "';
  if (/RBrace|RBracket/.test(reason) && previous === ',')
    return `there is a comma after the last text (line ${previousLine}); remove it`;
  if (/token String/.test(reason) && (previous === '"' || /[\d\]}el]/.test(previous)))
    return previousLine === at.line
      ? 'a colon is missing between the key and its text: "key": "text"'
      : `a comma is missing at the end of line ${previousLine}, before this text`;
  if (here === "'") return `keys and texts are written between double quotes "…", not single quotes '…'`;
  if (here === '/') return 'JSON files cannot hold comments; remove this one';
  if ('“”«»„'.includes(here) && here !== '')
    return `a text starts and ends with a straight double quote "; typographic quotes (${here}) go inside it`;
  if (previous === '"' && quotesBefore >= 3)
    return 'a double quote inside the text ends it too early: write it as \\" or use typographic quotes “…”';
  if (previous === '"' && quotesBefore <= 1 && at.line > 1)
    return `a text before line ${at.line} is not closed: it needs a closing double quote " before the end of its line`;
  if ((previous === '{' || previous === ',') && /[A-Za-z_$]/.test(here))
    return 'a key must be written between double quotes: "key": "text"';
  return undefined;
}

/** A JSON file's text as the tools write it: two-space indent, a final line break. */
export const serializeJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function startOf(node: { loc: { start: Position } }): Position {
  return { line: node.loc.start.line, column: node.loc.start.column };
}

/** `"a\u00e9b"`: where the i-th character of a JSON string's value is in the file. */
export function positionInString(node: StringNode, source: string, index: number): Position {
  const [start] = node.range ?? [node.loc.start.offset, node.loc.end.offset];
  let raw = start + 1; // after the opening quote
  for (let decoded = 0; decoded < index && raw < source.length; decoded++) {
    if (source[raw] === '\\') raw += source[raw + 1] === 'u' ? 6 : 2;
    else raw += 1;
  }
  // JSON strings cannot hold a raw line break: the value is on its key's line.
  return { line: node.loc.start.line, column: node.loc.start.column + (raw - start) };
}

export const describeJsonType = (node: ValueNode): string =>
  ({
    Object: 'an object',
    Array: 'a list',
    Number: 'a number',
    Boolean: 'true/false',
    Null: 'null',
    String: 'a string',
  })[node.type as string] ?? node.type;

export const memberName = ({ name }: MemberNode): string => (name.type === 'String' ? name.value : name.name);

/** The language folders of locales/: every folder but the schema folder and hidden ones. */
export function discoverLocales(localesDir: string): string[] {
  if (!existsSync(localesDir)) return [];
  return readdirSync(localesDir)
    .filter((name) => name !== schemaFolderName && !name.startsWith('.') && !name.startsWith('_'))
    .filter((name) => statSync(join(localesDir, name)).isDirectory())
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

export const localeFilePath = (localesDir: string, locale: string, register: Register, fileId: FileId) =>
  join(localesDir, locale, register, fileNameOf(fileId));
