import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '../../..');
export const benchmarksPath = join(repoRoot, 'BENCHMARKS.md');

export function machine() {
  const fromProc = existsSync('/proc/cpuinfo')
    ? /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]
    : undefined;
  return {
    cpu: (fromProc ?? cpus()[0]?.model ?? 'unknown CPU').trim(),
    cores: availableParallelism(),
    node: process.version,
    load: loadavg()[0]!.toFixed(2),
  };
}

/** The first sentence of every table's header: when, on what, and how loaded the machine was. */
export function measuredOn(before: ReturnType<typeof machine>, after: ReturnType<typeof machine>): string {
  return `Measured ${new Date().toISOString().slice(0, 10)} on ${before.cpu} (${before.cores} cores), Node ${before.node}; load average ${before.load} before, ${after.load} after`;
}

/** Runs `command` to its end: wall time (spawn included) and output; throws, naming `what`, if it fails. */
export function timedRun(what: string, command: string, args: readonly string[], options: SpawnSyncOptions) {
  const start = performance.now();
  const result = spawnSync(command, args, { ...options, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`${what} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`.trimEnd());
  return { ms, stdout: result.stdout };
}

/** Nanoseconds with the digits that a shared machine's noise leaves meaningful. */
export function formatNs(ns: number | undefined): string {
  if (ns === undefined) return 'not measured';
  return ns < 10 ? ns.toFixed(2) : ns < 100 ? ns.toFixed(1) : ns.toFixed(0);
}

/** `value / base` to two decimals, or `–` when either was not measured. */
export const ratio = (value: number | undefined, base: number | undefined) =>
  value === undefined || base === undefined ? '–' : (value / base).toFixed(2);

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Puts `content` between `<!-- bench:<name>:start -->` and `<!-- bench:<name>:end -->`, keeping the markers
 * and the text around them. Missing, repeated or misordered markers are an error.
 */
export function replaceBetweenMarkers(document: string, name: string, content: string): string {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const startAt = document.indexOf(start);
  const endAt = document.indexOf(end);
  if (startAt < 0 || endAt < 0 || endAt < startAt)
    throw new Error(
      `BENCHMARKS.md: expected the markers ${start} … ${end}, in that order, around the generated table`,
    );
  if (document.indexOf(start, startAt + 1) >= 0 || document.indexOf(end, endAt + 1) >= 0)
    throw new Error(`BENCHMARKS.md: the markers ${start} … ${end} appear more than once`);
  return `${document.slice(0, startAt + start.length)}\n${content.trim()}\n${document.slice(endAt)}`;
}

/** Puts each table (by marker name) into BENCHMARKS.md; returns whether the file changed. */
export function writeTables(tables: Readonly<Record<string, string>>): boolean {
  const before = readFileSync(benchmarksPath, 'utf8');
  let after = before;
  for (const [name, table] of Object.entries(tables)) after = replaceBetweenMarkers(after, name, table);
  if (after === before) return false;
  writeFileSync(benchmarksPath, after);
  return true;
}
