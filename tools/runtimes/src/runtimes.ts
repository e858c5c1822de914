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
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import diff from 'microdiff';
import { x } from 'tinyexec';

/** This package's folder: its `node_modules` holds the pinned runtimes and our packages. */
export const packageDir = fileURLToPath(new URL('..', import.meta.url));
/** The script every runtime runs; it prints the answers as JSON. */
const printScript = fileURLToPath(new URL('./print-answers.mjs', import.meta.url));
/** The module worker workerd runs (bundled first). */
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

const readManifest = (
  path: string,
): { version?: string; devDependencies?: Record<string, string>; optionalDependencies?: object } =>
  JSON.parse(readFileSync(path, 'utf8'));

/**
 * Where a platform package (`@oven/bun-linux-x64`, `@deno/linux-x64-glibc`) holds the binary,
 * and where the postinstall moves (bun) or links (deno) it into the package itself.
 */
const binaryPaths = { bun: ['bin/bun', 'bin/bun.exe'], deno: ['deno', 'deno'] } as const;

/**
 * Finds a runtime's binary in its npm package, as installed for this package:
 * the platform package among its optional dependencies that is installed
 * (npm and pnpm install only the one for this machine, beside the package), or
 * workerd's own export of its binary's path. Never runs a postinstall, never downloads.
 */
export function findRuntime(name: RuntimeName, fromDir: string = packageDir): RuntimeLookup {
  const manifestPath = join(fromDir, 'package.json');
  const spec = readManifest(manifestPath).devDependencies?.[name];
  if (spec === undefined)
    return { ok: false, problem: `${manifestPath} does not pin ${name} in its devDependencies.` };
  // `npm:bun@1.4.5` or `1.4.5` → `1.4.5`.
  const pinned = spec.slice(spec.lastIndexOf('@') + 1);
  // A direct devDependency sits in this package's own node_modules (pnpm links it there).
  const link = join(fromDir, 'node_modules', name, 'package.json');
  if (!existsSync(link))
    return {
      ok: false,
      problem: `the npm package ${name}@${pinned} is not installed in ${fromDir} (run pnpm install).`,
    };
  const manifest = realpathSync(link);
  const installed = readManifest(manifest);
  if (installed.version !== pinned)
    return {
      ok: false,
      problem: `${name} ${installed.version} is installed, but ${manifestPath} pins ${pinned} (run pnpm install).`,
    };
  const dir = dirname(manifest);
  const candidates =
    name === 'workerd'
      ? [String((createRequire(manifest)(dir) as { default?: unknown }).default)]
      : [
          ...Object.keys(installed.optionalDependencies ?? {}).map((platform) =>
            join(dir, '..', platform, binaryPaths[name][0]),
          ),
          join(dir, binaryPaths[name][1]),
        ];
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
  if (!['', 'false', '0', undefined].includes(env.CI))
    throw new Error(`${problem} With CI set, every runtime must be tested.`);
  return `${problem} (skipped outside CI)`;
}

/** Runs a command with no shell and a time limit: a non-zero exit resolves, a timeout rejects, naming the command. */
async function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  try {
    return await x(command, args, {
      nodeOptions: { cwd: packageDir, env: { NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
      nodePath: false,
      timeout: 60_000,
    });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} (in ${packageDir}): ${(error as Error).message}`);
  }
}

/** The JSON a command prints, or an error naming the command and showing what it printed. */
async function printedAnswers(command: string, args: readonly string[], env?: NodeJS.ProcessEnv) {
  const where = `${basename(command)} ${args.join(' ')}`;
  const result = await run(command, args, env);
  if (result.exitCode !== 0)
    throw new Error(
      `${where} exited with ${result.exitCode}:\n${result.stderr.trim() || result.stdout.slice(0, 2000)}`,
    );
  try {
    return JSON.parse(result.stdout) as unknown;
  } catch (error) {
    throw new Error(
      `${where} printed no JSON (${(error as Error).message}):\n${result.stdout.slice(0, 500)}${result.stderr}`,
    );
  }
}

/** The version a runtime's binary reports (`bun --version`, `deno --version`, `workerd --version`). */
export async function reportedVersion(runtime: FoundRuntime): Promise<string> {
  const result = await run(runtime.binary, ['--version']);
  return `${result.stdout}${result.stderr}`.trim();
}

/** Node's answers: the same script in a plain `node` process, as an app runs it. */
export function nodeAnswers(): Promise<unknown> {
  return printedAnswers(process.execPath, [printScript]);
}

/**
 * A runtime's answers. Bun and Deno run the same script as Node, with nothing installed or
 * granted; workerd runs the module worker bundled with esbuild, as an app's build for Workers
 * would (the `workerd` and `worker` conditions), by `workerd test`.
 */
export async function runtimeAnswers(runtime: FoundRuntime, scratchDir: string): Promise<unknown> {
  if (runtime.name === 'bun')
    return printedAnswers(runtime.binary, ['--no-install', printScript], {
      BUN_INSTALL_CACHE_DIR: join(scratchDir, 'bun'),
    });
  if (runtime.name === 'deno')
    // No permission granted: the packages need none. --cached-only: nothing is downloaded.
    return printedAnswers(
      runtime.binary,
      ['run', '--no-prompt', '--cached-only', '--no-check', printScript],
      { DENO_DIR: join(scratchDir, 'deno'), DENO_NO_UPDATE_CHECK: '1' },
    );
  const dir = mkdtempSync(join(scratchDir, 'workerd-'));
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [workerScript],
      outfile: join(dir, 'worker.js'),
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      mainFields: ['module', 'main'],
      conditions: ['workerd', 'worker', 'browser', 'import'],
      logLevel: 'silent',
    });
    const { compatibilityDate } = createRequire(join(packageDir, 'package.json'))('workerd') as {
      compatibilityDate: string;
    };
    // One worker, whose `test` handler prints the answers.
    writeFileSync(
      join(dir, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [ (name = "answers", worker = .answersWorker) ],
);

const answersWorker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "${compatibilityDate}",
);
`,
    );
    return await printedAnswers(runtime.binary, ['test', join(dir, 'config.capnp')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh scratch folder outside the workspace (Deno's and Bun's caches, the worker bundle). */
export function makeScratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'smspartner-runtimes-'));
}

/**
 * Where two JSON values differ, as `path: expected … got …` lines (at most `limit`), so a
 * failure names the text that changed rather than dumping both documents.
 */
export function jsonDifferences(expected: unknown, actual: unknown, limit = 20): string[] {
  const show = (value: unknown) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 200 ? `${text.slice(0, 199)}…` : text;
  };
  // Wrapped in arrays, so that documents that are not objects compare too.
  return diff([expected], [actual])
    .slice(0, limit)
    .map((change) => {
      const path = change.path.slice(1).map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`));
      const where = path.join('') || '(root)';
      if (change.type === 'REMOVE') return `${where}: missing (expected ${show(change.oldValue)})`;
      if (change.type === 'CREATE') return `${where}: unexpected ${show(change.value)}`;
      return `${where}: expected ${show(change.oldValue)}, got ${show(change.value)}`;
    });
}
