import { join } from 'node:path';
import { median, timedRun } from './report.ts';

/**
 * Cold start: the wall time of a fresh `node` that imports the Node adapter (with the English and French
 * packs it carries) and answers one message, beside `node -e 0`, the time of a Node process that does
 * nothing, and `node empty.mjs`, the floor of any program run as an ES module (Node starts its ESM loader for
 * it). Runs alternate between the three, so that a change of machine load hits all; the median of each is
 * kept.
 */

const expectedSentence = 'Le crédit SMS du compte est insuffisant';

const timeRun = (args: readonly string[]) =>
  timedRun(`cold start: node ${args.join(' ')}`, process.execPath, args, { cwd: import.meta.dirname });

const emptyModule = join(import.meta.dirname, 'cold-start-empty.mjs');

/** The table of the medians, and how they were measured (for BENCHMARKS.md). */
export async function measureColdStart(runs: number): Promise<{ table: string; note: string }> {
  // Unbuilt, the adapter fails to import: the probe then reads core and the packs.
  const adapter = await import('@smspartner-i18n/node').catch(() => undefined);
  const probe = join(import.meta.dirname, adapter ? 'cold-start-node.mjs' : 'cold-start-core.mjs');
  const label = adapter
    ? '`import { createTranslator } from "@smspartner-i18n/node"` + one `message()`'
    : '`@smspartner-i18n/core` + `locale-en` + `locale-fr` + one `message()` (the Node adapter is not built)';
  const commands = [['-e', '0'], [emptyModule], [probe]];
  // One of each first, unmeasured: the file system cache is warm for all afterwards.
  const first = commands.map(timeRun)[2]!;
  if (!first.stdout.startsWith(expectedSentence))
    throw new Error(
      `cold start: ${probe} printed ${JSON.stringify(first.stdout)}, expected the French text of sms.send 11`,
    );
  const times = commands.map((): number[] => []);
  for (let run = 0; run < runs; run++)
    for (const [index, args] of commands.entries()) times[index]!.push(timeRun(args).ms);
  const [baselineMs, emptyMs, probeMs] = times.map(median) as [number, number, number];
  const row = (command: string, ms: number) =>
    `| ${command} | ${ms.toFixed(1)} | ${(ms / baselineMs).toFixed(2)} |`;
  return {
    table: [
      '| command | median wall time (ms) | × `node -e 0` |',
      '| --- | ---: | ---: |',
      `| \`node -e 0\` | ${baselineMs.toFixed(1)} | 1.0 |`,
      row('`node empty.mjs` (an empty ES module: the floor of any ESM program)', emptyMs),
      row(label, probeMs),
    ].join('\n'),
    note: `Each command run ${runs} times, alternating, after one unmeasured run of each (warm file cache); median wall time of \`spawnSync\`, so process creation is in each.`,
  };
}
