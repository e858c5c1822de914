import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { messageKeys } from '@smspartner-i18n/core';
import { exampleCounts, readmeBlocks, typeCheckBlocks } from '@smspartner-i18n/test-support/readme-examples';
import { describe, expect, it } from 'vitest';
import {
  checkLocaleTag,
  localePackageManifest,
  nextSteps,
  nextStepsMarkdown,
  scaffoldLocalePackage,
} from './add-locale.ts';
import { checkLocales, summarize } from './check.ts';
import { main } from './cli.ts';
import { loadPackTexts, packageExports, renderGenerated } from './generate.ts';
import { fileIds, keysOfFile } from './layout.ts';
import { defaultLocalesDir, defaultPackagesDir, packageFolderOf, templatesDir } from './paths.ts';
import { copyLocales, type LocalesCopy } from './test-support.ts';

/** The counts a README test expects: `expected: { typeChecked: 7, skipped: 0, run: 4 }`. */
function expectedCounts(test: string) {
  const match = /expected: \{ typeChecked: (\d+), skipped: (\d+), run: (\d+) \}/.exec(test);
  expect(match, 'the expected counts of the README test').not.toBeNull();
  return { typeChecked: Number(match![1]), skipped: Number(match![2]), run: Number(match![3]) };
}

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

    expect(existsSync(copy.path('pt-BR/untranslated.json'))).toBe(false);
    expect(JSON.parse(copy.read('pt-BR/friendly/sms.send.json'))).toEqual(
      JSON.parse(copy.read('en/friendly/sms.send.json')),
    );

    const checked = checkLocales({ localesDir: copy.localesDir });
    expect(checked.locales).toEqual(['en', 'fr', 'pt-BR']);
    expect(checked.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    // Derived: every text equals English, so every key of both registers is untranslated.
    expect([...checked.untranslated.get('pt-BR')!.official]).toEqual(
      fileIds.flatMap((fileId) => keysOfFile(fileId)),
    );
    expect(checked.untranslated.get('pt-BR')!.friendly.size).toBe(messageKeys.length);
    expect(checked.untranslated.get('fr')!.official.size).toBe(0);
    const warnings = checked.problems.filter((problem) => problem.rule === 'untranslated');
    // One per register and file, with the count.
    expect(warnings).toHaveLength(2 * fileIds.length);
    expect(warnings[0]!.message).toBe(
      `${keysOfFile('sms.send').length} of ${keysOfFile('sms.send').length} official texts of sms.send are still the English text (sms.send.unauthorizedSender, sms.send.apiKeyRequired, sms.send.phoneNumbersRequired, …); translate them, or list a text meant to stay English in "$sameAsEnglish"`,
    );
    expect(warnings[0]!.file).toBe(copy.path('pt-BR/official/sms.send.json'));

    const texts = await loadPackTexts({ localesDir: copy.localesDir, locale: 'pt-BR', checked });
    const generated = renderGenerated(texts);
    expect(generated.get('entries/index.ts')).toContain('export const locale = "pt-BR";');

    const packageDir = join(copy.packagesDir, 'locale-pt-br');
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    expect(manifest.name).toBe('@smspartner-i18n/locale-pt-br');
    expect(manifest.description).toContain('Portuguese');
    expect(manifest.scripts.build).toBe('smspartner-i18n-tools generate --locale pt-BR && tsdown');
    const english = JSON.parse(readFileSync(join(defaultPackagesDir, 'locale-en/package.json'), 'utf8'));
    expect(manifest.scripts['check:package']).toBe(english.scripts['check:package']);
    expect(manifest.exports).toEqual(packageExports());
    expect(manifest.private).toBeUndefined();
    expect(readFileSync(join(packageDir, 'vitest.config.ts'), 'utf8')).toContain("name: 'locale-pt-BR'");
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    expect(readme.startsWith('# @smspartner-i18n/locale-pt-br\n\nBrazilian Portuguese (`pt-BR`) texts')).toBe(
      true,
    );
    expect(readme).toContain('@smspartner-i18n/locale-pt-br/friendly/<section>');
    for (const file of [
      'README.md',
      'vitest.config.ts',
      'src/i18next-types.test-d.ts',
      'src/readme.test.ts',
    ]) {
      expect(readFileSync(join(packageDir, file), 'utf8'), file).not.toMatch(/%[A-Z]+%/);
    }
    for (const file of [
      'tsconfig.json',
      'tsdown.config.ts',
      'turbo.json',
      'src/locale-pack.test.ts',
      'src/i18next-types.test-d.ts',
      'src/readme.test.ts',
    ]) {
      expect(existsSync(join(packageDir, file)), file).toBe(true);
    }
  });

  it('gives the package the README test, counting the blocks of its README', async () => {
    const copy = copyLocales();
    await run(copy, 'add-locale', 'pt-BR');
    const packageDir = join(copy.packagesDir, 'locale-pt-br');
    const test = readFileSync(join(packageDir, 'src/readme.test.ts'), 'utf8');
    expect(test).toBe(readFileSync(join(templatesDir, 'locale-package/src/readme.test.ts'), 'utf8'));
    expect(test).toContain("from '@smspartner-i18n/test-support/readme-examples'");
    expect(test).toContain("packageDir: fileURLToPath(new URL('..', import.meta.url))");
    // The counts it expects are those of the README written beside it, for the new tag.
    const blocks = readmeBlocks(join(packageDir, 'README.md'));
    expect(blocks.filter((block) => block.code.includes('@smspartner-i18n/locale-pt-br')).length).toBe(7);
    expect(blocks.some((block) => /%[A-Z]+%|locale-en\b|'en'/.test(block.code))).toBe(false);
    expect(expectedCounts(test)).toEqual(exampleCounts(blocks));
    expect(exampleCounts(blocks)).toEqual({ typeChecked: 7, skipped: 0, run: 0 });
    // What the test and its react-intl example import.
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.devDependencies)).toEqual(
      expect.arrayContaining(['@smspartner-i18n/test-support', 'react', 'react-intl', '@types/react']),
    );
  });

  // The README of a new package cannot be checked against the package, which is not built yet:
  // the same README written for English is checked against the English pack, built.
  it.runIf(existsSync(join(defaultPackagesDir, 'locale-en/dist')) || process.env['CI'])(
    "writes a README whose examples type-check against a built pack (English's)",
    () => {
      const copy = copyLocales();
      const packageDir = join(copy.packagesDir, 'locale-en');
      scaffoldLocalePackage(packageDir, { locale: 'en' });
      const blocks = readmeBlocks(join(packageDir, 'README.md'));
      const report = typeCheckBlocks(blocks, join(defaultPackagesDir, 'locale-en/src'));
      expect(report.checked.length).toBe(
        expectedCounts(readFileSync(join(packageDir, 'src/readme.test.ts'), 'utf8')).typeChecked,
      );
      expect(report.problems.map((problem) => problem.replace(/^.*README\.md:/, 'README.md:'))).toEqual([]);
    },
    120_000,
  );

  it("writes what the repository's locale packages hold: their package.json and the template's files", () => {
    const template = join(templatesDir, 'locale-package');
    const files = readdirSync(template, { recursive: true, withFileTypes: true })
      .filter((item) => !item.isDirectory())
      .map((item) => relative(template, join(item.parentPath, item.name)));
    expect(files).toContain('src/readme.test.ts');
    for (const [folder, options] of [
      ['locale-en', { locale: 'en' }],
      ['locale-fr', { locale: 'fr' }],
      ['locale-pseudo', { locale: 'en-XA', pseudoOf: 'en' }],
    ] as const) {
      const packageDir = join(defaultPackagesDir, folder);
      expect(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')), folder).toEqual(
        localePackageManifest(options),
      );
      for (const file of files) expect(existsSync(join(packageDir, file)), `${folder}/${file}`).toBe(true);
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

  it('counts a translated text as translated, and a text marked $sameAsEnglish too', async () => {
    const copy = copyLocales();
    await run(copy, 'add-locale', 'de');
    const before = checkLocales({ localesDir: copy.localesDir }).untranslated.get('de')!;
    copy.replace('de/friendly/sms.send.json', 'There is not enough SMS credit', 'Nicht genug SMS-Guthaben');
    copy.replace(
      'de/official/hlr.error.json',
      '"$schema": "../../schema/hlr.error.schema.json",',
      '"$schema": "../../schema/hlr.error.schema.json",\n  "$sameAsEnglish": ["hlr.error.timeOut"],',
    );
    const checked = checkLocales({ localesDir: copy.localesDir });
    const after = checked.untranslated.get('de')!;
    expect(after.friendly.has('sms.send.insufficientCredit')).toBe(false);
    expect(after.friendly.size).toBe(before.friendly.size - 1);
    expect(after.official.has('hlr.error.timeOut')).toBe(false);
    expect(after.official.size).toBe(before.official.size - 1);
    expect(checked.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(summarize(checked)).toContain(
      `Untranslated: de ${messageKeys.length - 1} official + ${messageKeys.length - 1} friendly.`,
    );
  });

  it('prints the same next steps as locales/README.md, and adds the language to the explorer', async () => {
    const readme = readFileSync(join(defaultLocalesDir, 'README.md'), 'utf8');
    const block = /<!-- next-steps:[^\n]*-->\n([\s\S]*?)\n<!-- next-steps: end -->/.exec(readme);
    expect(block?.[1]).toBe(nextStepsMarkdown('<lng>'));
    const copy = copyLocales();
    mkdirSync(join(copy.root, 'apps/explorer'), { recursive: true });
    writeFileSync(
      join(copy.root, 'apps/explorer/package.json'),
      JSON.stringify({ dependencies: { '@smspartner-i18n/locale-fr': 'workspace:*', react: '19.3.1' } }),
    );
    const result = await run(copy, 'add-locale', 'es');
    expect(result.code).toBe(0);
    const printed = result.out.slice(
      result.out.indexOf('next steps (the same as in locales/README.md):') + 1,
    );
    expect(printed).toEqual(nextSteps('es').map((step, index) => `  ${index + 1}. ${step}`));
    expect(printed.join('\n')).toContain('pnpm-lock.yaml');
    const explorer = JSON.parse(readFileSync(join(copy.root, 'apps/explorer/package.json'), 'utf8'));
    expect(Object.keys(explorer.dependencies)).toEqual([
      '@smspartner-i18n/locale-es',
      '@smspartner-i18n/locale-fr',
      'react',
    ]);
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
    // What reaches the terminal cannot drive it, whatever was typed or pasted.
    const control = /[\p{Cc}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;
    for (const args of [['add-locale', 'x\u001b[31m'], ['\u001b[2J'], ['add-locale', '--\u001b[2J']]) {
      const refused = await run(copy, ...args);
      expect(refused.code, args.join(' ')).toBe(2);
      expect(refused.err.join('').replaceAll('\n', ''), args.join(' ')).not.toMatch(control);
      expect(refused.err.join('\n'), args.join(' ')).toContain('\\x1B');
    }
    // C1 controls and bidi marks too: U+009B is a one-byte CSI, U+200F reorders what follows.
    const marks = await run(copy, 'add-locale', 'x\u009b2J\u200f');
    expect(marks.code).toBe(2);
    expect(marks.err.join('').replaceAll('\n', '')).not.toMatch(control);
    expect(marks.err.join('\n')).toContain('x\\u009B2J\\u200F');
    expect(packageFolderOf('pt-BR')).toBe('locale-pt-br');
  });
});
