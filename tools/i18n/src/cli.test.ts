import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from './cli.ts';
import { copyLocales } from './test-support.ts';

async function run(cwd: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (text) => out.push(text), err: (text) => err.push(text), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// Control characters but the line breaks between lines, the line separators, the bidi controls and marks.
const raw = /(?!\n)[\p{Cc}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

describe('smspartner-i18n-tools', () => {
  it.each([
    [['import', 'texts\u001b[2J.xlf'], 'import: texts\\x1B[2J.xlf does not exist'],
    [
      ['export', 'fr', '--format', 'xl\u009bff'],
      'export: unknown format "xl\\u009Bff"; the only format is xliff',
    ],
    [['export', 'x\u202e'], 'locales/x\\u202E'],
    [['gen\u200ferate'], 'unknown command "gen\\u200Ferate"'],
  ])('escapes what was typed in every message: %j', async (argv, shown) => {
    const copy = copyLocales();
    const result = await run(copy.localesDir, '--locales', copy.localesDir, ...argv);
    expect(result.code).not.toBe(0);
    expect(result.out + result.err).not.toMatch(raw);
    expect(result.err).toContain(shown);
  });

  it('reports a locale folder named with control characters, and sums it up escaped', async () => {
    const copy = copyLocales();
    mkdirSync(copy.path('x\u001b[2J\u200f'));
    const result = await run(copy.localesDir, 'check', '--locales', copy.localesDir);
    expect(result.code).toBe(1);
    expect(result.out + result.err).not.toMatch(raw);
    expect(result.out.split('\n').at(-1)).toMatch(/^i18n:check: 3 locales \(en, fr, x\\x1B\[2J\\u200F\), /);
  });

  it('writes the XLIFF document itself as it is, with its line breaks', async () => {
    const copy = copyLocales();
    const result = await run(copy.localesDir, '--locales', copy.localesDir, 'export', 'fr');
    expect(result.code).toBe(0);
    expect(result.out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<xliff')).toBe(true);
    expect(result.out.split('\n').length).toBeGreaterThan(1000);
  });
});
