import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';

/** Where the reports go and how the machine is described in them. */

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

/**
 * Runs `command` to its end; returns its wall time (process creation included) and its output.
 * Throws, naming `what`, on a non-zero exit.
 */
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

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const startMarker = (name: string) => `<!-- bench:${name}:start -->`;
const endMarker = (name: string) => `<!-- bench:${name}:end -->`;

/**
 * Puts `content` between `<!-- bench:<name>:start -->` and
 * `<!-- bench:<name>:end -->`, keeping the markers; the text around them is
 * left as it is. Missing, repeated or misordered markers are an error.
 */
export function replaceBetweenMarkers(document: string, name: string, content: string): string {
  const start = startMarker(name);
  const end = endMarker(name);
  const startAt = document.indexOf(start);
  const endAt = document.indexOf(end);
  if (startAt < 0 || endAt < 0 || endAt < startAt) {
    throw new Error(
      `BENCHMARKS.md: expected the markers ${start} … ${end}, in that order, around the generated table`,
    );
  }
  if (document.indexOf(start, startAt + 1) >= 0 || document.indexOf(end, endAt + 1) >= 0) {
    throw new Error(`BENCHMARKS.md: the markers ${start} … ${end} appear more than once`);
  }
  return `${document.slice(0, startAt + start.length)}\n${content.trim()}\n${document.slice(endAt)}`;
}

/** The generated part between the markers, without the markers. */
export function betweenMarkers(document: string, name: string): string | undefined {
  const startAt = document.indexOf(startMarker(name));
  const endAt = document.indexOf(endMarker(name));
  if (startAt < 0 || endAt < startAt) return undefined;
  return document.slice(startAt + startMarker(name).length, endAt).trim();
}

export function writeFileIfChanged(path: string, content: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
  writeFileSync(path, content);
  return true;
}
