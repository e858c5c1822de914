import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  consumerFixturesDir,
  describeVersions,
  lowestMajor,
  peerFloorDependencies,
  tarballInstallSpecs,
  thirdPartyDependencies,
} from './consumer.ts';
import { runCommand } from './run-command.ts';
import { findRepoRoot, publicPackages } from './workspace.ts';

const root = findRepoRoot();
let project: string | undefined;
afterEach(() => {
  if (project) rmSync(project, { recursive: true, force: true });
  project = undefined;
});

/** A consumer project holding core, installed by `install(target)`, and the entry-point scripts. */
function projectWithCore(install: (target: string) => void): string {
  project = mkdtempSync(join(tmpdir(), 'smspartner-consumer-test-'));
  for (const file of ['local-resolution.mjs', 'entries.mjs', 'entries.cjs']) {
    cpSync(join(consumerFixturesDir, file), join(project, file));
  }
  mkdirSync(join(project, 'node_modules/@smspartner-i18n'), { recursive: true });
  install(join(project, 'node_modules/@smspartner-i18n/core'));
  return project;
}

const run = (dir: string, script: string) =>
  runCommand(process.execPath, [script], { cwd: dir, timeoutMs: 30_000 });

describe('the consumer entry-point checks', () => {
  it('pass for a package copied into node_modules, with import and with require', async () => {
    const dir = projectWithCore((target) => {
      cpSync(join(root, 'packages/core/package.json'), join(target, 'package.json'));
      cpSync(join(root, 'packages/core/dist'), join(target, 'dist'), { recursive: true });
    });
    const esm = await run(dir, 'entries.mjs');
    expect(esm.stderr).toBe('');
    expect(esm.stdout).toMatch(/^ok: import of \d+ entry points and JSON files, all inside the project\n$/);
    const cjs = await run(dir, 'entries.cjs');
    expect(cjs.stdout).toMatch(/^ok: require of \d+ entry points, all inside the project\n$/);
  });

  it('fail when a package is a link into the workspace, as pnpm would leave it', async () => {
    const dir = projectWithCore((target) => symlinkSync(join(root, 'packages/core'), target));
    const esm = await run(dir, 'entries.mjs');
    expect(esm.exitCode).not.toBe(0);
    expect(esm.stderr).toContain('node_modules/@smspartner-i18n/core is a symlink.');
    const cjs = await run(dir, 'entries.cjs');
    expect(cjs.exitCode).not.toBe(0);
    expect(cjs.stderr).toContain(`resolved to ${join(root, 'packages/core')}`);
  });
});

describe('thirdPartyDependencies', () => {
  it('installs the versions the workspace develops with', () => {
    const versions = thirdPartyDependencies(root);
    expect(Object.keys(versions).sort()).toEqual(
      [
        '@types/node',
        '@types/react',
        '@types/react-dom',
        'i18next',
        'react',
        'react-dom',
        'react-i18next',
        'react-intl',
        'typescript',
      ].sort(),
    );
    expect(versions.typescript).toBe('5.9.3');
    expect(versions.i18next).toMatch(/26\./);
  });
});

describe('peerFloorDependencies', () => {
  it('reads the lowest major of a peer range', () => {
    expect(lowestMajor('>=23')).toBe(23);
    expect(lowestMajor('^18 || ^19')).toBe(18);
    expect(lowestMajor('~5.2.0 || >=4.1 <5')).toBe(4);
    expect(lowestMajor('18.x')).toBe(18);
    expect(lowestMajor('*')).toBeUndefined();
    expect(lowestMajor('latest')).toBeUndefined();
  });

  it('installs every peer at the lowest major our packages promise, react-dom and the types with React', () => {
    const versions = peerFloorDependencies(root, publicPackages(root));
    const reactPeers = publicPackages(root).find((pkg) => pkg.name === '@smspartner-i18n/react')!.manifest
      .peerDependencies!;
    expect(versions.react).toBe(`^${lowestMajor(reactPeers.react!)}`);
    for (const follower of ['react-dom', '@types/react', '@types/react-dom'])
      expect(versions[follower]).toBe(versions.react);
    expect(versions.i18next).toBe(`^${lowestMajor(reactPeers.i18next!)}`);
    expect(versions['react-intl']).toBe(`^${lowestMajor(reactPeers['react-intl']!)}`);
    // What is not a peer stays at the version the workspace develops with.
    expect(versions.typescript).toBe(thirdPartyDependencies(root).typescript);
  });

  it('refuses a peer range that names no version', () => {
    const [pkg] = publicPackages(root);
    const broken = { ...pkg!, manifest: { ...pkg!.manifest, peerDependencies: { react: '*' } } };
    expect(() => peerFloorDependencies(root, [broken])).toThrow(
      /peer range react "\*" names no major version/,
    );
  });
});

describe('the install specs and the version list', () => {
  it('installs each packed package from its tarball and names versions as npm would', () => {
    const [pkg] = publicPackages(root);
    expect(tarballInstallSpecs([{ pkg: pkg!, tarball: '/tmp/core-0.1.0.tgz' } as never])).toEqual({
      [pkg!.name]: 'file:/tmp/core-0.1.0.tgz',
    });
    expect(describeVersions({ react: '18.3.1', i18next: '23.16.8' })).toBe('react 18.3.1, i18next 23.16.8');
  });
});
