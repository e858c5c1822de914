import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { entries } from './catalog.ts';
import * as api from './index.ts';
import { categories } from './types.ts';

/**
 * The package README is the documentation users copy from: its `js`
 * examples run here against the built package, each `expression; // → value`
 * is asserted, and every export, field, category and fixableBy value must
 * be documented in it.
 */

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
const builtEntry = join(packageDir, 'dist/index.mjs');
const builtJson = join(packageDir, 'dist/catalog.json');

/** Turns `expr; // → value` (or `expr;` then a line `// → value`) into an assertion. */
function withAssertions(block: string): { code: string; assertions: number } {
  const out: string[] = [];
  let assertions = 0;
  const assertion = (expression: string, expected: string, source: string) => {
    assertions++;
    return `assert.deepStrictEqual(${expression}, ${expected}, ${JSON.stringify(`README: ${source}`)});`;
  };
  // The prose after two spaces, `// → true   (TypeScript: …)`, explains the value and is not part of it.
  const expectedValue = (text: string) => text.replace(/\s{2,}\(.*\)$/, '').trim();
  for (const line of block.split('\n')) {
    const inline = /^(.*\S);\s*\/\/ → (.+)$/.exec(line);
    const onNextLine = /^\/\/ → (.+)$/.exec(line.trim());
    if (inline) {
      out.push(assertion(inline[1]!, expectedValue(inline[2]!), line));
    } else if (onNextLine && out.length > 0 && out.at(-1)!.endsWith(';')) {
      const previous = out.pop()!;
      out.push(assertion(previous.slice(0, -1), expectedValue(onNextLine[1]!), `${previous} ${line.trim()}`));
    } else {
      out.push(line);
    }
  }
  const code = out
    .join('\n')
    .replaceAll("'@smspartner-i18n/core/catalog.json'", JSON.stringify(builtJson))
    .replaceAll(
      "'@smspartner-i18n/core/fields'",
      JSON.stringify(pathToFileURL(join(packageDir, 'dist/fields.mjs')).href),
    )
    .replaceAll(
      "'@smspartner-i18n/core/internal'",
      JSON.stringify(pathToFileURL(join(packageDir, 'dist/internal.mjs')).href),
    )
    .replaceAll("'@smspartner-i18n/core'", JSON.stringify(pathToFileURL(builtEntry).href));
  return { code: `import assert from 'node:assert/strict';\n${code}`, assertions };
}

const examples = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);
const workDir = mkdtempSync(join(tmpdir(), 'core-readme-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('packages/core/README.md', () => {
  it('has runnable examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  // Under CI a missing dist/ fails these examples instead of skipping them.
  it
    .runIf(existsSync(builtEntry) || process.env.CI)
    .each(examples.map((example, index) => [index + 1, example] as const))(
    'example %i runs against the built package and shows true results',
    (index, example) => {
      const { code, assertions } = withAssertions(example);
      expect(assertions, `example ${index} asserts nothing`).toBeGreaterThan(0);
      const file = join(workDir, `example-${index}.mjs`);
      writeFileSync(file, code);
      try {
        execFileSync(process.execPath, [file], { stdio: 'pipe', encoding: 'utf8' });
      } catch (error) {
        const stderr = (error as { stderr?: string }).stderr ?? String(error);
        throw new Error(`README example ${index} failed:\n${stderr}\n--- as run:\n${code}`);
      }
    },
  );

  it('documents every export of the package', () => {
    for (const name of Object.keys(api)) expect(readme, name).toContain(`\`${name}`);
  });

  it('documents every field of an entry, every category and every fixableBy value', () => {
    const fields = new Set(entries.flatMap((entry) => Object.keys(entry)));
    for (const field of fields) expect(readme, field).toMatch(new RegExp(`^\\| \`${field}\`\\s+\\|`, 'm'));
    for (const category of categories)
      expect(readme, category).toMatch(new RegExp(`^\\| \`${category}\`\\s+\\|`, 'm'));
    const fixableBy = new Set(entries.map((entry) => entry.fixableBy).filter((value) => value !== undefined));
    for (const value of fixableBy) expect(readme, value).toMatch(new RegExp(`^\\| \`${value}\`\\s+\\|`, 'm'));
  });

  it('lists the eight resolved defects of reference/code-table-defects.md', () => {
    const list = readme.split('## Resolved defects')[1]!.split('\n## ')[0]!;
    expect([...list.matchAll(/^(\d+)\. /gm)].map((match) => Number(match[1]))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });
});
