import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createResolver,
  entryByKey,
  fieldKeyInfo,
  formatCompiled,
  type LocalePack,
  type MessageKey,
  messageKeys,
  sanitizeCode,
  sectionIds,
  toCodeTexts,
} from '@smspartner-i18n/core';
import { createResolver as createRuntimeResolver } from '@smspartner-i18n/core/runtime';
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { IntlMessageFormat } from 'intl-messageformat';
import { beforeAll, describe, expect, it } from 'vitest';

type Register = 'official' | 'friendly';

/** What a generated locale package's root entry exports (generated/entries/index.ts). */
export interface LocalePackageRoot {
  readonly locale: string;
  readonly namespaces: Readonly<Record<Register, string>>;
  readonly official: Readonly<Record<MessageKey, string>>;
  readonly friendly: Readonly<Record<MessageKey, string>>;
  // biome-ignore lint/suspicious/noExplicitAny: formatjs ASTs, typed by each generated package
  readonly compiled: Readonly<Record<Register, Readonly<Record<MessageKey, any>>>>;
  readonly resources: Resource;
  readonly pack: LocalePack & { readonly codes: Readonly<Record<string, ReturnType<typeof toCodeTexts>>> };
}

export interface LocalePackSuiteOptions {
  /** The locale package's folder (the one holding package.json, generated/ and dist/). */
  readonly packageDir: string;
  /** Its root entry, imported from generated/entries/index.ts. */
  readonly root: LocalePackageRoot;
  /** Its entry map (generated/build-entries.ts): entry name → source path. */
  readonly entry: Readonly<Record<string, string>>;
}

/**
 * The one test suite of every locale package (en, fr, the pseudo pack and
 * any added by `pnpm i18n:add-locale`): each package's locale-pack.test.ts
 * calls it with its own generated modules.
 */
