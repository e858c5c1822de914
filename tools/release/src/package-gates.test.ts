import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  manifestTargets,
  type PackedPackage,
  packageCheckScript,
  packageHygieneProblems,
  packPackage,
} from './package-gates.ts';
import { cleanPackageManagerEnv, runCommand } from './run-command.ts';
import { createTempWorkspace, type TempWorkspace } from './test-workspace.ts';
import { findRepoRoot, publicPackages } from './workspace.ts';

/** The fixture package's `check:package` script, run as pnpm runs it (the workspace's bin folder first). */
async function runPackageCheck(ws: TempWorkspace, script = packageCheckScript) {
  const result = await runCommand('sh', ['-c', script], {
    cwd: join(ws.root, 'packages/core'),
    env: cleanPackageManagerEnv({
      PATH: `${join(findRepoRoot(), 'node_modules/.bin')}:${process.env.PATH}`,
      NO_COLOR: '1',
    }),
    timeoutMs: 180_000,
  });
  return { exitCode: result.exitCode, output: `${result.stdout}\n${result.stderr}` };
}
let packDir: string;
beforeAll(() => {
  packDir = mkdtempSync(join(tmpdir(), 'smspartner-pack-test-'));
});
afterAll(() => rmSync(packDir, { recursive: true, force: true }));

let workspace: TempWorkspace | undefined;
afterEach(() => {
  workspace?.dispose();
  workspace = undefined;
});

const dualExports = {
  '.': {
    import: { types: './dist/index.d.mts', default: './dist/index.mjs' },
    require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
  },
  './package.json': './package.json',
};

/** A small built package in a temp workspace, following (or, with overrides, breaking) the rules. */
function fixturePackage(
  overrides: Record<string, unknown> = {},
  files: Record<string, string> = {},
): TempWorkspace {
  workspace = createTempWorkspace();
  const ws = workspace;
  ws.write('LICENSE', 'MIT License\n\nCopyright (c) the authors\n');
  ws.write('package.json', JSON.stringify({ name: 'fixture-root', private: true, license: 'MIT' }));
  const manifest = {
    name: '@smspartner-i18n/core',
    version: '0.1.0',
    description: 'fixture',
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.19' },
    repository: { type: 'git', url: 'git+https://example.invalid/repo.git', directory: 'packages/core' },
    publishConfig: { access: 'public', provenance: true },
    files: ['dist'],
    scripts: { 'check:package': packageCheckScript },
    main: './dist/index.cjs',
    types: './dist/index.d.cts',
    exports: dualExports,
    dependencies: { '@smspartner-i18n/locale-en': 'workspace:*' },
    ...overrides,
  };
  ws.write('packages/core/package.json', JSON.stringify(manifest, null, 2));
  const defaults: Record<string, string> = {
    'README.md': '# core\n',
    LICENSE: 'MIT License\n\nCopyright (c) the authors\n',
    'CHANGELOG.md': '# @smspartner-i18n/core\n',
    'dist/index.mjs': 'export const answer = 42;\n',
    'dist/index.cjs': "'use strict';\nexports.answer = 42;\n",
    'dist/index.d.mts': 'export declare const answer: number;\n',
    'dist/index.d.cts': 'export declare const answer: number;\n',
  };
  for (const [path, content] of Object.entries({ ...defaults, ...files })) {
    if (content !== '') ws.write(`packages/core/${path}`, content);
  }
  // What `pnpm install` leaves: the workspace dependency linked, so pnpm can read its version.
  mkdirSync(join(ws.root, 'packages/core/node_modules/@smspartner-i18n'), { recursive: true });
  symlinkSync('../../../locale-en', join(ws.root, 'packages/core/node_modules/@smspartner-i18n/locale-en'));
  return ws;
}

async function packFixture(ws: TempWorkspace): Promise<PackedPackage> {
  const pkg = publicPackages(ws.root).find((candidate) => candidate.name === '@smspartner-i18n/core')!;
  return packPackage(pkg, packDir);
}

describe('packPackage', () => {
  it('packs like pnpm publish: workspace ranges rewritten, root files added, only `files` shipped', async () => {
    const packed = await packFixture(fixturePackage());
    expect(packed.files).toEqual([
      'LICENSE',
      'README.md',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.mts',
      'dist/index.mjs',
      'package.json',
    ]);
    expect(packed.manifest.dependencies).toEqual({ '@smspartner-i18n/locale-en': '0.1.0' });
  });
});

