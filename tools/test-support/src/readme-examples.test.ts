import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  blockRunner,
  exampleCounts,
  misspeltImport,
  readmeBlocks,
  repoRoot,
  typeCheckBlocks,
  withAssertions,
} from './readme-examples.ts';

// A README of its own, checked from inside packages/core so that its imports resolve there.
const coreDir = join(repoRoot, 'packages/core');
const built = existsSync(join(coreDir, 'dist/index.mjs'));
const readme = (...lines: string[]) => readmeBlocks('packages/core/README.md', lines.join('\n'));

const sample = readme(
  '# Sample', // 1
  '', // 2
  '```ts', // 3
  "import { lookup } from '@smspartner-i18n/core';", // 4
  "lookup('sms.send', 11)?.key; // → 'sms.send.insufficientCredit'", // 5
  '```', // 6
  '', // 7
  '<!-- readme-test: given', // 8
  'declare const code: number;', // 9
  '-->', // 10
  '<!-- readme-test: program other -->', // 11
  '```tsx continued', // 12
  "import { isKnownCode } from '@smspartner-i18n/core';", // 13
  "const known: boolean = isKnownCode('sms.send', code);", // 14
  '```', // 15
  '<!-- readme-test: skip a shell session -->', // 16
  '```sh', // 17
  'npm install', // 18
  '```', // 19
  '<!-- readme-test: file ./texts.json', // 20
  '{ "hello": "Bonjour" }', // 21
  '-->', // 22
  '```ts', // 23
  "import texts from './texts.json';", // 24
  'const hello: number = texts.hello;', // 25
  '```', // 26
);

describe('readmeBlocks', () => {
  it('gives each block with its fence line, language, info string and markers', () => {
    expect(
      sample.map(({ where, lang, info, program, skip }) => ({ where, lang, info, program, skip })),
    ).toEqual([
      { where: 'packages/core/README.md:3', lang: 'ts', info: '', program: 'main', skip: undefined },
      {
        where: 'packages/core/README.md:12',
        lang: 'tsx',
        info: 'continued',
        program: 'other',
        skip: undefined,
      },
      { where: 'packages/core/README.md:17', lang: 'sh', info: '', program: 'main', skip: 'a shell session' },
      { where: 'packages/core/README.md:23', lang: 'ts', info: '', program: 'main', skip: undefined },
    ]);
    expect(sample[0]!.code).toBe(
      "import { lookup } from '@smspartner-i18n/core';\nlookup('sms.send', 11)?.key; // → 'sms.send.insufficientCredit'\n",
    );
    expect(sample[1]!.given).toEqual({ code: 'declare const code: number;\n', line: 9 });
    expect([...sample[3]!.files]).toEqual([['./texts.json', '{ "hello": "Bonjour" }']]);
  });

  it('counts the blocks a suite type-checks, skips and runs (the sh block is none of them)', () => {
    expect(exampleCounts(sample)).toEqual({ typeChecked: 3, skipped: 0, run: 1 });
    const skippedTs = readme(
      '<!-- readme-test: skip not ours -->',
      '```ts',
      '1; // → 1',
      '```',
      '```js',
      '2; // → 2',
      '```',
    );
    expect(exampleCounts(skippedTs)).toEqual({ typeChecked: 0, skipped: 1, run: 1 });
  });

  it('refuses a marker that is misplaced, unknown, unclosed or without its reason', () => {
    expect(() => readme('<!-- readme-test: skip why -->', 'Some prose.', '```ts', '```')).toThrow(
      'packages/core/README.md:1: a readme-test comment must come right before a code block',
    );
    expect(() => readme('<!-- readme-test: ignore -->', '```ts', '```')).toThrow(
      'packages/core/README.md:1: unknown readme-test directive "ignore"',
    );
    expect(() => readme('<!-- readme-test: given', 'declare const x: 1;')).toThrow(
      'packages/core/README.md:1: the readme-test comment is not closed',
    );
    expect(() => readme('<!-- readme-test: skip -->', '```ts', '```')).toThrow(
      'readme-test skip needs a reason',
    );
    expect(() => readme('```ts', 'const x = 1;')).toThrow(
      'packages/core/README.md:1: the code block is not closed',
    );
  });
});

