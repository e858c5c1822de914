import { cpSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import semver from 'semver';
import type { PackedPackage } from './package-gates.ts';
import { type CommandResult, cleanPackageManagerEnv, describeFailure, runCommand } from './run-command.ts';
import { entryName, entryPoints } from './size-budgets.ts';
import { readManifest, type WorkspacePackage } from './workspace.ts';

/** The fixture files copied into every consumer project. */
export const consumerFixturesDir = join(import.meta.dirname, '../consumer/');

/** The third-party packages a consumer app installs beside ours, at the versions the workspace develops with. */
export function thirdPartyDependencies(root: string): Record<string, string> {
  const wanted: Record<string, string> = {
    react: 'packages/react/package.json',
    'react-dom': 'packages/react/package.json',
    'react-i18next': 'packages/react/package.json',
    'react-intl': 'packages/react/package.json',
    i18next: 'packages/react/package.json',
    '@types/react': 'packages/react/package.json',
    '@types/react-dom': 'packages/react/package.json',
    typescript: 'package.json',
    '@types/node': 'package.json',
  };
  const versions: Record<string, string> = {};
  for (const [name, manifestPath] of Object.entries(wanted)) {
    const manifest = readManifest(join(root, manifestPath));
    const version = manifest.devDependencies?.[name] ?? manifest.dependencies?.[name];
    if (!version)
      throw new Error(
        `${manifestPath} does not declare ${name}; the consumer tests install the version it uses.`,
      );
    versions[name] = version;
  }
  return { ...versions, [typescriptNext]: 'npm:typescript@^7.0.2' };
}

/** The newest TypeScript major, installed under this alias beside the workspace's: both lines users run. */
export const typescriptNext = 'typescript-7';

/** Whether an i18next version has `ResourceNamespaceMap`, which our ready declaration augments (26.7 and later). */
export function hasResourceNamespaceMap(version: string | undefined): boolean {
  return version !== undefined && semver.valid(version) !== null && semver.gte(version, '26.7.0');
}

/** The compilers a consumer project runs, by the name its package is installed under. */
export const typescriptCompilers = ['typescript', typescriptNext] as const;

/** Each peer of our public packages and its one range (`react-dom` and React's types follow React). */
function peerRanges(packages: readonly WorkspacePackage[]): Map<string, string> {
  const ranges = new Map<string, string>();
  for (const pkg of packages) {
    for (const [name, range] of Object.entries(pkg.manifest.peerDependencies ?? {})) {
      const known = ranges.get(name);
      if (known !== undefined && known !== range)
        throw new Error(
          `${pkg.name}: the peer range ${name} "${range}" differs from another package's "${known}"; use one range.`,
        );
      ranges.set(name, range);
    }
  }
  const react = ranges.get('react');
  if (react !== undefined)
    for (const follower of ['react-dom', '@types/react', '@types/react-dom']) ranges.set(follower, react);
  return ranges;
}

/**
 * The newest peers we allow: each at its `latest` release when our range allows it, else at the range.
 * Not the range alone: npm would skip releases whose `engines` exclude the running Node (i18next 27).
 */
export async function newestPeerDependencies(
  root: string,
  packages: readonly WorkspacePackage[],
  latestVersion: (name: string) => Promise<string>,
): Promise<Record<string, string>> {
  const versions = thirdPartyDependencies(root);
  for (const [name, range] of peerRanges(packages)) {
    const latest = await latestVersion(name);
    versions[name] = semver.satisfies(latest, range) ? latest : range;
  }
  return versions;
}

/** Asks npm, with its registry and settings, which version `latest` names. */
export async function npmLatestVersion(name: string): Promise<string> {
  const result = await runCommand(
    'npm',
    ['view', `${name}@latest`, 'version', '--json', '--no-update-notifier'],
    { cwd: tmpdir(), env: cleanPackageManagerEnv(), timeoutMs: 60_000 },
  );
  if (result.exitCode !== 0) throw new Error(`npm view ${name}@latest failed: ${describeFailure(result)}`);
  const version = JSON.parse(result.stdout) as unknown;
  if (typeof version !== 'string')
    throw new Error(`npm view ${name}@latest gave ${result.stdout.trim()}, not a version`);
  return version;
}

/** The lowest major a peer range allows (`^18 || ^19` → 18); none for `*`, `>=0`, `<5` or `latest`. */
export function lowestMajor(range: string): number | undefined {
  const lowest = semver.validRange(range) ? semver.minVersion(range) : null;
  return lowest && lowest.compare('0.0.0') > 0 ? lowest.major : undefined;
}

/** The oldest peers we promise: each peer at the newest release of the lowest major its range allows. */
export function peerFloorDependencies(
  root: string,
  packages: readonly WorkspacePackage[],
): Record<string, string> {
  const versions = thirdPartyDependencies(root);
  for (const pkg of packages)
    for (const [name, range] of Object.entries(pkg.manifest.peerDependencies ?? {}))
      if (lowestMajor(range) === undefined)
        throw new Error(`${pkg.name}: the peer range ${name} "${range}" names no major version.`);
  for (const [name, range] of peerRanges(packages)) versions[name] = `^${lowestMajor(range)}`;
  return versions;
}

/** `react 18.3.1, i18next 23.16.8` (`react@18.3.1, …` with `@`). */
export function describeVersions(versions: Readonly<Record<string, string>>, separator = ' '): string {
  return Object.entries(versions)
    .map(([name, version]) => `${name}${separator}${version}`)
    .join(', ');
}

/** What npm installs for each packed package: its tarball. */
export function tarballInstallSpecs(packed: readonly PackedPackage[]): Record<string, string> {
  return Object.fromEntries(packed.map((entry) => [entry.pkg.name, `file:${entry.tarball}`]));
}

/** `import * as entry0 from '…'` for every JS entry point: tsc then proves each has types. */
function everyEntryImports(packages: readonly WorkspacePackage[]): string {
  const specifiers = packages.flatMap(entryPoints).map(entryName);
  const lines = specifiers.map((specifier, index) => `import * as entry${index} from '${specifier}';`);
  return `// Generated by tools/release/src/consumer.ts: every entry point, so tsc checks each has types.\n${lines.join('\n')}\nexport const entries = [${specifiers.map((_, index) => `entry${index}`).join(', ')}];\n`;
}

const tsconfig = (module: string, moduleResolution: string, files: string[], extra = {}) =>
  `${JSON.stringify({ compilerOptions: { module, moduleResolution, ...compilerOptions, ...extra }, files }, null, 2)}\n`;
const compilerOptions = {
  target: 'es2022',
  lib: ['es2023', 'dom'],
  jsx: 'react-jsx',
  strict: true,
  noEmit: true,
  // Every declaration file is checked, ours and those of the libraries they reach (i18next's with
  // our augmentation): an app with skipLibCheck: false must compile clean.
  skipLibCheck: false,
  types: ['node'],
  listFiles: true,
};

/**
 * Installs our packages into a fresh npm project in the OS temp folder (outside the workspace: nothing
 * resolves through its links) and runs the consumer checks of `tools/release/consumer/`.
 */
export async function runConsumerTests(options: {
  readonly root: string;
  readonly packages: readonly WorkspacePackage[];
  /** What npm installs for each of our packages: a tarball path or an exact version. */
  readonly installSpecs: Readonly<Record<string, string>>;
  /** Extra environment for npm (a registry and its `.npmrc` for the rehearsal). */
  readonly npmEnv?: Readonly<Record<string, string>>;
  readonly log: (line: string) => void;
  /** Keep the temp project for debugging. */
  readonly keep?: boolean;
  /** The third-party packages to install; default: the versions the workspace develops with. */
  readonly thirdParty?: Readonly<Record<string, string>>;
}) {
  const { log } = options;
  const projectDir = realpathSync(mkdtempSync(join(tmpdir(), 'smspartner-consumer-')));
  const projectModules = join(projectDir, 'node_modules') + sep;
  if (!relative(options.root, projectDir).startsWith('..')) {
    throw new Error(
      `The consumer project ${projectDir} is inside the workspace ${options.root}; set TMPDIR elsewhere.`,
    );
  }
  const checks: { name: string; ok: boolean; detail: string }[] = [];
  const thirdParty = options.thirdParty ?? thirdPartyDependencies(options.root);
  try {
    cpSync(consumerFixturesDir, projectDir, { recursive: true, filter: (file) => !file.endsWith('.md') });
    const dependencies = { ...options.installSpecs, ...thirdParty };
    const manifest = { name: 'smspartner-i18n-consumer', private: true, dependencies };
    writeFileSync(join(projectDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const file of ['every-entry.mts', 'every-entry.cts'])
      writeFileSync(join(projectDir, file), everyEntryImports(options.packages));

    const env = cleanPackageManagerEnv({ ...options.npmEnv });
    log(`consumer: npm install in ${projectDir}`);
    const install = await runCommand(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', '--no-update-notifier'],
      { cwd: projectDir, env, timeoutMs: 300_000 },
    );
    const installMs = install.durationMs;
    if (install.exitCode !== 0) {
      checks.push({ name: 'npm install', ok: false, detail: describeFailure(install) });
      return { projectDir, installMs, checks };
    }
    const installed = Object.fromEntries(
      Object.keys(thirdParty).map((name) => [
        name,
        readManifest(join(projectDir, 'node_modules', name, 'package.json')).version ?? '(no version field)',
      ]),
    );
    log(
      `consumer: installed in ${(install.durationMs / 1000).toFixed(1)} s, beside ${describeVersions(installed)}`,
    );

    // Typed keys need i18next's ResourceNamespaceMap (26.7+); older majors still compile the declaration.
    const typedKeys = hasResourceNamespaceMap(installed.i18next) ? ['typed-keys.mts'] : [];
    const nodeFiles = ['typed.mts', 'typed.cts', ...typedKeys, 'every-entry.mts', 'every-entry.cts'];
    const bundlerFiles = ['typed.mts', 'typed.tsx', ...typedKeys, 'every-entry.mts'];
    const configs: Record<string, string> = {
      'tsconfig.node16.json': tsconfig('node16', 'node16', nodeFiles),
      'tsconfig.nodenext.json': tsconfig('nodenext', 'nodenext', nodeFiles),
      'tsconfig.bundler.json': tsconfig('esnext', 'bundler', bundlerFiles),
      // Apart: the app's own declaration of defaultNS would conflict with the ready one that every-entry imports.
      'tsconfig.merge.json': tsconfig('esnext', 'bundler', ['typed-merge.mts'], { resolveJsonModule: true }),
    };
    for (const [name, text] of Object.entries(configs)) writeFileSync(join(projectDir, name), text);

    const record = (name: string, result: CommandResult, problem?: string) => {
      const ok = result.exitCode === 0 && problem === undefined;
      const detail = ok
        ? (result.stdout.trim().split('\n').at(-1) ?? '')
        : (problem ?? describeFailure(result));
      checks.push({ name, ok, detail });
      log(
        `consumer: ${ok ? 'ok  ' : 'FAIL'} ${name} (${(result.durationMs / 1000).toFixed(1)} s)${ok ? '' : `\n${detail}`}`,
      );
    };
    // A hang guard, not a speed target: the type checks of three gates share the machine's cores.
    const node = (args: string[], timeoutMs = 120_000) =>
      runCommand(process.execPath, args, { cwd: projectDir, env, timeoutMs });

    for (const script of ['entries.mjs', 'entries.cjs', 'behaviour.mjs', 'behaviour.cjs', 'react.mjs']) {
      record(`node ${script}`, await node([script]));
    }
    const typeChecks = typescriptCompilers.flatMap((compiler) =>
      Object.keys(configs).map((config) => [compiler, config] as const),
    );
    // With skipLibCheck: false each run checks every declaration file it reaches: run them side by side.
    const typeCheckResults: CommandResult[] = [];
    const queue = typeChecks.entries();
    const lane = async () => {
      for (const [index, [compiler, config]] of queue)
        typeCheckResults[index] = await node(
          [join(projectDir, 'node_modules', compiler, 'bin/tsc'), '-p', config],
          600_000,
        );
    };
    await Promise.all(Array.from({ length: availableParallelism() }, lane));
    for (const [index, [compiler, config]] of typeChecks.entries()) {
      const result = typeCheckResults[index]!;
      // --listFiles prints every file read; the rest of the output is diagnostics.
      const lines = result.stdout.split('\n').filter((line) => line.trim() !== '');
      const listed = lines.filter((line) => line.startsWith(sep) && !/\(\d+,\d+\)/.test(line));
      const diagnostics = lines.filter((line) => !listed.includes(line));
      const ours = listed.map((line) => line.trim()).filter((file) => file.includes('@smspartner-i18n'));
      // The declaration files of ours tsc read must be inside the project, reached without links.
      const outside = ours.filter((file) => !file.startsWith(projectModules) || realpathSync(file) !== file);
      const problem =
        result.exitCode !== 0
          ? `tsc -p ${config} exited with ${result.exitCode}:\n${diagnostics.join('\n')}${result.stderr}`
          : outside.length > 0
            ? `types read from outside the project: ${outside.join(', ')}`
            : ours.length === 0
              ? `tsc read no declaration file of ours`
              : undefined;
      record(
        `tsc ${installed[compiler]} --noEmit -p ${config}`,
        { ...result, stdout: `${ours.length} declaration files of ours, all inside the project` },
        problem,
      );
    }

    const expected = await node([
      '--input-type=module',
      '-e',
      "const { createTranslator } = await import('@smspartner-i18n/node'); console.log(createTranslator({ locale: 'fr' }).message('sms.send', 11));",
    ]);
    const cli = await runCommand(
      'npx',
      ['--no', 'smspartner-i18n', 'explain', 'sms.send', '11', '--locale', 'fr'],
      { cwd: projectDir, env, timeoutMs: 120_000 },
    );
    const binary = realpathSync(join(projectDir, 'node_modules/.bin/smspartner-i18n'));
    const cliProblem =
      expected.exitCode !== 0
        ? `could not compute the expected text: ${describeFailure(expected)}`
        : cli.stdout.trim() !== expected.stdout.trim() || cli.stdout.trim() === ''
          ? `printed ${JSON.stringify(cli.stdout.trim())}, expected ${JSON.stringify(expected.stdout.trim())}`
          : !binary.startsWith(projectModules)
            ? `the smspartner-i18n binary is ${binary}, outside the project`
            : undefined;
    record('npx smspartner-i18n explain sms.send 11 --locale fr', cli, cliProblem);
    return { projectDir, installMs, checks, installed };
  } finally {
    if (!options.keep) rmSync(projectDir, { recursive: true, force: true });
  }
}
