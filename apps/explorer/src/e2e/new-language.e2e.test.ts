// @vitest-environment node
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { entryByKey, type MessageKey, messageKeys } from '@smspartner-i18n/core';
import type { CodePack } from '@smspartner-i18n/core/types';
import * as en from '@smspartner-i18n/locale-en';
import { createTranslator, negotiateLocale, parseResponse, toProblemDetails } from '@smspartner-i18n/node';
import { SmsPartnerMessage, SmsPartnerProvider } from '@smspartner-i18n/react';
import type { BrowserContext } from 'playwright-core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { x } from 'tinyexec';
import { build, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDir, hasChromium, launch, requireChromiumInCi, serve } from './harness.ts';

/**
 * A new language the way a translator adds it, in a temporary copy of the
 * parts of the repository it touches (locales/, the explorer, the shared
 * build configuration; dependencies linked to the repository's own):
 * `add-locale es`, a few texts translated in the JSON files, the check, the
 * build of the new package and of the explorer, then the texts through the
 * Node adapter, the React provider and the explorer in Chromium. Texts
 * left in English come back in English, labelled English.
 */

const repoRoot = resolve(appDir, '../..');
const toolsBin = join(repoRoot, 'tools/i18n/bin/smspartner-i18n-tools.mjs');
requireChromiumInCi('new-language e2e');

/** The Spanish a translator writes for a few friendly texts of sms.send (one with arguments). */
const spanish: Readonly<Partial<Record<MessageKey, string>>> = {
  'sms.send.insufficientCredit':
    'No hay suficiente crédito de SMS en la cuenta para este envío. Pida al administrador de la cuenta que lo recargue.',
  'sms.send.phoneNumbersRequired': 'No se ha indicado ningún número. Añada al menos uno y vuelva a enviar.',
  'sms.send.numberOnStopList':
    'Este número está en la lista STOP: su titular pidió no recibir mensajes. Quítelo de los destinatarios.',
  'sms.send.marketingHoursNotAllowed':
    'Los SMS de marketing solo se pueden enviar entre las {startHour, number} y las {endHour, number} h. Elija una hora en ese intervalo.',
};
/** A key left in English. */
const untranslatedKey: MessageKey = 'sms.send.numberAlreadyInList';

/** `node_modules/<name>` of `from`, as a link to where the repository has it installed. */
function linkModules(target: string, from: string, extra: Readonly<Record<string, string>> = {}): void {
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) {
      for (const inner of readdirSync(join(from, name))) {
        mkdirSync(join(target, name), { recursive: true });
        symlinkSync(realpathSync(join(from, name, inner)), join(target, name, inner), 'dir');
      }
    } else symlinkSync(realpathSync(join(from, name)), join(target, name), 'dir');
  }
  for (const [name, path] of Object.entries(extra)) {
    mkdirSync(join(target, name, '..'), { recursive: true });
    if (!existsSync(join(target, name))) symlinkSync(path, join(target, name), 'dir');
  }
}

async function run(command: string, args: readonly string[], cwd: string) {
  const result = await x(command, [...args], { nodeOptions: { cwd }, throwOnError: false });
  return { code: result.exitCode, out: `${result.stdout}${result.stderr}` };
}

