import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeScratchCopy, rehearsalChangeset, rehearseRelease } from './rehearsal.ts';
import { createTempWorkspace, type TempWorkspace } from './test-workspace.ts';

let workspace: TempWorkspace | undefined;
let scratch: TempWorkspace | undefined;
afterEach(() => {
  workspace?.dispose();
  scratch?.dispose();
  workspace = undefined;
  scratch = undefined;
});

/** Two public packages, locale-en depending on core, built and committed, plus an ignored file and untracked work. */
function releasableWorkspace(): TempWorkspace {
  workspace = createTempWorkspace({ git: true });
  const ws = workspace;
  ws.write('pnpm-lock.yaml', "lockfileVersion: '9.0'\n");
  ws.write('.gitignore', 'node_modules/\ndist/\n*.log\n');
  ws.write(
    'packages/locale-fr/package.json',
    JSON.stringify({ name: '@smspartner-i18n/locale-fr', version: '0.1.0', private: true }),
  );
  for (const [dir, name, dependencies] of [
    ['packages/core', '@smspartner-i18n/core', {}],
    ['packages/locale-en', '@smspartner-i18n/locale-en', { '@smspartner-i18n/core': 'workspace:*' }],
  ] as const) {
    ws.write(
      `${dir}/package.json`,
      JSON.stringify(
        {
          name,
          version: '0.1.0',
          main: './dist/index.js',
          files: ['dist'],
          publishConfig: { access: 'public', provenance: true },
          dependencies,
        },
        null,
        2,
      ),
    );
    ws.write(`${dir}/CHANGELOG.md`, `# ${name}\n`);
    ws.write(`${dir}/dist/index.js`, `module.exports = ${JSON.stringify(name)};\n`);
  }
  ws.write('debug.log', 'ignored\n');
  ws.commitAll('packages');
  ws.write('packages/core/src/untracked.ts', 'export const wip = true;\n');
  return ws;
}

describe('makeScratchCopy', () => {
  it('copies what git knows plus dist/, links workspace dependencies inside the copy, and commits it', () => {
    const ws = releasableWorkspace();
    scratch = createTempWorkspace();
    const dir = join(scratch.root, 'copy');
    makeScratchCopy(ws.root, dir);
    expect(existsSync(join(dir, 'packages/core/src/untracked.ts'))).toBe(true);
    expect(existsSync(join(dir, 'packages/core/dist/index.js'))).toBe(true);
    expect(existsSync(join(dir, 'debug.log'))).toBe(false);
    const link = join(dir, 'packages/locale-en/node_modules/@smspartner-i18n/core');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('../../../core');
    expect(readdirSync(join(dir, '.git')).length).toBeGreaterThan(0);
  });

  it('refuses a folder that is not a git checkout', () => {
    workspace = createTempWorkspace();
    expect(() => makeScratchCopy(workspace!.root, join(tmpdir(), 'never-created'))).toThrow(
      /is not a git checkout/,
    );
  });
});

describe('rehearsalChangeset', () => {
  it('names every public package as a minor release', () => {
    expect(rehearsalChangeset(['@smspartner-i18n/core', '@smspartner-i18n/node'])).toBe(
      '---\n"@smspartner-i18n/core": minor\n"@smspartner-i18n/node": minor\n---\n\nRelease rehearsal: every package versioned by changesets, published to a local registry and installed back.\n',
    );
  });
});

describe('rehearseRelease', () => {
  it('versions with changesets, publishes to verdaccio with real version ranges, and cleans up', async () => {
    const ws = releasableWorkspace();
    const lines: string[] = [];
    // Scratch copies left by an earlier, interrupted run are not this run's to answer for.
    const rehearsalDirs = () =>
      readdirSync(tmpdir()).filter((name) => name.startsWith('smspartner-rehearsal-'));
    const before = new Set(rehearsalDirs());
    const result = await rehearseRelease({
      root: ws.root,
      uplink: null,
      consumer: false,
      log: (line) => lines.push(line),
    });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.published).toEqual({
      '@smspartner-i18n/core': '0.2.0',
      '@smspartner-i18n/locale-en': '0.2.0',
    });
    expect(result.steps.map((step) => step.name)).toEqual([
      'start verdaccio',
      'scratch copy',
      'changeset version',
      'publish (pnpm release:publish)',
    ]);
    const registryUrl = lines.find((line) => line.includes('registry at'))!.split('registry at ')[1]!;
    await expect(fetch(`${registryUrl}-/ping`)).rejects.toThrow();
    // The real repository is untouched: the versions changed in the scratch copy only.
    expect(JSON.parse(readFileSync(join(ws.root, 'packages/core/package.json'), 'utf8')).version).toBe(
      '0.1.0',
    );
    expect(rehearsalDirs().filter((name) => !before.has(name))).toEqual([]);
  });

  it('fails before publishing when the public packages would not share one version', async () => {
    const ws = releasableWorkspace();
    // A public package outside the fixed group keeps its own version line.
    ws.write('packages/other/package.json', JSON.stringify({ name: 'smspartner-other', version: '3.0.0' }));
    ws.write('packages/other/CHANGELOG.md', '# smspartner-other\n');
    ws.write('packages/other/dist/index.js', 'module.exports = 3;\n');
    ws.commitAll('a package outside the fixed group');
    const result = await rehearseRelease({ root: ws.root, uplink: null, consumer: false });
    expect(result.ok).toBe(false);
    expect(result.problems).toContain(
      'The public packages got different versions (0.2.0, 3.1.0); .changeset/config.json should keep them fixed.',
    );
    expect(result.steps.map((step) => step.name)).not.toContain('publish (pnpm release:publish)');
  });
});
