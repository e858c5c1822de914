import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarksPath, repoRoot } from './report.ts';

const doc = readFileSync(benchmarksPath, 'utf8');
/** The text with its line breaks as spaces: what the prose says, however it is wrapped. */
const prose = doc.replace(/\s+/g, ' ');

/** The size in the row of the size table whose label contains `label`. */
function tableSize(label: string): string {
  const row = doc.split('\n').find((line) => line.startsWith('| ') && line.includes(label));
  const size = row && /\| \**([\d.]+ k?B)\** \|$/.exec(row)?.[1];
  if (!size) throw new Error(`BENCHMARKS.md: no size table row with ${JSON.stringify(label)}`);
  return size;
}

/** The cell under `column` in the row starting with `row` of the table between `<!-- bench:<table>:… -->`. */
function cell(table: string, row: string, column: string): string {
  const start = doc.indexOf(`<!-- bench:${table}:start -->`);
  const lines = doc.slice(start, doc.indexOf(`<!-- bench:${table}:end -->`)).split('\n');
  const cells = (line: string) =>
    line
      .slice(1, -1)
      .split('|')
      .map((part) => part.trim());
  const header = cells(lines.find((line) => line.startsWith('| contender |')) ?? '');
  const found = lines.find((line) => line.startsWith(`| ${row}`));
  const value = found && cells(found)[header.indexOf(column)];
  if (start < 0 || !value) throw new Error(`BENCHMARKS.md: no ${column} of ${row} in bench:${table}`);
  return value;
}

describe('BENCHMARKS.md', () => {
  it("reads the peers' tables as their prose says", () => {
    const ours = '**ours';
    const floor = 'plain object of template functions';
    const beyond = 'beyond the sentences';
    expect(prose).toContain(
      `The sentences are the same ${cell('peers-size', 'the sentences alone', 'app, 30 texts + fallback')} in every app`,
    );
    expect(prose).toContain(`the floor ${cell('peers-size', floor, beyond)} (the object`);
    expect(prose).toContain(`ours ${cell('peers-size', ours, beyond)}, Lingui`);
    expect(prose).toContain(`Ours is ${cell('peers-size', ours, '× floor')} times the floor`);
    expect(prose).toContain(`sentence from its memo: ${cell('peers-speed', ours, 'static: ns')} ns`);
    expect(prose).toContain(`the floor (${cell('peers-speed', floor, 'static: ns')} ns)`);
    expect(prose).toContain(
      `its static call takes ${cell('peers-speed', ours, 'static, after one unknown code: ns')} ns`,
    );
    expect(prose).toContain(`Ours is ${cell('peers-speed', ours, '× `Intl.NumberFormat#format`')} times`);
  });

  // The prose of the React target is written by hand; the table below it by `pnpm bench:size`.
  it('quotes the React target and its parts as the size table measures them', () => {
    const app = tableSize('(target ≤');
    expect(prose).toContain(`Missed: **${app}** for the app written the natural way`);
    const texts = tableSize('of which, measured alone: the texts (`pack`)');
    expect(prose).toContain(`- **The compiled texts: ${texts}**`);
    expect(prose).toContain(`above the compiled texts (${texts})`);
    expect(prose).toContain(`- **The resolver: ${tableSize('`createExplainer` of')}** (\`createExplainer\`)`);
    expect(prose).toContain(`- **The sentences: ${tableSize('the floor: the sentences')}, the floor**`);
  });

  it('gives the React README every size it quotes', () => {
    const readme = readFileSync(join(repoRoot, 'packages/react/README.md'), 'utf8').replace(/\s+/g, ' ');
    const [app, texts] = [tableSize('(target ≤'), tableSize('of which, measured alone: the texts (`pack`)')];
    expect(readme).toContain(`**${app}** gzip of ours, ${texts} of which are the texts`);
    expect(readme).toContain(`the app ships ${tableSize('| both languages:')}.`);
    const [lazy, english] = [tableSize('| English at hand'), tableSize('| English only, no loader')];
    expect(readme).toContain(`ships ${lazy} before French arrives, ${english} without the hook`);
    const loader = (Number.parseFloat(lazy) - Number.parseFloat(english)).toFixed(1);
    expect(readme).toContain(`no loader (about ${loader} kB:`);
    expect(prose).toContain(`an app that uses it ships about ${loader} kB more`);
    expect(readme).toContain(`/texts'\`: ${tableSize('| every text compiled to code')} with the adapter`);
    expect(readme).toContain(
      `\`@smspartner-i18n/react/fields\` is ${tableSize("| the field errors' entry")} gzip`,
    );
    const coreFields = tableSize('| `@smspartner-i18n/core/fields` (all exports)');
    expect(readme).toContain(`(\`@smspartner-i18n/core/fields\`, ${coreFields})`);
    const coreReadme = readFileSync(join(repoRoot, 'packages/core/README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(coreReadme).toContain(`without the catalog (${coreFields} gzip,`);
    // The locale table: subpath, then en all exports, en pack, fr all exports, fr pack.
    const locale = (subpath: string) => {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${subpath}\` |`));
      return (
        row
          ?.slice(1, -1)
          .split('|')
          .map((part) => part.trim()) ?? []
      );
    };
    expect(readme).toContain(`${locale('.')[3]} of ours for French (${locale('.')[1]} for English)`);
    expect(readme).toContain(
      `\`@smspartner-i18n/locale-fr/friendly\`, ${locale('./friendly')[3]} with everything it exports`,
    );
  });

  it('gives the Node README the cost of createTranslator that the speed table measures', () => {
    const row = doc.split('\n').find((line) => line.startsWith('| Node `createTranslator('));
    const ns = Number(row?.split('|')[2]?.trim());
    expect(ns, 'the createTranslator row of the speed table').toBeGreaterThan(0);
    const readme = readFileSync(join(repoRoot, 'packages/node/README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(`cheap (about ${Math.max(1, Math.round(ns / 1000))} µs,`);
  });
});
