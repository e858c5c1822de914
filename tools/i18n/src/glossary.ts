import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from './locale-files.ts';

/** locales/glossary.md as data: a table with columns `<lng>` (term), `<lng>: avoid` (`variants`), `usage`. */

export interface GlossaryVariant {
  readonly pattern: RegExp;
}

export interface GlossaryEntry {
  /** The term per language, as written in its column. */
  readonly terms: Readonly<Record<string, string>>;
  /** The variants a text of a language must not use. */
  readonly avoid: Readonly<Record<string, readonly GlossaryVariant[]>>;
  readonly usage: string;
  /** Where the entry's row is in glossary.md. */
  readonly position: Position;
}

export interface GlossaryProblem {
  readonly position: Position;
  readonly message: string;
}

export interface Glossary {
  readonly file: string;
  readonly entries: readonly GlossaryEntry[];
  readonly problems: readonly GlossaryProblem[];
}

const splitRow = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A variant as a whole-word, case-insensitive pattern (a hyphen joins words: "mail" is not in "e-mail"). */
export function variantPattern(written: string): RegExp {
  const open = written.endsWith('*');
  const body = (open ? written.slice(0, -1) : written)
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]").replace(/\\-/g, '-'))
    .join('[\\s\\u00a0\\u202f]+');
  const end = open ? '[\\p{L}\\p{N}]*' : '';
  // Ends with an apostrophe (`à cause d’`): the next letter follows directly.
  const after = /['’]$/.test(written) ? '' : '(?![\\p{L}\\p{N}-])';
  return new RegExp(`(?<![\\p{L}\\p{N}-])${body}${end}${after}`, 'iu');
}

/** Reads the glossary of a locales folder; a missing file is an empty glossary. */
export function readGlossary(localesDir: string): Glossary {
  const file = join(localesDir, 'glossary.md');
  if (!existsSync(file)) return { file, entries: [], problems: [] };
  return parseGlossary(readFileSync(file, 'utf8'), file);
}

export function parseGlossary(text: string, file: string): Glossary {
  const lines = text.split('\n');
  const entries: GlossaryEntry[] = [];
  const problems: GlossaryProblem[] = [];
  const headerIndex = lines.findIndex((line) => /^\s*\|/.test(line) && /\busage\b/.test(line));
  if (headerIndex === -1) {
    problems.push({
      position: { line: 1, column: 1 },
      message: 'the glossary has no table with a "usage" column; the check cannot read it',
    });
    return { file, entries, problems };
  }
  const header = splitRow(lines[headerIndex]!);
  const usageColumn = header.indexOf('usage');
  const termColumns = new Map<string, number>();
  const avoidColumns = new Map<string, number>();
  header.forEach((name, column) => {
    const avoid = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*):\s*avoid$/.exec(name);
    if (avoid) avoidColumns.set(avoid[1]!, column);
    else if (name !== 'usage') termColumns.set(name, column);
  });
  for (let index = headerIndex + 2; index < lines.length; index++) {
    const line = lines[index]!;
    if (!/^\s*\|/.test(line)) break;
    const cells = splitRow(line);
    const position = { line: index + 1, column: 1 };
    if (cells.length !== header.length) {
      problems.push({
        position,
        message: `this row has ${cells.length} cells, the header ${header.length}; check its "|" separators`,
      });
      continue;
    }
    const terms: Record<string, string> = {};
    for (const [language, column] of termColumns) terms[language] = cells[column]!;
    const avoid: Record<string, GlossaryVariant[]> = {};
    for (const [language, column] of avoidColumns) {
      const cell = cells[column]!;
      const variants = [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!.trim());
      if (cell !== '' && variants.length === 0) {
        problems.push({
          position,
          message: `the "${language}: avoid" cell must list each variant between backticks, like \`email*\``,
        });
      }
      avoid[language] = variants.map((written) => ({ pattern: variantPattern(written) }));
    }
    entries.push({ terms, avoid, usage: cells[usageColumn] ?? '', position });
  }
  return { file, entries, problems };
}
