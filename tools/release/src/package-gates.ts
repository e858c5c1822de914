import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanPackageManagerEnv, describeFailure, runCommand } from './run-command.ts';
import { type PackageManifest, readManifest, type WorkspacePackage } from './workspace.ts';

/** `tarball`: the `.tgz`; `files`: its paths without `package/`; `manifest`: package.json as published. */
export type PackedPackage = Awaited<ReturnType<typeof packPackage>>;

/** Packs a package as `pnpm publish` does: `files` applied, README/LICENSE added, `workspace:` rewritten. */
export async function packPackage(pkg: WorkspacePackage, destination: string) {
  const result = await runCommand('pnpm', ['pack', '--pack-destination', destination, '--json'], {
    cwd: pkg.dir,
    env: cleanPackageManagerEnv(),
    timeoutMs: 120_000,
  });
  if (result.exitCode !== 0)
    throw new Error(`${pkg.relativeDir}: pnpm pack failed: ${describeFailure(result)}`);
  let report: { filename?: string; files?: Array<{ path: string }> };
  try {
    report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as typeof report;
  } catch {
    throw new Error(`${pkg.relativeDir}: pnpm pack --json printed no JSON report:\n${result.stdout}`);
  }
  if (!report.filename || !report.files) {
    throw new Error(`${pkg.relativeDir}: pnpm pack --json gave no filename or file list.`);
  }
  const manifestText = await runCommand('tar', ['-xzOf', report.filename, 'package/package.json'], {
    cwd: destination,
  });
  if (manifestText.exitCode !== 0) {
    throw new Error(
      `${pkg.relativeDir}: cannot read package.json from ${report.filename}: ${describeFailure(manifestText)}`,
    );
  }
  return {
    pkg,
    tarball: report.filename,
    files: report.files.map((file) => file.path).sort(),
    manifest: JSON.parse(manifestText.stdout) as PackageManifest,
  };
}

/** Files a package may ship besides `dist/`: the ones npm and pnpm always add. */
const shippedRootFiles = new Set(['package.json', 'README.md', 'LICENSE']);
const requiredFiles = ['README.md', 'LICENSE', 'CHANGELOG.md'] as const;

/** Every public package's `check:package` script (node16 profile: node10 predates `exports`). */
export const packageCheckScript = 'publint --strict && attw --pack . --profile node16';

/** Every file path an `exports`/`main`/`bin` field points at (patterns with `*` excluded). */
export function manifestTargets(manifest: PackageManifest): string[] {
  const targets = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') targets.add(value);
    else if (value && typeof value === 'object') for (const child of Object.values(value)) walk(child);
  };
  walk([manifest.exports, manifest.main, manifest.module, manifest.types, manifest.bin]);
  return [...targets].filter((target) => !target.includes('*')).map((target) => target.replace(/^\.\//, ''));
}

/** The publishing rules of RELEASING.md for the folder, manifest and tarball: one sentence per problem. */
export function packageHygieneProblems(packed: PackedPackage, root: string): string[] {
  const { pkg, manifest, files } = packed;
  const where = `${pkg.relativeDir}/package.json`;
  const problems: string[] = [];
  const rootLicense = readFileSync(join(root, 'LICENSE'), 'utf8');
  const rootManifest = readManifest(join(root, 'package.json'));

  for (const file of requiredFiles) {
    const path = join(pkg.dir, file);
    if (!existsSync(path))
      problems.push(`${pkg.relativeDir}: ${file} is missing (every public package has one).`);
    else if (readFileSync(path, 'utf8').trim() === '') problems.push(`${pkg.relativeDir}/${file} is empty.`);
    // CHANGELOG.md stays in the repository (linked from the README and the GitHub release); it is not shipped.
    if (shippedRootFiles.has(file) && !files.includes(file)) {
      problems.push(`${pkg.relativeDir}: the tarball does not contain ${file}.`);
    }
  }
  const licensePath = join(pkg.dir, 'LICENSE');
  if (existsSync(licensePath) && readFileSync(licensePath, 'utf8') !== rootLicense) {
    problems.push(`${pkg.relativeDir}/LICENSE differs from the root LICENSE; copy the root one.`);
  }
  if (manifest.license !== rootManifest.license) {
    problems.push(
      `${where}: "license" is ${JSON.stringify(manifest.license)}, expected ${JSON.stringify(rootManifest.license)} like the root.`,
    );
  }
  const repository = typeof manifest.repository === 'object' ? manifest.repository : undefined;
  if (!repository?.url) problems.push(`${where}: "repository.url" is missing.`);
  if (repository?.directory !== pkg.relativeDir) {
    problems.push(
      `${where}: "repository.directory" is ${JSON.stringify(repository?.directory)}, expected "${pkg.relativeDir}".`,
    );
  }
  if (!manifest.engines?.node) problems.push(`${where}: "engines.node" is missing.`);
  if (pkg.manifest.scripts?.['check:package'] !== packageCheckScript) {
    problems.push(`${where}: "scripts.check:package" must be ${JSON.stringify(packageCheckScript)}.`);
  }
  if (manifest.publishConfig?.access !== 'public') {
    problems.push(
      `${where}: "publishConfig.access" must be "public" (scoped packages are private by default).`,
    );
  }
  if (manifest.publishConfig?.provenance !== true) {
    problems.push(
      `${where}: "publishConfig.provenance" must be true (the release workflow publishes with provenance).`,
    );
  }
  if (JSON.stringify(manifest.files) !== JSON.stringify(['dist'])) {
    problems.push(`${where}: "files" is ${JSON.stringify(manifest.files)}, expected ["dist"].`);
  }
  for (const file of files) {
    if (!shippedRootFiles.has(file) && !file.startsWith('dist/')) {
      problems.push(
        `${pkg.relativeDir}: the tarball ships ${file}; only dist/ and ${[...shippedRootFiles].join(', ')} may ship.`,
      );
    }
    if (/\.test(-d)?\.|__snapshots__|\.map$/.test(file)) {
      problems.push(`${pkg.relativeDir}: the tarball ships ${file}, a test or source-map file.`);
    }
  }
  const missing = manifestTargets(manifest).filter((target) => !files.includes(target));
  if (missing.length > 3) {
    // An unbuilt package: one line instead of one per export condition.
    problems.push(
      `${where}: ${missing.length} files it points at are not in the tarball (${missing.slice(0, 3).join(', ')}, …): build the package (pnpm build) and check "files".`,
    );
  } else {
    for (const target of missing) {
      problems.push(
        `${where}: points at ${target}, which is not in the tarball (not built, or not under "files").`,
      );
    }
  }
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'] as const) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (range.startsWith('workspace:')) {
        problems.push(
          `${pkg.relativeDir}: the packed "${field}" still says ${name}@${range}; it must be a real version range.`,
        );
      }
    }
  }
  return problems;
}
