import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, expect } from 'vitest';
import { checkLocales, type Problem, type RuleId } from './check.ts';
import { defaultLocalesDir } from './paths.ts';

const copies: string[] = [];

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A private copy of the repository's locales/ that a test may break; removed after the test. */
export type LocalesCopy = ReturnType<typeof copyLocales>;

export function copyLocales() {
  const root = mkdtempSync(join(tmpdir(), 'smspartner-i18n-test-'));
  copies.push(root);
  const localesDir = join(root, 'locales');
  cpSync(defaultLocalesDir, localesDir, { recursive: true });
  /** Absolute path of a file below the copy's locales/. */
  const path = (relativePath: string) => join(localesDir, relativePath);
  const read = (relativePath: string) => readFileSync(path(relativePath), 'utf8');
  const write = (relativePath: string, content: string) => writeFileSync(path(relativePath), content);
  return {
    root,
    localesDir,
    packagesDir: join(root, 'packages'),
    path,
    read,
    write,
    /** Replaces exactly one occurrence of `search` (the test fails if there is none or several). */
    replace(relativePath: string, search: string, replacement: string) {
      const pieces = read(relativePath).split(search);
      if (pieces.length !== 2) {
        throw new Error(`${relativePath}: "${search}" must occur exactly once to be replaced`);
      }
      write(relativePath, pieces.join(replacement));
    },
  };
}

/**
 * Where `needle` starts in `text` (1-based line and column, UTF-16 columns),
 * `shift` characters further; `last` for its last occurrence.
 */
export function positionOf(
  text: string,
  needle: string,
  { shift = 0, last = false }: { shift?: number; last?: boolean } = {},
): { line: number; column: number } {
  const offset = last ? text.lastIndexOf(needle) : text.indexOf(needle);
  if (offset === -1) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset + shift);
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** The problems of one rule that `pnpm i18n:check` finds in a copy. */
export function problemsOf(copy: LocalesCopy, rule: RuleId): Problem[] {
  return checkLocales({ localesDir: copy.localesDir }).problems.filter((problem) => problem.rule === rule);
}

/** The one problem of `rule` in a copy, at the expected file, line, column and key. */
export function expectOne(
  copy: LocalesCopy,
  rule: RuleId,
  expected: { file: string; line: number; column: number; key?: string; severity?: 'error' | 'warning' },
): Problem {
  const found = problemsOf(copy, rule);
  expect(found, `problems of rule ${rule}`).toHaveLength(1);
  const [problem] = found;
  expect(problem).toMatchObject({
    severity: expected.severity ?? 'error',
    file: copy.path(expected.file),
    line: expected.line,
    column: expected.column,
    ...(expected.key !== undefined ? { key: expected.key } : {}),
  });
  expect(problem!.message.length).toBeGreaterThan(20);
  return problem!;
}

/**
 * `text` as an editor, a merge or a CAT tool can leave it: cut anywhere (up to 40 characters) and
 * one of `pieces`, or a few random characters, put in their place.
 */
export function damaged(text: string, pieces: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.nat({ max: text.length }),
      fc.nat({ max: 40 }),
      fc.oneof(fc.constantFrom('', ...pieces), fc.string({ maxLength: 10 })),
    )
    .map(([at, cut, inserted]) => `${text.slice(0, at)}${inserted}${text.slice(at + cut)}`);
}
