import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarksPath, repoRoot } from './report.ts';

const doc = readFileSync(benchmarksPath, 'utf8');

/** The size in the row of the size table whose label contains `label`. */
function tableSize(label: string): string {
  const row = doc.split('\n').find((line) => line.startsWith('| ') && line.includes(label));
  const size = row && /\| \**([\d.]+ k?B)\** \|$/.exec(row)?.[1];
  if (!size) throw new Error(`BENCHMARKS.md: no size table row with ${JSON.stringify(label)}`);
  return size;
}

describe('BENCHMARKS.md', () => {
  // The prose of the React target is written by hand; the table below it by `pnpm bench:size`.
  it('quotes the React target and its parts as the size table measures them', () => {
    const app = tableSize('(target ≤');
    expect(doc).toContain(`Missed: **${app}** for the app written the natural way`);
    const texts = tableSize('of which, measured alone: the texts (`pack`)');
    expect(doc).toContain(`- **The compiled texts: ${texts}**`);
    expect(doc).toContain(`above the compiled texts (${texts})`);
    expect(doc).toContain(`- **The resolver: ${tableSize('`createExplainer` of')}** (\`createExplainer\`)`);
    expect(doc).toContain(`- **The sentences: ${tableSize('the floor: the sentences')}, the floor**`);
  });

  it("agrees with the React README's first example", () => {
    const readme = readFileSync(join(repoRoot, 'packages/react/README.md'), 'utf8').replace(/\s+/g, ' ');
    const [app, texts] = [tableSize('(target ≤'), tableSize('of which, measured alone: the texts (`pack`)')];
    expect(readme).toContain(`**${app}** gzip of ours, ${texts} of which are the texts`);
  });
});
