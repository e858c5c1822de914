import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { type Output, x } from 'tinyexec';

/** This package's folder: its `node_modules` holds the pinned runtimes and our packages. */
export const packageDir = fileURLToPath(new URL('..', import.meta.url));
/** The script every runtime runs; it prints the answers as JSON. */
const printScript = fileURLToPath(new URL('./print-answers.mjs', import.meta.url));
/** The module worker workerd serves (bundled first). */
const workerScript = fileURLToPath(new URL('./worker.mjs', import.meta.url));

export type RuntimeName = 'bun' | 'deno' | 'workerd';

export interface FoundRuntime {
  readonly name: RuntimeName;
  /** The executable, from the pinned npm package (its platform package, so it works whether or not the postinstall ran). */
  readonly binary: string;
  /** The version this package pins in its devDependencies. */
  readonly pinned: string;
}

export type RuntimeLookup =
  | { readonly ok: true; readonly runtime: FoundRuntime }
  | { readonly ok: false; readonly problem: string };

interface Manifest {
  readonly version?: string;
  readonly devDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

const readManifest = (path: string): Manifest => JSON.parse(readFileSync(path, 'utf8'));

/** `npm:bun@1.4.5` or `1.4.5` → `1.4.5`. */
function pinnedVersion(spec: string): string {
  return spec.slice(spec.lastIndexOf('@') + 1);
}

/** The binary a platform package holds: `@oven/bun-linux-x64/bin/bun`, `@deno/linux-x64-glibc/deno`. */
const binaryInPlatformPackage: Record<'bun' | 'deno', string> = { bun: 'bin/bun', deno: 'deno' };
const binaryAfterPostinstall: Record<'bun' | 'deno', string> = { bun: 'bin/bun.exe', deno: 'deno' };

/**
 * Finds a runtime's binary in its npm package, as installed for this package:
 * the platform package among its optional dependencies that is installed
 * (npm and pnpm install only the one for this machine), or workerd's own
 * export of its binary's path. Never runs a postinstall, never downloads.
 */
export function findRuntime(name: RuntimeName, fromDir: string = packageDir): RuntimeLookup {
  const manifestPath = join(fromDir, 'package.json');
  const spec = readManifest(manifestPath).devDependencies?.[name];
  if (spec === undefined)
    return { ok: false, problem: `${manifestPath} does not pin ${name} in its devDependencies.` };
  const pinned = pinnedVersion(spec);
  // A direct devDependency sits in this package's own node_modules (pnpm links it there).
  const packageManifestLink = join(fromDir, 'node_modules', name, 'package.json');
  if (!existsSync(packageManifestLink))
    return {
      ok: false,
      problem: `the npm package ${name}@${pinned} is not installed in ${fromDir} (run pnpm install).`,
    };
  const packageManifest = realpathSync(packageManifestLink);
  const installed = readManifest(packageManifest);
  if (installed.version !== pinned)
    return {
      ok: false,
      problem: `${name} ${installed.version} is installed, but ${manifestPath} pins ${pinned} (run pnpm install).`,
    };
  const fromPackage = createRequire(packageManifest);
  if (name === 'workerd') {
    const binary = (fromPackage(dirname(packageManifest)) as { default?: unknown }).default;
    return typeof binary === 'string' && isExecutable(binary)
      ? { ok: true, runtime: { name, binary, pinned } }
      : {
          ok: false,
          problem: `workerd@${pinned} names no binary for ${process.platform}-${process.arch} (got ${String(binary)}).`,
        };
  }
  const platformPackages = Object.keys(installed.optionalDependencies ?? {});
  const candidates = platformPackages.flatMap((platformPackage) => {
    try {
      return [
        join(dirname(fromPackage.resolve(`${platformPackage}/package.json`)), binaryInPlatformPackage[name]),
      ];
    } catch {
      return [];
    }
  });
  // The postinstall moves (bun) or links (deno) the platform binary into the package itself.
  candidates.push(join(dirname(packageManifest), binaryAfterPostinstall[name]));
  const binary = candidates.find(isExecutable);
  return binary !== undefined
    ? { ok: true, runtime: { name, binary, pinned } }
    : {
        ok: false,
        problem: `no binary of ${name}@${pinned} for ${process.platform}-${process.arch} is installed (looked for ${candidates.join(', ')}).`,
      };
}

/** A real executable, not the small placeholder script a package ships until its postinstall replaces it. */
function isExecutable(path: string): boolean {
  try {
    return statSync(path).size > 1_000_000;
  } catch {
    return false;
  }
}

/**
 * What a test does about a runtime it cannot find: under CI the run must fail
 * (a skipped runtime would pass unseen), elsewhere it may skip, saying why.
 */
export function missingRuntimeVerdict(problem: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0')
    throw new Error(`${problem} With CI set, every runtime must be tested.`);
  return `${problem} (skipped outside CI)`;
}

/** Runs a command with no shell and a time limit: a non-zero exit resolves, a timeout rejects, naming the command. */
async function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, timeout = 60_000) {
  try {
    return await x(command, args, {
      nodeOptions: { cwd: packageDir, env: { NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
      nodePath: false,
      timeout,
    });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} (in ${packageDir}): ${(error as Error).message}`);
  }
}

function parseAnswers(where: string, result: Output): unknown {
  if (result.exitCode !== 0)
    throw new Error(
      `${where} exited with ${result.exitCode}:\n${result.stderr.trim() || result.stdout.slice(0, 2000)}`,
    );
  try {
    return JSON.parse(result.stdout);
  } catch (error) {
    throw new Error(
      `${where} printed no JSON (${(error as Error).message}):\n${result.stdout.slice(0, 500)}${result.stderr}`,
    );
  }
}

/** The version a runtime's binary reports (`bun --version`, `deno --version`, `workerd --version`). */
export async function reportedVersion(runtime: FoundRuntime): Promise<string> {
  const result = await run(runtime.binary, ['--version'], {}, 30_000);
  return `${result.stdout}${result.stderr}`.trim();
}

/** Node's answers: the same script in a plain `node` process, as an app runs it. */
export async function nodeAnswers(): Promise<unknown> {
  return parseAnswers(`node ${printScript}`, await run(process.execPath, [printScript]));
}

/** Bun's or Deno's answers: the same script, run by its CLI with nothing installed or granted. */
export async function cliAnswers(runtime: FoundRuntime, scratchDir: string): Promise<unknown> {
  const args =
    runtime.name === 'bun'
      ? ['--no-install', printScript]
      : // No permission granted: the packages need none. --cached-only: nothing is downloaded.
        ['run', '--no-prompt', '--cached-only', '--no-check', printScript];
  const env = {
    DENO_DIR: join(scratchDir, 'deno'),
    DENO_NO_UPDATE_CHECK: '1',
    BUN_INSTALL_CACHE_DIR: join(scratchDir, 'bun'),
  };
  return parseAnswers(`${runtime.name} ${args.join(' ')}`, await run(runtime.binary, args, env));
}

/** The workerd config: one worker, one HTTP socket on 127.0.0.1; port 0 lets the system pick a free port. */
function workerdConfig(compatibilityDate: string): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [ (name = "answers", worker = .answersWorker) ],
  sockets = [ (name = "http", address = "127.0.0.1:0", http = (), service = "answers") ],
);

const answersWorker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "${compatibilityDate}",
);
`;
}

/** Bundles the module worker with esbuild, as an app's build for Workers would (the `workerd` and `worker` conditions). */
async function bundleWorker(outfile: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [workerScript],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser', 'import'],
    logLevel: 'silent',
  });
}

