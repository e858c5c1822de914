import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type BudgetFile,
  budgetFor,
  checkSizeBudgets,
  entryPoints,
  parseLimit,
  readBudgets,
  sizeLimitConfig,
  sizeProblems,
} from './size-budgets.ts';
import { createTempWorkspace, type TempWorkspace } from './test-workspace.ts';
import { findRepoRoot, publicPackages, workspacePackages } from './workspace.ts';

const budgets: BudgetFile = {
  packages: {
    '@smspartner-i18n/locale-*': {
      '.': '20 kB',
      './*': '4 kB',
      './friendly/*': '3 kB',
      './friendly/hlr.error': '5 kB',
    },
    '@smspartner-i18n/locale-fr': { '.': '25 kB' },
  },
};

describe('budgetFor', () => {
  it('picks the exact key, else the pattern with the most literal text, for packages and subpaths', () => {
    expect(budgetFor(budgets, '@smspartner-i18n/locale-en', '.')?.limit).toBe('20 kB');
    expect(budgetFor(budgets, '@smspartner-i18n/locale-fr', '.')?.limit).toBe('25 kB');
    expect(budgetFor(budgets, '@smspartner-i18n/locale-en', './sms.send')?.limit).toBe('4 kB');
    expect(budgetFor(budgets, '@smspartner-i18n/locale-en', './friendly/sms.send')?.limit).toBe('3 kB');
    expect(budgetFor(budgets, '@smspartner-i18n/locale-en', './friendly/hlr.error')).toMatchObject({
      limit: '5 kB',
      limitBytes: 5000,
      rule: '"@smspartner-i18n/locale-*" → "./friendly/hlr.error"',
    });
  });

  it('has no budget for an unknown package or a subpath no key matches (`*` is one segment)', () => {
    expect(budgetFor(budgets, '@smspartner-i18n/node', '.')).toBeUndefined();
    expect(budgetFor(budgets, '@smspartner-i18n/locale-fr', './official/sms.send')).toBeUndefined();
  });
});

describe('parseLimit', () => {
  it('reads the units size-limit uses', () => {
    expect(parseLimit('900 B', 'x')).toBe(900);
    expect(parseLimit('2.5 kB', 'x')).toBe(2500);
    expect(parseLimit('1 KiB', 'x')).toBe(1024);
  });
  it('reads KB and kB as 1000 B, as size-limit does, and MB as 1,000,000 B', () => {
    expect(parseLimit('3 KB', 'x')).toBe(3000);
    expect(parseLimit('0.5 kB', 'x')).toBe(500);
    expect(parseLimit('1 MB', 'x')).toBe(1_000_000);
  });
  it('names the place of a limit it cannot read', () => {
    expect(() => parseLimit('3 kilobytes', 'size-budgets.json "core" → "."')).toThrow(
      'size-budgets.json "core" → ".": the limit "3 kilobytes" is not a size like "3 kB" or "900 B".',
    );
  });
});

describe('the committed budgets', () => {
  it('give every JavaScript entry point of every public package a budget', () => {
    const root = findRepoRoot();
    const committed = readBudgets(join(root, 'tools/release/size-budgets.json'));
    const points = publicPackages(root).flatMap((pkg) => entryPoints(pkg));
    expect(points.length).toBeGreaterThan(0);
    const uncovered = points.filter((point) => !budgetFor(committed, point.packageName, point.subpath));
    expect(uncovered.map((point) => `${point.packageName} ${point.subpath}`)).toEqual([]);
  });

  it('measure core, and each locale pack whole, per register and per section', () => {
    const root = findRepoRoot();
    const subpaths = (name: string) =>
      entryPoints(workspacePackages(root).find((pkg) => pkg.name === name)!).map((point) => point.subpath);
    expect(subpaths('@smspartner-i18n/core')).toContain('.');
    for (const locale of ['en', 'fr']) {
      expect(subpaths(`@smspartner-i18n/locale-${locale}`)).toEqual(
        expect.arrayContaining([
          '.',
          './official',
          './friendly',
          './sms.send',
          './official/sms.send',
          './friendly/hlr.error',
        ]),
      );
    }
  });
});

let workspace: TempWorkspace | undefined;
afterEach(() => {
  workspace?.dispose();
  workspace = undefined;
});

