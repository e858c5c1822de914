import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entries } from '@smspartner-i18n/core';
import { friendly as frenchFriendly } from '@smspartner-i18n/locale-fr';
import { createTranslator, negotiateLocale } from '@smspartner-i18n/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findRuntime,
  jsonDifferences,
  makeScratchDir,
  missingRuntimeVerdict,
  nodeAnswers,
  packageDir,
  type RuntimeName,
  reportedVersion,
  runtimeAnswers,
} from './runtimes.ts';

interface Answers {
  readonly core: { readonly everyEntry: readonly { key: string; found: string | null }[] };
  readonly translator: Record<
    string,
    { texts: readonly (readonly [string, string, string, string, string])[] }
  >;
  readonly locales: Record<string, { friendlySources: Record<string, string> }>;
  readonly parseResponse: Record<string, { ok: boolean; error?: { json: Record<string, unknown> } }>;
  readonly problems: Record<string, Record<string, { problem: { status: number; detail: string } }>>;
  readonly negotiate: readonly { header: unknown; builtIn: string }[];
}

let scratch: string;
let node: Answers;

beforeAll(async () => {
  scratch = makeScratchDir();
  node = (await nodeAnswers()) as Answers;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("Node's answers (what every other runtime is compared with)", () => {
  it('cover the real data: every catalog entry, every locale and register, every response kind', () => {
    expect(node.core.everyEntry).toHaveLength(entries.length);
    for (const { key, found } of node.core.everyEntry) expect(found).toBe(key);
    const fr = node.translator['fr/friendly'];
    expect(fr?.texts).toHaveLength(entries.length);
    const credit = entries.findIndex((entry) => entry.key === 'sms.send.insufficientCredit');
    // The child process's text is the one this process computes, and the one the French pack holds.
    expect(fr?.texts[credit]?.[4]).toBe(createTranslator({ locale: 'fr' }).message('sms.send', 11));
    expect(fr?.texts[credit]?.[4]).toBe(frenchFriendly['sms.send.insufficientCredit']);
    expect(node.locales.fr?.friendlySources).toEqual(frenchFriendly);
    expect(node.parseResponse.credit?.error?.json).toMatchObject({
      code: 11,
      key: 'sms.send.insufficientCredit',
    });
    expect(node.parseResponse['too large']?.error?.json.reason).toBe('body-too-large');
    expect(node.parseResponse['stream error']?.error?.json.reason).toBe('body-unreadable');
    expect(node.problems.credit?.['fr-CA']?.problem.status).toBe(402);
    expect(node.negotiate[0]).toMatchObject({ builtIn: negotiateLocale('fr-CA,fr;q=0.9,en;q=0.8') });
  });
});

const runtimes: readonly RuntimeName[] = ['bun', 'deno', 'workerd'];

describe.each(runtimes)('%s', (name) => {
  it(`answers exactly as Node does`, async (context) => {
    const found = findRuntime(name);
    if (!found.ok) return context.skip(missingRuntimeVerdict(found.problem));
    // workerd 1.20261117.1 reports its build date, 2026-11-17.
    const version = found.runtime.pinned.replace(/^1\.(\d{4})(\d{2})(\d{2})\.\d+$/, '$1-$2-$3');
    expect(await reportedVersion(found.runtime)).toContain(version);
    expect(jsonDifferences(node, await runtimeAnswers(found.runtime, scratch))).toEqual([]);
  });
});

describe('finding a runtime', () => {
  it('fails under CI when a runtime is missing, and skips with the reason elsewhere', () => {
    expect(() => missingRuntimeVerdict('bun is not installed.', { CI: 'true' })).toThrow(
      'bun is not installed. With CI set, every runtime must be tested.',
    );
    expect(() => missingRuntimeVerdict('bun is not installed.', { CI: '1' })).toThrow(/every runtime/);
    expect(missingRuntimeVerdict('bun is not installed.', {})).toBe(
      'bun is not installed. (skipped outside CI)',
    );
  });

  it('says what is missing when the package is not installed or not pinned', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smspartner-runtimes-find-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ devDependencies: { bun: 'npm:bun@1.4.5' } }));
      expect(findRuntime('bun', dir)).toEqual({
        ok: false,
        problem: `the npm package bun@1.4.5 is not installed in ${dir} (run pnpm install).`,
      });
      expect(findRuntime('deno', dir)).toEqual({
        ok: false,
        problem: `${join(dir, 'package.json')} does not pin deno in its devDependencies.`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('jsonDifferences', () => {
  it('names each changed member by its path', () => {
    expect(jsonDifferences({ a: [1, { b: 'x' }], c: true }, { a: [1, { b: 'y' }], c: true })).toEqual([
      '.a[1].b: expected "x", got "y"',
    ]);
    expect(jsonDifferences({ a: [1, 2] }, { a: [1] })).toEqual(['.a[1]: missing (expected 2)']);
    expect(jsonDifferences({ a: [1] }, { a: [1, 'x'] })).toEqual(['.a[1]: unexpected "x"']);
    expect(jsonDifferences({ a: [1] }, { a: { 0: 1 } })).toEqual(['.a: expected [1], got {"0":1}']);
    expect(jsonDifferences({ a: 1 }, null)).toEqual(['(root): expected {"a":1}, got null']);
    expect(jsonDifferences({ a: 'x'.repeat(300) }, {})[0]).toBe(
      `.a: missing (expected "${'x'.repeat(198)}…)`,
    );
    expect(jsonDifferences({ a: 1 }, { b: 1 })).toEqual(['.a: missing (expected 1)', '.b: unexpected 1']);
    expect(jsonDifferences({ a: null }, { a: {} })).toEqual(['.a: expected null, got {}']);
    expect(jsonDifferences({ a: [{ b: 1 }] }, { a: [{ b: 1 }] })).toEqual([]);
  });
});

describe('the READMEs', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  /** `npm:bun@1.4.5` → `Bun 1.4`: what a README names. */
  const named = (name: string, label: string) =>
    `${label} ${(manifest.devDependencies[name] ?? '').replace(/^.*@/, '').split('.').slice(0, 2).join('.')}`;

  it.each(['packages/core', 'packages/locale-en', 'packages/locale-fr', 'packages/node', 'packages/react'])(
    '%s/README.md names the runtimes tested here, at their pinned versions',
    (dir) => {
      const readme = readFileSync(join(root, dir, 'README.md'), 'utf8').replace(/\s+/g, ' ');
      for (const runtime of [named('bun', 'Bun'), named('deno', 'Deno'), 'workerd', 'tools/runtimes'])
        expect(readme, `${dir}/README.md`).toContain(runtime);
    },
  );
});