describe.skipIf(!hasChromium())(
  'a new language through the translator path alone',
  { timeout: 240_000 },
  () => {
    let root: string;
    let outDir: string;
    let profileDir: string;
    let server: PreviewServer;
    let browser: BrowserContext;
    let baseUrl: string;
    let es: { readonly pack: CodePack; readonly locale: string };
    const steps: Record<string, { code: number | undefined; out: string }> = {};

    beforeAll(async () => {
      root = mkdtempSync(join(tmpdir(), 'smspartner-new-language-'));
      outDir = mkdtempSync(join(tmpdir(), 'new-language-dist-'));
      profileDir = mkdtempSync(join(tmpdir(), 'new-language-profile-'));
      cpSync(join(repoRoot, 'locales'), join(root, 'locales'), { recursive: true });
      for (const file of ['tsconfig.base.json', 'tsdown.base.ts', 'package.json'])
        cpSync(join(repoRoot, file), join(root, file));
      symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
      const explorer = join(root, 'apps/explorer');
      cpSync(appDir, explorer, {
        recursive: true,
        filter: (source) => !/(^|[/\\])(node_modules|dist)([/\\]|$)/.test(source.slice(appDir.length)),
      });
      const packagesDir = join(root, 'packages');
      mkdirSync(packagesDir);
      const withLocales = ['--locales', join(root, 'locales'), '--packages', packagesDir];

      // 1. Scaffold.
      steps['add-locale'] = await run('node', [toolsBin, 'add-locale', 'es', ...withLocales], root);
      // What `pnpm install` would link: the package's and the explorer's dependencies.
      const packageDir = join(packagesDir, 'locale-es');
      const fr = join(repoRoot, 'packages/locale-fr/node_modules');
      linkModules(join(packageDir, 'node_modules'), fr);
      linkModules(join(explorer, 'node_modules'), join(appDir, 'node_modules'), {
        '@smspartner-i18n/locale-es': packageDir,
      });

      // 2. Translate, making first the mistake translators make most: a comma after the last text.
      const file = join(root, 'locales/es/friendly/sms.send.json');
      const texts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      Object.assign(texts, spanish);
      const written = JSON.stringify(texts, null, 2);
      writeFileSync(file, `${written.slice(0, -2)},\n}\n`);
      steps['check-broken'] = await run('node', [toolsBin, 'check', ...withLocales.slice(0, 2)], root);
      writeFileSync(file, `${written}\n`);

      // 3. Check, build the package (its own build script's two steps) and the explorer.
      steps['check'] = await run('node', [toolsBin, 'check', ...withLocales.slice(0, 2)], root);
      steps['generate'] = await run(
        'node',
        [toolsBin, 'generate', '--locale', 'es', ...withLocales],
        packageDir,
      );
      steps['tsdown'] = await run(
        join(repoRoot, 'node_modules/.bin/tsdown'),
        ['--log-level', 'error'],
        packageDir,
      );
      steps['typecheck'] = await run(
        join(repoRoot, 'node_modules/.bin/tsc'),
        ['-p', 'tsconfig.json'],
        packageDir,
      );
      es = await import(pathToFileURL(join(packageDir, 'dist/texts.mjs')).href);

      await build({
        root: explorer,
        configFile: join(explorer, 'vite.config.ts'),
        logLevel: 'error',
        build: { outDir, emptyOutDir: true },
      });
      ({ server, baseUrl } = await serve(outDir, explorer));
      browser = await launch(profileDir);
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      for (const dir of [root, outDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('add-locale, a JSON mistake with its hint, the check counting what is left, the build', () => {
      expect(steps['add-locale']?.code, steps['add-locale']?.out).toBe(0);
      expect(steps['add-locale']?.out).toContain('pnpm-lock.yaml');
      const manifest = JSON.parse(readFileSync(join(root, 'apps/explorer/package.json'), 'utf8'));
      expect(manifest.dependencies['@smspartner-i18n/locale-es']).toBe('workspace:*');

      expect(steps['check-broken']?.code).toBe(1);
      expect(steps['check-broken']?.out).toMatch(
        /locales\/es\/friendly\/sms\.send\.json:\d+:1: error \[invalid-json\] the file is not valid JSON: there is a comma after the last text \(line \d+\); remove it/,
      );

      expect(steps['check']?.code, steps['check']?.out).toBe(0);
      const translated = Object.keys(spanish).length;
      expect(steps['check']?.out).toContain(
        `Untranslated: es ${messageKeys.length} official + ${messageKeys.length - translated} friendly.`,
      );
      expect(steps['check']?.out).toMatch(
        /locales\/es\/friendly\/sms\.send\.json:\d+:\d+: warning \[untranslated\] \d+ of \d+ friendly texts of sms\.send are still the English text/,
      );
      expect(steps['generate']?.code, steps['generate']?.out).toBe(0);
      expect(steps['tsdown']?.code, steps['tsdown']?.out).toBe(0);
      // The generated modules, with their gaps typed Partial, and the package's own tests typecheck.
      expect(steps['typecheck']?.code, steps['typecheck']?.out).toBe(0);
      const listed = JSON.parse(
        readFileSync(join(root, 'packages/locale-es/dist/json/untranslated.json'), 'utf8'),
      );
      expect(listed.friendly).toContain(untranslatedKey);
      expect(listed.friendly).not.toContain('sms.send.insufficientCredit');
      const shipped = JSON.parse(
        readFileSync(join(root, 'packages/locale-es/dist/json/friendly.json'), 'utf8'),
      );
      expect(Object.keys(shipped).sort()).toEqual(Object.keys(spanish).sort());
    });

    it('the Node adapter: negotiated from the pack, Spanish where translated, English labelled English elsewhere', () => {
      const locale = negotiateLocale('es-ES,es;q=0.9', [es.pack]);
      expect(locale).toBe('es');
      const translator = createTranslator({ locale, locales: [es.pack] });
      const code = entryByKey('sms.send.insufficientCredit')!.code;
      expect(translator.explain('sms.send', code)).toMatchObject({
        text: spanish['sms.send.insufficientCredit'],
        locale: 'es',
        matched: 'exact',
      });
      expect(translator.message('sms.send', entryByKey('sms.send.marketingHoursNotAllowed')!.code)).toMatch(
        /^Los SMS de marketing solo se pueden enviar entre las \d+ y las \d+ h\./,
      );
      const untranslated = translator.explain('sms.send', entryByKey(untranslatedKey)!.code);
      expect(untranslated).toMatchObject({
        text: en.friendly[untranslatedKey],
        locale: 'en',
        matched: 'exact',
      });

      const translatedError = parseResponse({ success: false, code }, { section: 'sms.send' });
      const englishError = parseResponse(
        { success: false, code: entryByKey(untranslatedKey)!.code },
        { section: 'sms.send' },
      );
      if (translatedError.ok || englishError.ok) throw new Error('parseResponse: expected failures');
      const inSpanish = toProblemDetails(translatedError.error, translator);
      expect(inSpanish.headers['content-language']).toBe('es');
      expect(inSpanish.problem.detail).toBe(spanish['sms.send.insufficientCredit']);
      const inEnglish = toProblemDetails(englishError.error, translator);
      expect(inEnglish.headers['content-language']).toBe('en');
      expect(inEnglish.problem.detail).toBe(en.friendly[untranslatedKey]);
    });

    it('the React provider marks the English fallback lang="en" inside a Spanish page', () => {
      const html = (key: MessageKey) =>
        renderToStaticMarkup(
          createElement(
            SmsPartnerProvider,
            { locale: 'es', packs: [en.pack, es.pack] },
            createElement(SmsPartnerMessage, { section: 'sms.send', code: entryByKey(key)!.code as never }),
          ),
        );
      expect(html('sms.send.insufficientCredit')).toBe(spanish['sms.send.insufficientCredit']);
      expect(html(untranslatedKey)).toBe(`<span lang="en">${en.friendly[untranslatedKey]}</span>`);
    });

    it('the explorer lists Spanish, shows its texts and flags the untranslated ones (Chromium)', async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(baseUrl);
      const choice = page.getByRole('radio', { name: /Español/ });
      await choice.waitFor();
      const count = await page.getByTestId('untranslated-es').textContent();
      expect(count).toContain(
        `${messageKeys.length - Object.keys(spanish).length} friendly texts untranslated`,
      );

      const translated = entryByKey('sms.send.insufficientCredit')!;
      await page.goto(`${baseUrl}#/sms.send/${translated.code}`);
      const detail = page.getByRole('region', { name: new RegExp(`sms\\.send\\s+${translated.code}`) });
      const spanishCell = detail.getByTestId('text-friendly-es');
      await expect.poll(() => spanishCell.textContent()).toBe(spanish['sms.send.insufficientCredit']);

      const left = entryByKey(untranslatedKey)!;
      await page.goto(`${baseUrl}#/sms.send/${left.code}`);
      const other = page.getByRole('region', { name: new RegExp(`sms\\.send\\s+${left.code}`) });
      const cell = other.getByTestId('text-friendly-es');
      await expect.poll(() => cell.getByTestId('untranslated-flag').count()).toBe(1);
      expect(await cell.locator('span[lang="en"]').first().textContent()).toBe(en.friendly[untranslatedKey]);
      expect(await cell.getByTestId('untranslated-flag').textContent()).toContain('shown in English');

      await page.goto(`${baseUrl}#/review`);
      const status = page.getByRole('status');
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/keys shown/);
      const header = await page.getByRole('columnheader').allTextContents();
      expect(header).toEqual(expect.arrayContaining(['Español: ICU source', 'Español: rendered']));
      const row = page.getByRole('row').filter({ hasText: untranslatedKey });
      expect(await row.first().textContent()).toContain('ES: untranslated');
      await page.close();
      expect(errors).toEqual([]);
    });
  },
);