describe('sizeLimitConfig', () => {
  it('gives size-limit one check per entry point of the exports maps, limited by its budget', () => {
    const root = findRepoRoot();
    const packages = publicPackages(root);
    const budgets = readBudgets(join(root, 'tools/release/size-budgets.json'));
    const config = sizeLimitConfig(packages, budgets);
    expect(config).toHaveLength(packages.flatMap((pkg) => entryPoints(pkg)).length);
    const runtime = config.find((check) => check.name === '@smspartner-i18n/core/runtime');
    expect(runtime).toMatchObject({
      limit: budgets.packages['@smspartner-i18n/core']?.['./runtime'],
      gzip: true,
    });
    expect(runtime?.limit).toMatch(/^\d+(\.\d+)? k?B$/);
    expect(runtime?.path).toMatch(/packages\/core\/dist\/runtime\.mjs$/);
    expect(config.find((check) => check.name === '@smspartner-i18n/react')?.ignore).toContain('react');
    expect(config.every((check) => 'limit' in check)).toBe(true);
  });
});

describe('checkSizeBudgets', () => {
  /** A package whose entry imports a big peer dependency and a small helper of its own. */
  function packageWithPeer(): TempWorkspace {
    workspace = createTempWorkspace();
    const ws = workspace;
    const manifest = {
      name: '@smspartner-i18n/core',
      version: '0.1.0',
      type: 'module',
      exports: {
        '.': {
          import: { types: './dist/index.d.mts', default: './dist/index.mjs' },
          require: './dist/index.cjs',
        },
        './small': './dist/small.mjs',
        './data.json': './dist/data.json',
        './package.json': './package.json',
      },
      peerDependencies: { 'big-peer': '*' },
    };
    ws.write('packages/core/package.json', JSON.stringify(manifest));
    const bigText = Array.from({ length: 4000 }, (_, index) => `word${index * 7919}`).join(' ');
    ws.write(
      'packages/core/node_modules/big-peer/package.json',
      JSON.stringify({ name: 'big-peer', main: 'index.js' }),
    );
    ws.write(
      'packages/core/node_modules/big-peer/index.js',
      `export const text = ${JSON.stringify(bigText)};\n`,
    );
    ws.write(
      'packages/core/dist/index.mjs',
      "import { text } from 'big-peer';\nexport function describe(code) { return 'code ' + code + ': ' + text.length; }\n",
    );
    ws.write('packages/core/dist/small.mjs', 'export const small = "a small entry";\n');
    return ws;
  }

  it('measures each JS entry point without its peers, and passes within budget', async () => {
    const ws = packageWithPeer();
    const packages = publicPackages(ws.root).filter((pkg) => pkg.name === '@smspartner-i18n/core');
    const results = await checkSizeBudgets(packages, {
      packages: { '@smspartner-i18n/core': { '.': '500 B', './small': '200 B' } },
    });
    expect(results.map((result) => result.entry.subpath)).toEqual(['.', './small']);
    // The peer's ~40 kB of text is left out: the entry is a few dozen bytes.
    expect(results[0]!.bytes).toBeGreaterThan(20);
    expect(results[0]!.bytes).toBeLessThan(500);
    expect(results.every((result) => result.passed)).toBe(true);
    expect(sizeProblems(results)).toEqual([]);
  });

  it('fails an entry over its budget and one with no budget, saying which and by how much', async () => {
    const ws = packageWithPeer();
    const packages = publicPackages(ws.root).filter((pkg) => pkg.name === '@smspartner-i18n/core');
    const results = await checkSizeBudgets(packages, {
      packages: { '@smspartner-i18n/core': { '.': '10 B' } },
    });
    const problems = sizeProblems(results);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^@smspartner-i18n\/core "\." is \d+ B gzip, over its budget of 10 B \("@smspartner-i18n\/core" → "\." in tools\/release\/size-budgets\.json\)\.$/,
    );
    expect(problems[1]).toMatch(/^@smspartner-i18n\/core "\.\/small" \(\d+ B gzip\) has no budget/);
  });

  it('says to build first when an entry file is missing', async () => {
    const ws = packageWithPeer();
    ws.remove('packages/core/dist/small.mjs');
    const packages = publicPackages(ws.root).filter((pkg) => pkg.name === '@smspartner-i18n/core');
    await expect(checkSizeBudgets(packages, { packages: {} })).rejects.toThrow(
      /small\.mjs does not exist; build the package first/,
    );
  });
});
