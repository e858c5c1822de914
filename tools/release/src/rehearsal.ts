import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import getReleasePlan from '@changesets/get-release-plan';
import { describeVersions, runConsumerTests } from './consumer.ts';
import { git, gitIdentity } from './git.ts';
import { changesetText } from './message-changes.ts';
import { publishWorkspace } from './publish.ts';
import { cleanPackageManagerEnv, describeFailure, runCommand } from './run-command.ts';
import { startRegistry } from './verdaccio.ts';
import { findRepoRoot, type PackageManifest, publicPackages, workspacePackages } from './workspace.ts';

/** A minor changeset naming every public package, so each CHANGELOG.md gets the entry. */
export function rehearsalChangeset(packageNames: readonly string[]): string {
  return changesetText(
    Object.fromEntries(packageNames.map((name) => [name, 'minor'])),
    'Release rehearsal: every package versioned by changesets, published to a local registry and installed back.',
  );
}

/**
 * The files git knows (as in the working tree) and the public packages' `dist/`, in a new git
 * repository, with workspace dependencies linked as pnpm links them (`pnpm publish` reads them).
 */
export function makeScratchCopy(root: string, scratch: string): void {
  const listing = git(root, ['ls-files', '--cached', '--others', '--exclude-standard', '-z']);
  if (listing === null)
    throw new Error(`${root} is not a git checkout: the rehearsal copies the files git knows.`);
  for (const path of new Set(listing.split('\0').filter((entry) => entry !== ''))) {
    const from = join(root, path);
    if (!existsSync(from)) continue; // Deleted in the working tree.
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    copyFileSync(from, join(scratch, path));
  }
  for (const pkg of publicPackages(root)) {
    const dist = join(pkg.dir, 'dist');
    if (!existsSync(dist))
      throw new Error(`${pkg.relativeDir}/dist is missing: build before the rehearsal (pnpm build).`);
    cpSync(dist, join(scratch, pkg.relativeDir, 'dist'), { recursive: true });
  }
  const packages = workspacePackages(scratch);
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  for (const { dir, manifest } of packages) {
    const ranges = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies };
    for (const [name, range] of Object.entries(ranges)) {
      const target = byName.get(name);
      const link = join(dir, 'node_modules', name);
      if (!range.startsWith('workspace:') || !target || existsSync(link)) continue;
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(relative(dirname(link), target.dir), link);
    }
  }
  // The changesets CLI loads the changelog module named in .changeset/config.json from the repository root.
  const changesetsCli = join(scratch, 'node_modules/@changesets/cli');
  mkdirSync(dirname(changesetsCli), { recursive: true });
  symlinkSync(realpathSync(join(findRepoRoot(), 'node_modules/@changesets/cli')), changesetsCli);
  const env = { ...process.env, ...gitIdentity };
  for (const args of [
    ['init', '--quiet', '--initial-branch=main'],
    ['add', '--all'],
    ['commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', 'Rehearsal base'],
  ]) {
    if (git(scratch, args, env) === null)
      throw new Error(`git ${args.join(' ')} failed in the scratch copy ${scratch}.`);
  }
}

/**
 * `pnpm release:rehearse`: `changeset version` and the release's publish in a scratch copy, against
 * verdaccio, then the consumer tests on what was published; all cleaned up, also on failure and Ctrl-C.
 */
