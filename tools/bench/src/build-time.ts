import { terminalText } from '@smspartner-i18n/core/internal';
import { parseWriteOption } from './cli-options.ts';
import { machine, measuredOn, repoRoot, timedRun, writeTables } from './report.ts';

/**
 * `pnpm --filter @smspartner-i18n/bench bench:build`: the wall time of a clean build of every package
 * (`turbo run build --force`: no cache read) and of a cached one right after (every task a cache hit),
 * written into BENCHMARKS.md. Run it on a quiet machine: it builds the whole repository.
 */

function timed(args: readonly string[]): number {
  const command = ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only', ...args];
  const options = { cwd: repoRoot, env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } };
  return timedRun(`bench:build: turbo run build ${args.join(' ')}`, 'pnpm', command, options).ms / 1000;
}

const parsed = parseWriteOption(process.argv.slice(2));
if (!parsed.ok) {
  console.error(
    `bench:build: ${terminalText(parsed.error)}\nUsage: pnpm --filter @smspartner-i18n/bench bench:build [--no-write]`,
  );
  process.exit(2);
}
const before = machine();
const clean = timed(['--force']);
const cached = timed([]);
const table = [
  `${measuredOn(before, machine())}.`,
  '',
  '| build | wall time |',
  '| --- | ---: |',
  `| clean: \`turbo run build --force\` (every workspace: the packages with their locale generation, the explorer app; no cache read) | ${clean.toFixed(1)} s |`,
  `| cached: \`turbo run build\` right after (every task from turbo's cache) | ${cached.toFixed(1)} s |`,
].join('\n');
console.log(table);
if (parsed.write) writeTables({ build: table });