describe('packageHygieneProblems', () => {
  it('finds nothing wrong with a package that follows the rules', async () => {
    const ws = fixturePackage();
    expect(packageHygieneProblems(await packFixture(ws), ws.root)).toEqual([]);
  });

  it('names every broken rule, with the file and what was expected', async () => {
    const ws = fixturePackage(
      {
        license: 'ISC',
        repository: { type: 'git', url: 'git+https://example.invalid/repo.git', directory: 'packages/kore' },
        publishConfig: { access: 'restricted' },
        engines: undefined,
        files: ['dist', 'src'],
        bin: { fixture: './dist/cli.mjs' },
      },
      {
        'CHANGELOG.md': '',
        LICENSE: 'Some other license\n',
        'src/index.ts': 'export {};\n',
        'dist/index.test.mjs': '',
      },
    );
    ws.write('packages/core/dist/index.test.mjs', 'test();\n');
    const problems = packageHygieneProblems(await packFixture(ws), ws.root);
    expect(problems).toEqual(
      expect.arrayContaining([
        'packages/core: CHANGELOG.md is missing (every public package has one).',
        'packages/core/LICENSE differs from the root LICENSE; copy the root one.',
        'packages/core/package.json: "license" is "ISC", expected "MIT" like the root.',
        'packages/core/package.json: "repository.directory" is "packages/kore", expected "packages/core".',
        'packages/core/package.json: "engines.node" is missing.',
        'packages/core/package.json: "publishConfig.access" must be "public" (scoped packages are private by default).',
        'packages/core/package.json: "publishConfig.provenance" must be true (the release workflow publishes with provenance).',
        'packages/core/package.json: "files" is ["dist","src"], expected ["dist"].',
        'packages/core: the tarball ships src/index.ts; only dist/ and package.json, README.md, LICENSE may ship.',
        'packages/core: the tarball ships dist/index.test.mjs, a test or source-map file.',
        'packages/core/package.json: points at dist/cli.mjs, which is not in the tarball (not built, or not under "files").',
      ]),
    );
    expect(problems).toHaveLength(11);
  });
});

describe('an unbuilt package', () => {
  it('gets one line from the hygiene check saying to build it, and fails publint', async () => {
    const ws = fixturePackage(
      {},
      { 'dist/index.mjs': '', 'dist/index.cjs': '', 'dist/index.d.mts': '', 'dist/index.d.cts': '' },
    );
    ws.write('packages/core/dist/.keep', '');
    const packed = await packFixture(ws);
    const hygiene = packageHygieneProblems(packed, ws.root);
    expect(hygiene).toEqual([
      'packages/core/package.json: 4 files it points at are not in the tarball (dist/index.d.mts, dist/index.mjs, dist/index.d.cts, …): build the package (pnpm build) and check "files".',
    ]);
    const check = await runPackageCheck(ws);
    expect(check.exitCode).not.toBe(0);
    expect(check.output).toMatch(/import\.default is \.\/dist\/index\.mjs but the file does not exist/);
  });
});

describe('manifestTargets', () => {
  it('collects exports, main/module/types and bin targets, without patterns', () => {
    expect(
      manifestTargets({
        exports: { ...dualExports, './json/*': './dist/json/*' },
        bin: './dist/cli.mjs',
        main: './dist/index.cjs',
      } as never),
    ).toEqual([
      'dist/index.d.mts',
      'dist/index.mjs',
      'dist/index.d.cts',
      'dist/index.cjs',
      'package.json',
      'dist/cli.mjs',
    ]);
  });
});

describe('the check:package script (publint and attw)', () => {
  it('passes a dual ESM/CJS package with types for each', async () => {
    const check = await runPackageCheck(fixturePackage());
    expect(check.exitCode, check.output).toBe(0);
  });

  it('is what the hygiene check holds every package to', async () => {
    const ws = fixturePackage({ scripts: { 'check:package': 'publint' } });
    expect(packageHygieneProblems(await packFixture(ws), ws.root)).toEqual([
      `packages/core/package.json: "scripts.check:package" must be ${JSON.stringify(packageCheckScript)}.`,
    ]);
  });

  it('fails a package whose `types` condition comes after `default` (publint)', async () => {
    const check = await runPackageCheck(
      fixturePackage({
        exports: {
          '.': {
            import: { default: './dist/index.mjs', types: './dist/index.d.mts' },
            require: './dist/index.cjs',
          },
        },
      }),
    );
    expect(check.exitCode).not.toBe(0);
    expect(check.output).toMatch(/import\.types should be the first in the object/);
  });

  it('fails CJS that is typed by an ESM declaration file (publint, and attw on its own)', async () => {
    const ws = fixturePackage({
      exports: {
        '.': { types: './dist/index.d.mts', import: './dist/index.mjs', require: './dist/index.cjs' },
      },
    });
    const check = await runPackageCheck(ws);
    expect(check.exitCode).not.toBe(0);
    expect(check.output).toMatch(/types is interpreted as ESM when resolving with the "require" condition/);
    const attw = await runPackageCheck(ws, packageCheckScript.slice(packageCheckScript.indexOf('attw')));
    expect(attw.exitCode).not.toBe(0);
    expect(attw.output).toMatch(/Masquerading as ESM|ESM \(dynamic import only\)|FalseESM/i);
  });
});