export async function rehearseRelease(options: {
  readonly root: string;
  /** The registry verdaccio proxies third-party packages to; `null` for none (our packages only). */
  readonly uplink: string | null;
  readonly log?: (line: string) => void;
  /** `false` skips the consumer tests (the tests of this module have no third-party packages). */
  readonly consumer?: boolean;
}) {
  const log = options.log ?? (() => {});
  const steps: { name: string; durationMs: number }[] = [];
  const problems: string[] = [];
  const published: Record<string, string> = {};
  const work = mkdtempSync(join(tmpdir(), 'smspartner-rehearsal-'));
  const scratch = join(work, 'repo');
  let registry: Awaited<ReturnType<typeof startRegistry>> | undefined;
  const result = () => ({ ok: problems.length === 0, published, steps, problems });
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    log(`rehearsal: ${name}…`);
    try {
      return await run();
    } finally {
      const durationMs = performance.now() - started;
      steps.push({ name, durationMs });
      log(`rehearsal: ${name} done in ${(durationMs / 1000).toFixed(1)} s`);
    }
  };
  // Ctrl-C or a kill: stop the registry and remove the scratch files before exiting.
  const onSignal = (signal: NodeJS.Signals) => {
    if (registry) void registry.stop();
    rmSync(work, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    registry = await step('start verdaccio', () =>
      startRegistry({ dir: join(work, 'registry'), uplink: options.uplink }),
    );
    const { url } = registry;
    log(`rehearsal: registry at ${url}`);
    const npmrc = join(work, 'npmrc');
    const registryLines = `registry=${url}\n//127.0.0.1:${registry.port}/:_authToken=${await registry.createToken()}\nprovenance=false\n`;
    writeFileSync(npmrc, registryLines);
    const env = cleanPackageManagerEnv({
      npm_config_registry: url,
      NPM_CONFIG_REGISTRY: url,
      npm_config_userconfig: npmrc,
      NPM_CONFIG_PROVENANCE: 'false',
      npm_config_provenance: 'false',
      ...gitIdentity,
    });

    const publicNames = await step('scratch copy', async () => {
      mkdirSync(scratch);
      makeScratchCopy(options.root, scratch);
      // pnpm reads the workspace root's .npmrc for publishing.
      writeFileSync(join(scratch, '.npmrc'), registryLines);
      const names = publicPackages(scratch).map((pkg) => pkg.name);
      writeFileSync(join(scratch, '.changeset', 'release-rehearsal.md'), rehearsalChangeset(names));
      return names;
    });

    const changeset = join(findRepoRoot(), 'node_modules/.bin/changeset');
    const plan = await getReleasePlan(scratch);
    const expected = new Map(
      plan.releases
        .filter((release) => release.type !== 'none')
        .map((release) => [release.name, release.newVersion]),
    );

    await step('changeset version', async () => {
      const versioned = await runCommand(changeset, ['version'], { cwd: scratch, env, timeoutMs: 120_000 });
      if (versioned.exitCode !== 0)
        throw new Error(`changeset version failed: ${describeFailure(versioned)}`);
      for (const { name, version, dir, relativeDir } of publicPackages(scratch)) {
        if (version !== expected.get(name)) {
          problems.push(
            `changeset version set ${name} to ${version}, the release plan said ${expected.get(name) ?? 'no release'}.`,
          );
        }
        const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
        if (!changelog.includes(`## ${version}`) || !changelog.includes('Release rehearsal')) {
          problems.push(
            `${relativeDir}/CHANGELOG.md has no "## ${version}" entry with the rehearsal changeset.`,
          );
        }
      }
      const versions = new Set(publicNames.map((name) => expected.get(name)));
      if (versions.size !== 1) {
        problems.push(
          `The public packages got different versions (${[...versions].join(', ')}); .changeset/config.json should keep them fixed.`,
        );
      }
      git(
        scratch,
        ['commit', '--quiet', '--all', '--no-verify', '--no-gpg-sign', '-m', 'Version Packages'],
        env,
      );
    });
    if (problems.length > 0) return result();

    await step('publish (pnpm release:publish)', async () => {
      // The command release.yml runs, with provenance off: it needs the CI's OIDC identity.
      const publish = await publishWorkspace({ cwd: scratch, env, changesetBin: changeset });
      if (!publish.ok) throw new Error(publish.message);
      const tags = git(scratch, ['tag', '--list']) ?? '';
      for (const name of publicNames) {
        const version = expected.get(name)!;
        if (!tags.split('\n').includes(`${name}@${version}`)) {
          problems.push(
            `changeset tag created no tag ${name}@${version} (tags: ${tags.replace(/\n/g, ', ') || 'none'}).`,
          );
        }
        const view = await runCommand('npm', ['view', `${name}@${version}`, '--json'], {
          cwd: work,
          env,
          timeoutMs: 60_000,
        });
        if (view.exitCode !== 0 || view.stdout.trim() === '') {
          problems.push(
            `${name}@${version} is not on the rehearsal registry after the publish: ${describeFailure(view)}`,
          );
          continue;
        }
        const manifest = JSON.parse(view.stdout) as PackageManifest & { dist?: { tarball?: string } };
        if (!manifest.dist?.tarball?.startsWith(url)) {
          problems.push(
            `${name}@${version}: its tarball is served from ${manifest.dist?.tarball}, not the rehearsal registry.`,
          );
        }
        for (const [dependency, range] of Object.entries({
          ...manifest.dependencies,
          ...manifest.peerDependencies,
        })) {
          if (range.startsWith('workspace:'))
            problems.push(`${name}@${version} was published with ${dependency}@${range}.`);
          else if (expected.has(dependency) && !range.includes(expected.get(dependency)!)) {
            problems.push(
              `${name}@${version} depends on ${dependency}@${range}, not on the version released with it (${expected.get(dependency)}).`,
            );
          }
        }
        published[name] = version;
      }
      log(`rehearsal: published ${describeVersions(published, '@')}`);
    });
    if (problems.length > 0 || options.consumer === false) return result();

    const consumer = await step('consumer tests on the published versions', () =>
      runConsumerTests({
        root: options.root,
        packages: publicPackages(scratch),
        installSpecs: published,
        npmEnv: { npm_config_registry: url, npm_config_userconfig: npmrc },
        log,
      }),
    );
    for (const check of consumer.checks.filter((entry) => !entry.ok))
      problems.push(`consumer: ${check.name}: ${check.detail}`);
    return result();
  } catch (error) {
    problems.push((error as Error).message);
    return result();
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    if (registry) await registry.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