/**
 * workerd's answers: the worker bundled, served on 127.0.0.1 on a port the
 * system picks (workerd reports it on its control descriptor), asked over
 * HTTP, then stopped.
 */
export async function workerdAnswers(runtime: FoundRuntime, scratchDir: string): Promise<unknown> {
  const dir = mkdtempSync(join(scratchDir, 'workerd-'));
  await bundleWorker(join(dir, 'worker.js'));
  const { compatibilityDate } = createRequire(join(packageDir, 'package.json'))('workerd') as {
    compatibilityDate: string;
  };
  writeFileSync(join(dir, 'config.capnp'), workerdConfig(compatibilityDate));
  const child = spawn(runtime.binary, ['serve', join(dir, 'config.capnp'), 'config', '--control-fd=3'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  try {
    // Whichever comes first settles it: the listen message, an error, the exit, or the time limit.
    const port = await new Promise<number>((resolve, reject) => {
      AbortSignal.timeout(30_000).addEventListener('abort', () =>
        reject(new Error(`workerd did not listen within 30 s:\n${stderr}`)),
      );
      createInterface({ input: child.stdio[3] as Readable }).on('line', (line) => {
        const message =
          line.trim() === '' ? undefined : (JSON.parse(line) as { event?: string; port?: number });
        if (message?.event === 'listen' && typeof message.port === 'number') resolve(message.port);
      });
      child.on('error', reject);
      child.on('exit', (code) =>
        reject(new Error(`workerd exited with ${code} before listening:\n${stderr}`)),
      );
    });
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    if (response.status !== 200)
      throw new Error(`workerd answered ${response.status}:\n${text.slice(0, 2000)}`);
    return JSON.parse(text) as unknown;
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh scratch folder outside the workspace (Deno's and Bun's caches, the worker bundle). */
export function makeScratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'smspartner-runtimes-'));
}

/**
 * Where two JSON values differ, as `path: expected … got …` lines (at most
 * `limit`): a deep comparison of every member, in order, so a failure names
 * the text that changed rather than dumping both documents.
 */
export function jsonDifferences(expected: unknown, actual: unknown, limit = 20): string[] {
  const found: string[] = [];
  const show = (value: unknown) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 200 ? `${text.slice(0, 199)}…` : text;
  };
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  const walk = (path: string, a: unknown, b: unknown): void => {
    if (found.length >= limit || isDeepStrictEqual(a, b)) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length)
        found.push(`${path || '(root)'}: expected ${a.length} items, got ${b.length}`);
      for (let index = 0; index < Math.min(a.length, b.length); index++)
        walk(`${path}[${index}]`, a[index], b[index]);
      return;
    }
    if (isRecord(a) && isRecord(b)) {
      for (const key of Object.keys(a))
        if (!(key in b)) found.push(`${path}.${key}: missing (expected ${show(a[key])})`);
      for (const key of Object.keys(b))
        if (!(key in a)) found.push(`${path}.${key}: unexpected ${show(b[key])}`);
      for (const key of Object.keys(a)) if (key in b) walk(`${path}.${key}`, a[key], b[key]);
      return;
    }
    found.push(`${path || '(root)'}: expected ${show(a)}, got ${show(b)}`);
  };
  walk('', expected, actual);
  return found.slice(0, limit);
}
