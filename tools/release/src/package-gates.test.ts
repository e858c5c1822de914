import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  attwProblems,
  manifestTargets,
  type PackedPackage,
  packageHygieneProblems,
  packPackage,
  publintProblems,
} from './package-gates.ts';
import { createTempWorkspace, type TempWorkspace } from './test-workspace.ts';
import { findRepoRoot, publicPackages } from './workspace.ts';

const attwBin = join(findRepoRoot(), 'tools/release/node_modules/.bin/attw');
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
  it('gets one line from the hygiene check and from publint, saying to build it', async () => {
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
    const { failures } = await publintProblems(packed);
    expect(failures.filter((line) => line.includes('FILE_DOES_NOT_EXIST'))).toHaveLength(1);
    expect(failures.join('\n')).toMatch(
      /FILE_DOES_NOT_EXIST for \d+ targets .*build the package \(pnpm build\)/,
    );
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

describe('publint and attw', () => {
  it('pass a dual ESM/CJS package with types for each', async () => {
    const packed = await packFixture(fixturePackage());
    expect((await publintProblems(packed)).failures).toEqual([]);
    expect(await attwProblems(packed, attwBin)).toEqual([]);
  });

  it('publint fails a package whose `types` condition comes after `default`', async () => {
    const packed = await packFixture(
      fixturePackage({
        exports: {
          '.': {
            import: { default: './dist/index.mjs', types: './dist/index.d.mts' },
            require: './dist/index.cjs',
          },
        },
      }),
    );
    const { failures } = await publintProblems(packed);
    expect(failures.join('\n')).toMatch(
      /packages\/core: publint (error|warning) EXPORTS_TYPES_SHOULD_BE_FIRST/,
    );
  });

  it('attw fails CJS that is typed by an ESM declaration file', async () => {
    const packed = await packFixture(
      fixturePackage({
        exports: {
          '.': { types: './dist/index.d.mts', import: './dist/index.mjs', require: './dist/index.cjs' },
        },
      }),
    );
    const problems = await attwProblems(packed, attwBin);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/packages\/core: attw found type resolution problems/);
    expect(problems[0]).toMatch(/Masquerading as ESM|ESM \(dynamic import only\)|FalseESM/i);
  });
});
