import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blockRunner, readmeBlocks } from '@smspartner-i18n/test-support/readme-examples';
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

const examples = readmeBlocks('packages/core/README.md').filter((block) => block.lang === 'js');
const runner = blockRunner(packageDir);
afterAll(() => runner.dispose());

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
      // The shared runner (tools/test-support) asserts each `// → value` with its README line.
      expect(runner.run(example).assertions, `example ${index} asserts nothing`).toBeGreaterThan(0);
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
