import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  consumerFixturesDir,
  describeVersions,
  hasResourceNamespaceMap,
  lowestMajor,
  newestPeerDependencies,
  peerFloorDependencies,
  tarballInstallSpecs,
  thirdPartyDependencies,
  typescriptCompilers,
  typescriptNext,
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
        typescriptNext,
      ].sort(),
    );
    expect(versions.typescript).toBe('5.9.3');
    // TypeScript 7 beside it, under an alias: every tsconfig is checked by both.
    expect(versions[typescriptNext]).toMatch(/^npm:typescript@\^7\./);
    expect(typescriptCompilers).toEqual(['typescript', typescriptNext]);
    expect(versions.i18next).toMatch(/26\./);
  });
});

describe('peerFloorDependencies', () => {
  it('reads the lowest major of a peer range', () => {
    expect(lowestMajor('>=23')).toBe(23);
    expect(lowestMajor('^18 || ^19')).toBe(18);
    expect(lowestMajor('~5.2.0 || >=4.1 <5')).toBe(4);
    expect(lowestMajor('18.x')).toBe(18);
    expect(lowestMajor('^0.10')).toBe(0);
    expect(lowestMajor('*')).toBeUndefined();
    expect(lowestMajor('>=0')).toBeUndefined();
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

describe('newestPeerDependencies', () => {
  const latest: Record<string, string> = {
    i18next: '27.2.9',
    'react-i18next': '18.0.3',
    'react-intl': '12.1.6',
    // A major our range does not allow yet: the range is installed instead.
    react: '20.0.0',
    'react-dom': '20.0.0',
    '@types/react': '19.3.3',
    '@types/react-dom': '19.3.0',
  };
  const fakeLatest = async (name: string) => latest[name] ?? '0.0.0';

  it('installs each peer at its latest release when our range allows it, else at the range', async () => {
    const versions = await newestPeerDependencies(root, publicPackages(root), fakeLatest);
    const reactPeers = publicPackages(root).find((pkg) => pkg.name === '@smspartner-i18n/react')!.manifest
      .peerDependencies!;
    expect(versions.i18next).toBe('27.2.9');
    expect(versions['react-i18next']).toBe('18.0.3');
    expect(versions['react-intl']).toBe('12.1.6');
    expect(versions.react).toBe(reactPeers.react);
    expect(versions['react-dom']).toBe(reactPeers.react);
    expect(versions['@types/react']).toBe('19.3.3');
    // What is not a peer stays at the version the workspace develops with.
    expect(versions.typescript).toBe(thirdPartyDependencies(root).typescript);
    expect(versions[typescriptNext]).toBe(thirdPartyDependencies(root)[typescriptNext]);
  });

  it('refuses two packages that promise different ranges of one peer', async () => {
    const [first, second] = publicPackages(root);
    const withPeer = (pkg: typeof first, range: string) => ({
      ...pkg!,
      manifest: { ...pkg!.manifest, peerDependencies: { i18next: range } },
    });
    await expect(
      newestPeerDependencies(root, [withPeer(first, '>=23'), withPeer(second, '>=24')], fakeLatest),
    ).rejects.toThrow(/the peer range i18next ">=24" differs from another package's ">=23"/);
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

describe('hasResourceNamespaceMap', () => {
  it('is true from i18next 26.7 on, where the ready declaration types t() keys', () => {
    expect(hasResourceNamespaceMap('26.7.2')).toBe(true);
    expect(hasResourceNamespaceMap('27.0.0')).toBe(true);
    expect(hasResourceNamespaceMap('26.6.9')).toBe(false);
    expect(hasResourceNamespaceMap('23.16.8')).toBe(false);
    expect(hasResourceNamespaceMap(undefined)).toBe(false);
  });
});
