import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { median, timedRun } from './report.ts';

/**
 * Cold start: the wall time of a fresh `node` that imports the Node adapter
 * (with the English and French packs it carries) and answers one message,
 * beside `node -e 0`, the time of a Node process that does nothing. Runs
 * alternate between the two, so that a change of machine load hits both;
 * the median of each is kept.
 */

export interface ColdStartResult {
  /** What the probe does (for the table) and how it was measured (for BENCHMARKS.md). */
  readonly label: string;
  readonly note: string;
  readonly baselineMs: number;
  readonly probeMs: number;
}

const expectedSentence = 'Le crédit SMS du compte est insuffisant';

function nodeAdapterBuilt(): boolean {
  try {
    return existsSync(createRequire(import.meta.url).resolve('@smspartner-i18n/node'));
  } catch {
    return false;
  }
}

const timeRun = (args: readonly string[]) =>
  timedRun(`cold start: node ${args.join(' ')}`, process.execPath, args, { cwd: import.meta.dirname });

export function measureColdStart(runs: number): ColdStartResult {
  const adapter = nodeAdapterBuilt();
  const probe = join(import.meta.dirname, adapter ? 'cold-start-node.mjs' : 'cold-start-core.mjs');
  const label = adapter
    ? '`import { createTranslator } from "@smspartner-i18n/node"` + one `message()`'
    : '`@smspartner-i18n/core` + `locale-en` + `locale-fr` + one `message()` (the Node adapter is not built)';
  const baseline: number[] = [];
  const measured: number[] = [];
  // One of each first, unmeasured: the file system cache is warm for both afterwards.
  timeRun(['-e', '0']);
  const first = timeRun([probe]);
  if (!first.stdout.startsWith(expectedSentence))
    throw new Error(
      `cold start: ${probe} printed ${JSON.stringify(first.stdout)}, expected the French text of sms.send 11`,
    );
  for (let run = 0; run < runs; run++) {
    baseline.push(timeRun(['-e', '0']).ms);
    measured.push(timeRun([probe]).ms);
  }
  return {
    label,
    note: `Each command run ${runs} times, alternating, after one unmeasured run of each (warm file cache); median wall time of \`spawnSync\`, so process creation is in both.`,
    baselineMs: median(baseline),
    probeMs: median(measured),
  };
}
