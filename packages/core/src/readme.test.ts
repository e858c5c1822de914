import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeReadmeExamples } from '@smspartner-i18n/test-support/readme-examples';
import { describe, expect, it } from 'vitest';
import { entries } from './catalog.ts';
import * as api from './index.ts';
import { categories } from './types.ts';

/**
 * The package README is the documentation users copy from: its `ts` examples
 * type-check and its examples run here against the built packages, each
 * `expression; // → value` asserted (tools/test-support), and every export,
 * field, category and fixableBy value must be documented in it.
 */

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

// Every js block shows results, so all run: 11 js blocks and the 2 ts ones.
describeReadmeExamples({
  packageDir,
  expected: { typeChecked: 2, skipped: 0, run: 13 },
  // The resolver examples use the locale packs, which depend on core: linked beside it for the check.
  alsoImports: [join(packageDir, '../locale-en'), join(packageDir, '../locale-fr')],
});

describe('packages/core/README.md', () => {
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
