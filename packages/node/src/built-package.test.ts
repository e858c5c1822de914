import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLocaleText } from './test-helpers.ts';

/**
 * These tests load what is published: dist/, which the root `pnpm test`
 * (and turbo's `test` task) builds first.
 */
const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
const run = promisify(execFile);

beforeAll(() => {
  for (const file of ['index.mjs', 'index.cjs', 'i18next.mjs', 'i18next.cjs', 'cli.mjs'])
    if (!existsSync(dist(file)))
      throw new Error(
        `${dist(file)} is missing: build the package first (pnpm --filter @smspartner-i18n/node build, or the root pnpm test)`,
      );
});

type Module = typeof import('./index.ts');

describe('the ESM and CJS builds', () => {
  it('recognise each other’s errors by the Symbol.for brand, in both directions', async () => {
    const esm = (await import(dist('index.mjs'))) as Module;
    const cjs = createRequire(import.meta.url)(dist('index.cjs')) as Module;
    expect(esm.SmsPartnerError).not.toBe(cjs.SmsPartnerError);
    const fromEsm = new esm.SmsPartnerError({ section: 'sms.send', code: 11 });
    const fromCjs = new cjs.SmsPartnerError({ section: 'sms.send', code: 11 });
    expect(cjs.isSmsPartnerError(fromEsm)).toBe(true);
    expect(esm.isSmsPartnerError(fromCjs)).toBe(true);
    expect(fromEsm instanceof cjs.SmsPartnerError).toBe(true);
    expect(fromCjs instanceof esm.SmsPartnerError).toBe(true);
    expect(cjs.isSmsPartnerError(new Error('plain'))).toBe(false);
    // The other copy's error is fully usable: problem details read it field by field.
    const { problem, contentLanguage } = esm.toProblemDetails(
      fromCjs,
      esm.createTranslator({ locale: 'fr' }),
    );
    expect(problem).toMatchObject({ status: 402, key: 'sms.send.insufficientCredit', code: 11 });
    expect(problem.detail).toBe(readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit'));
    expect(contentLanguage).toBe('fr');
  });

  it('keep i18next out of the main entry', () => {
    for (const file of ['index.mjs', 'index.cjs'])
      expect(readFileSync(dist(file), 'utf8')).not.toMatch(/i18next/);
    for (const file of ['i18next.mjs', 'i18next.cjs'])
      expect(readFileSync(dist(file), 'utf8')).toMatch(/from "i18next"|require\("i18next"\)/);
  });
});

describe('the built CLI', () => {
  const cli = (...args: string[]) => run(process.execPath, [dist('cli.mjs'), ...args], { encoding: 'utf8' });
  const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

  it('starts with a shebang and explains a code in French', async () => {
    expect(readFileSync(dist('cli.mjs'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const { stdout, stderr } = await cli('explain', 'sms.send', '11', '--locale', 'fr');
    expect(stdout).toBe(`${readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit')}\n`);
    expect(stderr).toBe('');
    expect((await cli('explain', 'sms.send', '11', '--locale', 'fr', '--register', 'official')).stdout).toBe(
      'Crédit insuffisant\n',
    );
  });

  it('exits 1 when parse explains an error response from a file or stdin', async () => {
    const failure = await cli(
      'parse',
      fixture('insufficient-credit.json'),
      '--section',
      'sms.send',
      '--locale',
      'fr',
    ).then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout.split('\n')[0]).toBe(
      readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit'),
    );

    const child = execFile(process.execPath, [
      dist('cli.mjs'),
      'parse',
      '-',
      '--section',
      'sms.send',
      '--json',
    ]);
    let stdout = '';
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stdin?.end(readFileSync(fixture('validation-errors.json')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    const error = JSON.parse(stdout).error;
    expect(
      error.fields.map((field: { field: string; message: string; key: string }) => [
        field.field,
        field.message,
        field.key,
      ]),
    ).toEqual([
      ['message', 'Le message est requis', 'sms.send.fields.message.required'],
      [
        'phoneNumbers',
        "Ce numero de telephone n'est pas valide (922264)",
        'sms.send.fields.phoneNumbers.invalid',
      ],
    ]);
    expect(error.fieldTexts[1].text).toBe(
      'The phone number 922264 is not valid. Check it, with its country code, and try again.',
    );
  });

  it('exits 0 for a successful response and for list, with RFC 4180 CSV', async () => {
    const { stdout } = await cli('parse', fixture('success-send.json'), '--section', 'sms.send');
    expect(stdout).toBe('ok: SMSPartner answered success (code 200)\n');
    const csv = await cli('list', '--section', 'sms.cancel', '--format', 'csv');
    expect(csv.stdout.startsWith('section,code,key,kind,category,fixableBy,retryable,text\r\n')).toBe(true);
  });

  it('exits 2 with one line and no stack trace on bad usage', async () => {
    for (const args of [
      ['explain', 'sms.send'],
      ['list', '--format', 'xml'],
      ['parse', 'missing.json', '--section', 'sms.send'],
      ['nope'],
    ]) {
      const failure = await cli(...args).then(
        () => undefined,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure?.code, args.join(' ')).toBe(2);
      expect(failure?.stderr).toMatch(/^smspartner-i18n: [^\n]+\n$/);
      expect(failure?.stderr).not.toMatch(/\s+at /);
    }
  });
});
