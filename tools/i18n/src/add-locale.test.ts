import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageKeys } from '@smspartner-i18n/core';
import { describe, expect, it } from 'vitest';
import { checkLocaleTag, packageFolderOf } from './add-locale.ts';
import { checkLocales } from './check.ts';
import { main } from './cli.ts';
import { loadPackTexts, packageExports, renderGenerated } from './generate.ts';
import { copyLocales, type LocalesCopy } from './test-support.ts';
import { readUntranslated } from './untranslated.ts';

async function run(copy: LocalesCopy, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args, '--locales', copy.localesDir, '--packages', copy.packagesDir], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: copy.root,
  });
  return { code, out, err };
}

describe('pnpm i18n:add-locale <lng>', () => {
  it('scaffolds a language the check and the generator find with no other change', async () => {
    const copy = copyLocales();
    const result = await run(copy, 'add-locale', 'pt-BR');
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);

    const list = JSON.parse(copy.read('pt-BR/untranslated.json'));
    expect(list.official).toEqual([...messageKeys]);
    expect(list.friendly).toEqual([...messageKeys]);
    expect(JSON.parse(copy.read('pt-BR/friendly/sms.send.json'))).toEqual(
      JSON.parse(copy.read('en/friendly/sms.send.json')),
    );

    const checked = checkLocales({ localesDir: copy.localesDir });
    expect(checked.locales).toEqual(['en', 'fr', 'pt-BR']);
    expect(checked.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const warnings = checked.problems.filter((problem) => problem.rule === 'untranslated');
    expect(warnings.map((warning) => warning.message)).toEqual([
      `${messageKeys.length} official texts of pt-BR are still English placeholders (sms.send.unauthorizedSender, sms.send.apiKeyRequired, sms.send.phoneNumbersRequired, …)`,
      `${messageKeys.length} friendly texts of pt-BR are still English placeholders (sms.send.unauthorizedSender, sms.send.apiKeyRequired, sms.send.phoneNumbersRequired, …)`,
    ]);

    const texts = await loadPackTexts({ localesDir: copy.localesDir, locale: 'pt-BR', checked });
    const generated = renderGenerated(texts);
    expect(generated.get('entries/index.ts')).toContain('export const locale = "pt-BR";');

    const packageDir = join(copy.packagesDir, 'locale-pt-br');
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    expect(manifest.name).toBe('@smspartner-i18n/locale-pt-br');
    expect(manifest.description).toContain('Portuguese');
    expect(manifest.scripts.build).toBe('smspartner-i18n-tools generate --locale pt-BR && tsdown');
    expect(manifest.exports).toEqual(packageExports());
    expect(manifest.private).toBeUndefined();
    expect(readFileSync(join(packageDir, 'vitest.config.ts'), 'utf8')).toContain("name: 'locale-pt-BR'");
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    expect(readme.startsWith('# @smspartner-i18n/locale-pt-br\n\nBrazilian Portuguese (`pt-BR`) texts')).toBe(
      true,
    );
    expect(readme).toContain('@smspartner-i18n/locale-pt-br/friendly/<section>');
    for (const file of ['README.md', 'vitest.config.ts', 'src/i18next-types.test-d.ts']) {
      expect(readFileSync(join(packageDir, file), 'utf8'), file).not.toMatch(/%[A-Z]+%/);
    }
    for (const file of [
      'tsconfig.json',
      'tsdown.config.ts',
      'turbo.json',
      'src/locale-pack.test.ts',
      'src/i18next-types.test-d.ts',
    ]) {
      expect(existsSync(join(packageDir, file)), file).toBe(true);
    }
  });

  it('writes the generated package into the scaffolded folder', async () => {
    const copy = copyLocales();
    await run(copy, 'add-locale', 'de');
    const result = await run(copy, 'generate', '--locale', 'de');
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const index = readFileSync(join(copy.packagesDir, 'locale-de/generated/entries/index.ts'), 'utf8');
    expect(index).toContain('export const locale = "de";');
  });

  it('warns when a translated text is still listed as untranslated, at its line in the list', async () => {
    const copy = copyLocales();
    await run(copy, 'add-locale', 'de');
    copy.replace('de/friendly/sms.send.json', 'There is not enough SMS credit', 'Nicht genug SMS-Guthaben');
    const checked = checkLocales({ localesDir: copy.localesDir });
    const stale = checked.problems.filter((problem) => problem.key === 'sms.send.insufficientCredit');
    const list = copy.read('de/untranslated.json');
    const listed = list.indexOf('"sms.send.insufficientCredit"', list.indexOf('"friendly"'));
    expect(stale).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'untranslated',
        file: copy.path('de/untranslated.json'),
        line: list.slice(0, listed).split('\n').length,
        column: 5,
      }),
    ]);
    expect(stale[0]!.message).toContain('remove it from the list');
  });

  it('refuses a tag that is not canonical, not a tag, or already there', async () => {
    expect(checkLocaleTag('de_DE')).toEqual({
      ok: false,
      reason: '"de_DE" is not a BCP 47 language tag (en, de, pt-BR)',
    });
    expect(checkLocaleTag('pt-br')).toEqual({ ok: false, reason: 'write the tag as "pt-BR"' });
    expect(checkLocaleTag(undefined).ok).toBe(false);
    const copy = copyLocales();
    const existing = await run(copy, 'add-locale', 'fr');
    expect(existing.code).toBe(1);
    expect(existing.err[0]).toContain('already exists');
    const invalid = await run(copy, 'add-locale', 'de_DE');
    expect(invalid.code).toBe(2);
    expect(packageFolderOf('pt-BR')).toBe('locale-pt-br');
  });
});

describe('readUntranslated', () => {
  it('reads the list add-locale writes, and tolerates a missing or broken one', async () => {
    const copy = copyLocales();
    await run(copy, 'add-locale', 'de');
    const listed = readUntranslated(copy.localesDir, 'de');
    expect([...listed.friendly]).toEqual([...messageKeys]);
    expect(readUntranslated(copy.localesDir, 'fr').official.size).toBe(0);
    copy.write(
      'de/untranslated.json',
      '{"friendly": ["sms.send.insufficientCredit", 42, "nope"], "official": "all"}',
    );
    expect(readUntranslated(copy.localesDir, 'de')).toEqual({
      official: new Set(),
      friendly: new Set(['sms.send.insufficientCredit']),
    });
    copy.write('de/untranslated.json', '{ not json');
    expect(readUntranslated(copy.localesDir, 'de').friendly.size).toBe(0);
  });
});