describe('withAssertions', () => {
  it('asserts `expr; // → value` and `expr;` then `// → value`, naming the README line', () => {
    const block = readme(
      '```ts',
      'f(1); // → 2   (prose about it)',
      'const x = 1;',
      'g(x);',
      '// → [3]',
      '```',
    )[0]!;
    const { code, assertions } = withAssertions(block.code, block);
    expect(assertions).toBe(2);
    expect(code.split('\n')).toEqual([
      "import assert from 'node:assert/strict';",
      'assert.deepStrictEqual(f(1), 2, "packages/core/README.md:2: f(1); // → 2   (prose about it)");',
      'const x = 1;',
      'assert.deepStrictEqual(g(x), [3], "packages/core/README.md:4: g(x); // → [3]");',
      '',
    ]);
  });
});

// Under CI a missing dist/ fails these tests instead of skipping them.
describe.runIf(built || process.env['CI'])('typeCheckBlocks and blockRunner', () => {
  const runner = blockRunner(coreDir);
  afterAll(() => runner.dispose());

  it('reports each type error at its README line, given declarations and files included', () => {
    const report = typeCheckBlocks(sample, join(coreDir, 'src'));
    expect(report.checked.map((block) => block.line)).toEqual([3, 12, 23]);
    expect(report.skipped).toEqual([]); // the skipped block is sh, not type-checked anyway
    expect(report.problems).toEqual([
      "packages/core/README.md:25: TS2322 Type 'string' is not assignable to type 'number'. | const hello: number = texts.hello;",
    ]);
  }, 120_000);

  it('reports a misspelt import, and the given declarations at their own lines', () => {
    const { block, name, line } = misspeltImport(sample[1]!)!;
    expect({ name, line }).toEqual({ name: 'isKnownCode', line: 13 });
    expect(misspeltImport(sample[3]!), 'no import from @smspartner-i18n/*').toBeUndefined();
    const broken = { ...block, given: { code: 'declare const code: nmber;\n', line: 9 } };
    expect(typeCheckBlocks([broken], join(coreDir, 'src')).problems).toEqual([
      "packages/core/README.md:9: TS2552 Cannot find name 'nmber'. Did you mean 'number'? | declare const code: nmber;",
      `packages/core/README.md:13: TS2724 '"@smspartner-i18n/core"' has no exported member named 'isKnownCode2'. Did you mean 'isKnownCode'? | import { isKnownCode2 } from '@smspartner-i18n/core';`,
      "packages/core/README.md:14: TS2552 Cannot find name 'isKnownCode'. Did you mean 'isKnownCode2'? | const known: boolean = isKnownCode('sms.send', code);",
    ]);
  }, 120_000);

  it('runs a block against the built package, and a wrong value fails at its README line', () => {
    expect(runner.run(sample[0]!)).toEqual({ assertions: 1 });
    const wrong = {
      ...sample[0]!,
      code: sample[0]!.code.replace("'sms.send.insufficientCredit'", "'sms.send.x'"),
    };
    expect(() => runner.run(wrong)).toThrow(/packages\/core\/README.md:5: lookup\('sms.send', 11\)/);
    expect(() => runner.run(sample[1]!)).toThrow(
      'packages/core/README.md:12: a block with readme-test given',
    );
  }, 60_000);

  it('links beside the package the packages its README imports but it cannot depend on', () => {
    const usesPack = readme(
      '```ts',
      "import { createResolver } from '@smspartner-i18n/core';",
      "import { pack } from '@smspartner-i18n/locale-en';",
      "createResolver({ packs: [pack], locale: 'en' }).message('sms.send', 11) !== ''; // → true",
      '```',
    );
    // From core's src/, the locale pack (which depends on core) is not found.
    expect(typeCheckBlocks(usesPack, join(coreDir, 'src')).problems).toEqual([
      "packages/core/README.md:3: TS2307 Cannot find module '@smspartner-i18n/locale-en' or its corresponding type declarations. | import { pack } from '@smspartner-i18n/locale-en';",
    ]);
    const linked = blockRunner(coreDir, [join(repoRoot, 'packages/locale-en')]);
    try {
      expect(typeCheckBlocks(usesPack, linked.directory()).problems).toEqual([]);
      expect(linked.run(usesPack[0]!)).toEqual({ assertions: 1 });
    } finally {
      linked.dispose();
    }
  }, 120_000);
});
