import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import presetSmallLib from '@size-limit/preset-small-lib';
import bytesIec from 'bytes-iec';
import sizeLimit from 'size-limit';
import type { PackageManifest, WorkspacePackage } from './workspace.ts';

export interface EntryPoint {
  readonly packageName: string;
  /** The `exports` subpath (`.`, `./friendly/sms.send`). */
  readonly subpath: string;
  /** Absolute path of the ESM file the subpath resolves to for `import`. */
  readonly file: string;
  /** Left out of the bundle: the package's peers and Node built-ins. */
  readonly external: readonly string[];
}

export interface BudgetFile {
  /** package name or pattern (`@smspartner-i18n/locale-*`) → subpath or pattern (`./friendly/*`) → limit (`3 kB`). */
  readonly packages: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The ESM file an `exports` value gives to `import` (the `default` under `import`, or a plain string). */
function importTarget(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return typeof value === 'string' ? value : undefined;
  const conditions = value as Record<string, unknown>;
  return ['import', 'module', 'default']
    .map((condition) => importTarget(conditions[condition]))
    .find(Boolean);
}

/** The JavaScript entry points of a package: every `exports` subpath whose `import` target is a JS file. */
export function entryPoints(pkg: { name: string; dir: string; manifest: PackageManifest }): EntryPoint[] {
  const exportsField = pkg.manifest.exports ?? {};
  // A subpath map has `.` keys; anything else (a string, a conditions object) is the `.` entry.
  const isSubpathMap =
    typeof exportsField === 'object' && Object.keys(exportsField).some((key) => key.startsWith('.'));
  const map = (isSubpathMap ? exportsField : { '.': exportsField }) as Record<string, unknown>;
  const external = [
    ...Object.keys(pkg.manifest.peerDependencies ?? {}),
    ...builtinModules.flatMap((name) => [name, `node:${name}`]),
  ];
  return Object.entries(map).flatMap(([subpath, value]) => {
    const target = subpath.includes('*') ? undefined : importTarget(value);
    if (!target || !/\.(m?js|cjs)$/.test(target)) return [];
    return [{ packageName: pkg.name, subpath, file: join(pkg.dir, target), external }];
  });
}

/** `*` stands for one path segment (no `/`). */
function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

/** The most specific of the matching keys: an exact key, else the pattern with the most literal characters. */
function mostSpecific(keys: readonly string[], value: string): string | undefined {
  if (keys.includes(value)) return value;
  return keys
    .filter((key) => key.includes('*') && patternToRegExp(key).test(value))
    .sort((a, b) => b.replace(/\*/g, '').length - a.replace(/\*/g, '').length)[0];
}

/** A limit in bytes, read by the parser size-limit itself uses, so that both agree on every unit (`kB` and `KB` are 1000 B, `KiB` 1024 B). */
export function parseLimit(limit: string, where: string): number {
  const bytes = bytesIec.parse(limit);
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0)
    throw new Error(`${where}: the limit ${JSON.stringify(limit)} is not a size like "3 kB" or "900 B".`);
  return Math.round(bytes);
}

export function budgetFor(budgets: BudgetFile, packageName: string, subpath: string) {
  const packageKey = mostSpecific(Object.keys(budgets.packages), packageName);
  const entries = packageKey === undefined ? {} : budgets.packages[packageKey]!;
  const entryKey = mostSpecific(Object.keys(entries), subpath);
  if (entryKey === undefined) return undefined;
  const limit = entries[entryKey]!;
  const rule = `"${packageKey}" → "${entryKey}"`;
  return { limit, limitBytes: parseLimit(limit, `size-budgets.json ${rule}`), rule };
}

export const budgetsPath = join(import.meta.dirname, '../size-budgets.json');

export function readBudgets(path: string): BudgetFile {
  if (!existsSync(path))
    throw new Error(`${path} is missing: it holds the size budget of every entry point.`);
  const data = JSON.parse(readFileSync(path, 'utf8')) as { packages?: unknown };
  if (!data.packages || typeof data.packages !== 'object') {
    throw new Error(
      `${path}: expected { "packages": { "<name or pattern>": { "<subpath or pattern>": "<limit>" } } }.`,
    );
  }
  return data as BudgetFile;
}

/** `@smspartner-i18n/locale-en/friendly` for the subpath `./friendly` of locale-en. */
export function entryName(point: EntryPoint): string {
  return `${point.packageName}${point.subpath === '.' ? '' : point.subpath.slice(1)}`;
}

/** size-limit's check for an entry point: bundled with every export kept, peers left out, gzip. */
function sizeLimitCheck(point: EntryPoint) {
  return {
    name: entryName(point),
    path: point.file,
    import: { [point.file]: '*' },
    ignore: [...point.external],
    gzip: true,
  };
}

/** The config of `pnpm size` (.size-limit.ts): one check per entry point, limited by its budget. */
export function sizeLimitConfig(packages: readonly WorkspacePackage[], budgets: BudgetFile) {
  return packages.flatMap(entryPoints).map((point) => {
    const budget = budgetFor(budgets, point.packageName, point.subpath);
    return { ...sizeLimitCheck(point), ...(budget ? { limit: budget.limit } : {}) };
  });
}

/** Minified + gzip bytes of each entry point (size-limit's small-lib preset), peers left out. */
export async function measureEntryPoints(points: readonly EntryPoint[]): Promise<number[]> {
  const checks = points.map((point) => {
    if (!existsSync(point.file)) {
      throw new Error(
        `${point.packageName} "${point.subpath}": ${point.file} does not exist; build the package first.`,
      );
    }
    const { path, ...check } = sizeLimitCheck(point);
    return { ...check, files: [path] };
  });
  // Measured in small groups: size-limit runs every check of a call at once.
  const sizes: number[] = [];
  for (let start = 0; start < checks.length; start += 8) {
    const results = await sizeLimit(presetSmallLib, { checks: checks.slice(start, start + 8) });
    sizes.push(...(results as Array<{ size: number }>).map((result) => result.size));
  }
  return sizes;
}

export async function checkSizeBudgets(packages: readonly WorkspacePackage[], budgets: BudgetFile) {
  const points = packages.flatMap(entryPoints);
  const sizes = await measureEntryPoints(points);
  return points.map((entry, index) => {
    const budget = budgetFor(budgets, entry.packageName, entry.subpath);
    const bytes = sizes[index]!;
    return { entry, bytes, budget, passed: budget !== undefined && bytes <= budget.limitBytes };
  });
}

export function formatBytes(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(2)} kB`;
}

export function sizeProblems(results: Awaited<ReturnType<typeof checkSizeBudgets>>): string[] {
  return results
    .filter((result) => !result.passed)
    .map((result) =>
      result.budget === undefined
        ? `${result.entry.packageName} "${result.entry.subpath}" (${formatBytes(result.bytes)} gzip) has no budget in tools/release/size-budgets.json; add one.`
        : `${result.entry.packageName} "${result.entry.subpath}" is ${formatBytes(result.bytes)} gzip, over its budget of ${result.budget.limit} (${result.budget.rule} in tools/release/size-budgets.json).`,
    );
}