export function describeLocalePack({ packageDir, root, entry }: LocalePackSuiteOptions): void {
  /**
   * Proof that this pack says the same thing however it is used: i18next's
   * `t()` on `resources` (no ICU plugin), intl-messageformat on `compiled`,
   * the core's own `formatCompiled`, the JSON files and the built package.
   */

  const registers = ['official', 'friendly'] as const;
  const { locale, namespaces } = root;
  const flat: Readonly<Record<Register, Readonly<Record<MessageKey, string>>>> = {
    official: root.official,
    friendly: root.friendly,
  };

  /** A code as hostile as an API can send; texts only ever see it sanitised. */
  const rawCode = '<img src=x onerror=alert(1)> E-4242 {code} {{code}}';

  /** The number defaults of a key's arguments: the entry's, or a field rule's (its quoted values are text). */
  function numberDefaults(key: MessageKey): Record<string, number> {
    const field = fieldKeyInfo(key)?.params ?? {};
    const fromField = Object.entries(field).filter(
      (pair): pair is [string, number] => typeof pair[1] === 'number',
    );
    return { ...entryByKey(key)?.params, ...Object.fromEntries(fromField) };
  }

  /** The values a field text quotes from the request (`{phoneNumber}`, `{date}`), as SMSPartner sends them. */
  function quotedValues(key: MessageKey, value: string): Record<string, string> {
    const field = fieldKeyInfo(key)?.params ?? {};
    return Object.fromEntries(
      Object.keys(field)
        .filter((name) => field[name] === 'text')
        .map((name) => [name, value]),
    );
  }

  function defaultArguments(key: MessageKey): Record<string, string | number> {
    return { ...numberDefaults(key), ...quotedValues(key, '922264'), code: sanitizeCode(rawCode) ?? '?' };
  }

  /** Other values than the defaults, so number formatting is exercised (grouping, decimals). */
  function otherArguments(key: MessageKey): Record<string, string | number> {
    const scaled = Object.entries(numberDefaults(key)).map(([name, value]) => [name, value * 1234 + 0.5]);
    return { ...Object.fromEntries(scaled), ...quotedValues(key, '21/11/2014 10:05'), code: 'X-1' };
  }

  async function plainI18next() {
    const instance = i18next.createInstance();
    await instance.init({
      lng: locale,
      fallbackLng: false,
      resources: root.resources,
      ns: Object.values(namespaces),
      defaultNS: namespaces.friendly,
      initAsync: false,
    });
    return instance;
  }

  let i18n: I18n;
  beforeAll(async () => {
    i18n = await plainI18next();
  });

  // No cast: the compiled messages are typed to fit formatjs's MessageFormatElement[] as they are.
  const formatWithIntl = (register: Register, key: MessageKey, values: Record<string, string | number>) =>
    String(new IntlMessageFormat(root.compiled[register][key], locale).format(values));

  describe.each(registers)('%s texts: i18next and intl-messageformat agree, key by key', (register) => {
    it.each([...messageKeys])('%s', (key) => {
      for (const values of [defaultArguments(key), otherArguments(key)]) {
        const expected = formatWithIntl(register, key, values);
        // Plain text: i18next would HTML-escape the values a field text quotes (`21/11/2014`) by default.
        expect(
          i18n.t(key, { ns: namespaces[register], ...values, interpolation: { escapeValue: false } }),
        ).toBe(expected);
        expect(formatCompiled(root.compiled[register][key], locale, values)).toBe(expected);
        expect(expected.trim()).not.toBe('');
        expect(expected).not.toContain('{{');
        expect(expected).not.toContain('<img');
      }
    });
  });

  describe('the entry points', () => {
    const sectionKeys = (section: string) =>
      messageKeys.filter((key) => key === 'unknownCode' || key.startsWith(`${section}.`));

    it.each(Object.entries(entry))(
      '%s holds exactly its keys, for its registers, and a pack of them',
      async (name, path) => {
        if (name === 'i18next') return;
        const module = await import(pathToFileURL(join(packageDir, path)).href);
        const section = sectionIds.find((id) => name === id || name.endsWith(`/${id}`));
        const registerOnly = registers.filter(
          (register) => name === register || name.startsWith(`${register}/`),
        );
        const wanted = registerOnly.length > 0 ? registerOnly : [...registers];
        const keys = section ? sectionKeys(section) : [...messageKeys];
        expect(module.locale).toBe(locale);
        expect(module.pack.locale).toBe(locale);
        expect(Object.keys(module.compiled).sort()).toEqual([...wanted].sort());
        expect(Object.keys(module.pack.codes).sort()).toEqual([...wanted].sort());
        for (const register of wanted) {
          expect(Object.keys(module[register]).sort()).toEqual([...keys].sort());
          expect(Object.keys(module.compiled[register]).sort()).toEqual([...keys].sort());
          // The pack holds what core's converter makes of the same compiled messages, and no other section.
          expect(module.pack.codes[register]).toEqual(toCodeTexts(module.compiled[register]));
          expect(Object.keys(module.pack.codes[register].sections)).toEqual(
            section ? [section] : [...sectionIds],
          );
          for (const key of keys) {
            expect(module[register][key]).toBe(flat[register][key as MessageKey]);
            expect(module.compiled[register][key]).toEqual(root.compiled[register][key as MessageKey]);
          }
        }
        expect(Object.keys(module.resources)).toEqual([locale]);
        expect(Object.keys(module.resources[locale]).sort()).toEqual(wanted.map((r) => namespaces[r]).sort());
      },
    );

    it('exports frozen data, so one app cannot change the texts of another module', () => {
      expect(Object.isFrozen(root.official)).toBe(true);
      expect(Object.isFrozen(root.compiled.friendly)).toBe(true);
      expect(Object.isFrozen(root.resources[locale as keyof typeof root.resources])).toBe(true);
      expect(Object.isFrozen(root.pack)).toBe(true);
      expect(Object.isFrozen(root.pack.codes.friendly?.sections['sms.send']?.codes)).toBe(true);
    });
  });

  describe('the README examples', () => {
    it('i18next: init with resources, then t() with a namespace option or prefix', async () => {
      const instance = i18next.createInstance();
      await instance.init({
        lng: locale,
        resources: root.resources,
        ns: ['smspartner-friendly', 'smspartner-official'],
      });
      expect(instance.t('sms.send.tooManyNumbers', { ns: 'smspartner-friendly', max: 500 })).toBe(
        formatWithIntl('friendly', 'sms.send.tooManyNumbers', { max: 500 }),
      );
      expect(instance.t('smspartner-official:sms.send.insufficientCredit')).toBe(
        root.official['sms.send.insufficientCredit'],
      );
      expect(instance.t('smspartner-friendly:sms.send.unknownCode', { code: '999' })).toBe(
        formatWithIntl('friendly', 'sms.send.unknownCode', { code: '999' }),
      );
      // The ready type declaration names the friendly namespace the default one; init does the same from `ns`.
      expect(instance.options.defaultNS).toBe('smspartner-friendly');
      expect(instance.t('sms.send.insufficientCredit')).toBe(
        formatWithIntl('friendly', 'sms.send.insufficientCredit', {}),
      );
    });

    it('intl-messageformat: the compiled AST needs no parsing', () => {
      const text = new IntlMessageFormat(root.compiled.friendly['sms.send.tooManyNumbers'], locale).format({
        max: 500,
      });
      expect(text).toBe(formatWithIntl('friendly', 'sms.send.tooManyNumbers', { max: 500 }));
    });

    it("core's resolver takes the pack", () => {
      const resolver = createResolver({ packs: [root.pack], locale });
      expect(resolver.message('sms.send', 11)).toBe(
        formatWithIntl('friendly', 'sms.send.insufficientCredit', {}),
      );
      expect(resolver.message('sms.send', 99999)).toBe(
        formatWithIntl('friendly', 'sms.send.unknownCode', { code: '99999' }),
      );
    });

    it('the catalog-free resolver of `@smspartner-i18n/core/runtime` takes the pack of one section', async () => {
      const { pack } = await import(
        pathToFileURL(join(packageDir, 'generated/entries/friendly/sms.send.ts')).href
      );
      const resolver = createRuntimeResolver({ packs: [pack], locale });
      expect(resolver.explain('sms.send', 50, { params: { max: 20 } })).toEqual({
        text: formatWithIntl('friendly', 'sms.send.tooManyNumbers', { max: 20 }),
        locale,
        tone: 'friendly',
        matched: 'exact',
      });
      expect(resolver.message('sms.send', '50')).toBe(
        formatWithIntl('friendly', 'sms.send.tooManyNumbers', {
          ...entryByKey('sms.send.tooManyNumbers')?.params,
        }),
      );
      expect(resolver.explain('hlr.error', 1).matched).toBe('generic');
      expect(resolver.message('hlr.error', 1)).toBe(formatWithIntl('friendly', 'unknownCode', {}));
    });
  });

  describe('the JSON files', () => {
    const readJson = (path: string) =>
      JSON.parse(readFileSync(join(packageDir, 'generated/json', path), 'utf8'));

    it.each(registers)('hold the same %s texts as the modules', (register) => {
      expect(readJson(`${register}.json`)).toEqual(flat[register]);
      expect(readJson(`compiled/${register}.json`)).toEqual(root.compiled[register]);
      const resources = root.resources[locale as keyof typeof root.resources] as Record<string, unknown>;
      expect(readJson(`i18next/${namespaces[register]}.json`)).toEqual(resources[namespaces[register]]);
    });
  });

  const distDir = join(packageDir, 'dist');
  const built = existsSync(join(distDir, 'index.mjs')) && existsSync(join(distDir, 'index.cjs'));

  describe.runIf(built)('the built package (dist/)', () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      exports: Record<string, { import?: { default: string }; require?: { default: string } } | string>;
    };

    it.each(Object.entries(manifest.exports))(
      'export %s resolves in ESM and CJS',
      async (subpath, target) => {
        if (typeof target === 'string') {
          if (subpath === './json/*') {
            expect(readFileSync(join(distDir, 'json/official.json'), 'utf8')).toBe(
              readFileSync(join(packageDir, 'generated/json/official.json'), 'utf8'),
            );
          } else {
            expect(existsSync(join(packageDir, target))).toBe(true);
          }
          return;
        }
        const esm = await import(pathToFileURL(join(packageDir, target.import!.default)).href);
        const cjs = createRequire(import.meta.url)(join(packageDir, target.require!.default));
        if (subpath === './i18next') return; // a type declaration; its JS module is empty
        expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
        expect(esm.pack.locale).toBe(locale);
        expect(cjs.pack).toEqual(esm.pack);
      },
    );

    it('a section entry loads only its own texts: no HLR text in the modules of ./friendly/sms.send', () => {
      const loaded = new Set<string>();
      const visit = (file: string) => {
        if (loaded.has(file)) return;
        loaded.add(file);
        const code = readFileSync(file, 'utf8');
        for (const [, specifier] of code.matchAll(/from "(\.{1,2}\/[^"]+)"/g))
          visit(join(dirname(file), specifier!));
      };
      visit(join(distDir, 'friendly/sms.send.mjs'));
      const shipped = [...loaded].map((file) => readFileSync(file, 'utf8')).join('\n');
      const asJs = (text: string) => JSON.stringify(text).slice(1, -1);
      expect(shipped).toContain(asJs(root.friendly['sms.send.insufficientCredit']));
      for (const key of messageKeys.filter((key) => key !== 'unknownCode' && !key.startsWith('sms.send.'))) {
        const text = root.friendly[key];
        // Texts shared word for word with sms.send (generic ones) cannot tell the sections apart.
        if (
          Object.entries(root.friendly).some(
            ([other, same]) => other.startsWith('sms.send.') && same === text,
          )
        )
          continue;
        expect(shipped, key).not.toContain(asJs(text));
      }
      expect(shipped).not.toContain(asJs(root.official['hlr.error.unknownSubscriber']));
    });

    it('ships the same texts as the sources (run `pnpm build` if not)', async () => {
      const esm = await import(pathToFileURL(join(distDir, 'index.mjs')).href);
      expect(esm.compiled, 'dist/ is stale: run `pnpm build`').toEqual(root.compiled);
      expect(esm.resources).toEqual(root.resources);
    });
  });
}
