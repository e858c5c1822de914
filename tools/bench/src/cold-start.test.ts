import { expect, it } from 'vitest';
import { measureColdStart } from './cold-start.ts';

it('times node -e 0, an empty ES module and the adapter probe, which must print the French sentence', async () => {
  const { table, note } = await measureColdStart(1);
  const rows = table.split('\n').slice(2);
  expect(rows.map((row) => row.split(' | ')[0])).toEqual([
    '| `node -e 0`',
    '| `node empty.mjs` (an empty ES module: the floor of any ESM program)',
    '| `import { createTranslator } from "@smspartner-i18n/node"` + one `message()`',
  ]);
  for (const row of rows) {
    const [ms, ratio] = row
      .split(' | ')
      .slice(1)
      .map((cell) => Number.parseFloat(cell));
    expect(ms).toBeGreaterThan(0);
    expect(ratio).toBeGreaterThan(0);
  }
  expect(note).toContain('Each command run 1 times');
});
