import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createResolver,
  entryByKey,
  globalFallbackKey,
  type LocalePack,
  type MessageKey,
  messageKeys,
  sanitizeCode,
  sectionIds,
} from '@smspartner-i18n/core';
import { explainField, fieldKeyInfo } from '@smspartner-i18n/core/fields';
import { formatCompiled, trimmedMark } from '@smspartner-i18n/core/internal';
import { createExplainer, createResolver as createRuntimeResolver } from '@smspartner-i18n/core/runtime';
import type { CodePack, TextArgs } from '@smspartner-i18n/core/types';
import fc from 'fast-check';
import i18next, { type Resource } from 'i18next';
import { IntlMessageFormat } from 'intl-messageformat';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Register, registers } from './layout.ts';

/** What a generated locale package's root entry exports (generated/entries/index.ts). */
export interface LocalePackageRoot {
  readonly locale: string;
  readonly namespaces: Readonly<Record<Register, string>>;
  /** Partial in a language with texts still in English (left out of the pack). */
  readonly official: Readonly<Partial<Record<MessageKey, string>>>;
  readonly friendly: Readonly<Partial<Record<MessageKey, string>>>;
  // biome-ignore lint/suspicious/noExplicitAny: formatjs ASTs, typed by each generated package
  readonly compiled: Readonly<Record<Register, Readonly<Partial<Record<MessageKey, any>>>>>;
  readonly resources: Resource;
  readonly pack: CodePack;
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
   * the core's own `formatCompiled`, the code pack through core's resolvers,
   * the JSON files and the built package. The oracle is intl-messageformat
   * parsing the ICU source text itself, not any output of the generator.
   */

  const { locale, namespaces } = root;
  const readJson = (path: string) => JSON.parse(readFileSync(join(packageDir, path), 'utf8'));
  const load = (path: string) => import(pathToFileURL(join(packageDir, path)).href);
  /** The keys whose text is still English (generated/json/untranslated.json): the pack leaves them out. */
  const untranslated: Record<Register, MessageKey[]> = readJson('generated/json/untranslated.json');
  const translatedKeys = (register: Register): MessageKey[] =>
    messageKeys.filter((key) => !untranslated[register].includes(key));
  const complete = registers.every((register) => untranslated[register].length === 0);

  /** A code as hostile as an API can send; texts only ever see it sanitised. */
  const rawCode = '<img src=x onerror=alert(1)> E-4242 {code} {{code}}';

  /**
   * A key's arguments: its number defaults (the entry's, or a field rule's) through `scale`, `quoted`
   * for the values a field text quotes from the request (`{phoneNumber}`, `{date}`), and `code`.
   */
  function argumentsOf(key: MessageKey, scale: (value: number) => number, quoted: string, code: string) {
    const params = Object.entries({ ...entryByKey(key)?.params, ...fieldKeyInfo(key)?.params });
    return {
      ...Object.fromEntries(params.map(([name, spec]) => [name, spec === 'text' ? quoted : scale(spec)])),
      code,
    } as Record<string, string | number>;
  }

  const defaultArguments = (key: MessageKey) =>
    argumentsOf(key, (value) => value, '922264', sanitizeCode(rawCode) ?? '?');
  /** Other values than the defaults, so number formatting is exercised (grouping, decimals). */
  const otherArguments = (key: MessageKey) =>
    argumentsOf(key, (value) => value * 1234 + 0.5, '21/11/2014 10:05', 'X-1');

  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await i18n.init({
      lng: locale,
      fallbackLng: false,
      resources: root.resources,
      ns: Object.values(namespaces),
      defaultNS: namespaces.friendly,
      initAsync: false,
    });
  });

  /** The oracle: intl-messageformat parsing the ICU source text. */
  const formatWithIntl = (register: Register, key: MessageKey, values: Record<string, string | number>) =>
    String(new IntlMessageFormat(root[register][key]!, locale).format(values));

  /** A section and code whose text is `key`'s: the entry's own code, else `code`, which the section does not list. */
  function questionOf(key: MessageKey, code: unknown = rawCode): readonly [section: string, code: unknown] {
    const entry = entryByKey(key);
    if (entry !== undefined) return [entry.section, entry.code];
    if (key === globalFallbackKey) return ['no.such.section', code];
    return [key.slice(0, -'.unknownCode'.length), code];
  }

  /**
   * What the resolver says for `key` through `pack`, with `params` (the code is `code`); for a field
   * key, what the field layer says of an error of its field and rule, with the key's default arguments.
   */
  function said(pack: LocalePack, register: Register, key: MessageKey, code: unknown, params?: object) {
    const field = fieldKeyInfo(key);
    if (field !== undefined)
      return explainField({ packs: [pack], locale, register }, field.section, {
        field: field.field ?? '',
        rule: field.rule ?? 'unknown',
        params: { ...defaultArguments(key), ...params },
      }).text;
    const [section, asked] = questionOf(key, code);
    return createExplainer({ packs: [pack], locale }).explain(section, asked, {
      register,
      params: params as Record<string, unknown> | undefined,
    }).text;
  }

  /** Values a caller may pass for a number argument: any double (NaN, infinities, -0 too), numeric strings, junk. */
  const numberValues = fc.oneof(
    fc.double(),
    fc.integer({ min: -1e9, max: 1e12 }),
    fc.integer({ min: 0, max: 99999 }).map(String),
    fc.constantFrom(null, 'lots', '', true, -0),
  );

  /** The number intl-messageformat is given for a caller's value: the resolver's rule (finite, -0 as 0, else the default). */
  function expectedNumber(value: unknown, fallback: number): number {
    const number =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && value.trim() !== ''
          ? Number(value)
          : Number.NaN;
    return Number.isFinite(number) ? number + 0 : fallback;
  }

  it.each(registers)('%s texts still in English are left out of the pack', (register) => {
    for (const key of untranslated[register]) {
      expect(Object.hasOwn(root[register], key), key).toBe(false);
      expect(Object.hasOwn(root.compiled[register], key), key).toBe(false);
      // Alone, the pack has nothing exact for it: the chain must go on to English.
      const [section, code] = questionOf(key);
      if (entryByKey(key) !== undefined)
        expect(
          createExplainer({ packs: [root.pack], locale }).explain(section, code, { register }).matched,
          key,
        ).not.toBe('exact');
    }
  });

  describe.each(registers)(
    '%s texts compiled to code say what intl-messageformat says of the ICU source',
    (register) => {
      it.each(translatedKeys(register))('%s, with its default and random arguments', (key) => {
        const source = root[register][key]!;
        const defaults = entryByKey(key)?.params ?? {};
        const withIntl = (values: Record<string, unknown>) =>
          String(new IntlMessageFormat(source, locale, undefined, { ignoreTag: true }).format(values));
        if (fieldKeyInfo(key) !== undefined) {
          // A field text: the values its error quotes, the defaults and others (grouping, decimals).
          for (const values of [defaultArguments(key), otherArguments(key)])
            expect(said(root.pack, register, key, rawCode, values)).toBe(withIntl(values).trim());
          return;
        }
        expect(said(root.pack, register, key, rawCode)).toBe(
          withIntl({ ...defaults, code: sanitizeCode(rawCode) ?? '?' }).trim(),
        );
        const names = Object.keys(defaults);
        fc.assert(
          fc.property(
            fc.dictionary(fc.constantFrom(...names, 'other'), numberValues),
            // Codes no section lists, so a fallback text answers and shows them.
            fc
              .oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constantFrom('E-4242', ' 77 '))
              .map((code) => `zz-${String(code)}`),
            (params, code) => {
              const expected = withIntl({
                ...Object.fromEntries(
                  names.map((name) => [
                    name,
                    expectedNumber(Object.hasOwn(params, name) ? params[name] : undefined, defaults[name]!),
                  ]),
                ),
                code: sanitizeCode(code) ?? '?',
              }).trim();
              expect(said(root.pack, register, key, code, params)).toBe(expected);
            },
          ),
          { numRuns: names.length > 0 || entryByKey(key) === undefined ? 40 : 3 },
        );
      });
    },
  );

  describe.each(registers)('%s texts: i18next and intl-messageformat agree, key by key', (register) => {
    it.each(translatedKeys(register))('%s', (key) => {
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

  describe('the ICU source', () => {
    const sourceDir = join(packageDir, '../../locales', locale);
    it.each(registers)(
      '%s texts are what translators wrote in locales/ (a derived pack names its origin)',
      (register) => {
        if (!existsSync(sourceDir)) {
          expect(readJson('package.json').scripts.build).toMatch(
            new RegExp(`--pseudo ${locale} --from [a-z]+`),
          );
          return;
        }
        const texts: Record<string, string> = {};
        for (const file of readdirSync(join(sourceDir, register)).filter((name) => name.endsWith('.json'))) {
          const data: Record<string, unknown> = readJson(join('../../locales', locale, register, file));
          // `$schema` and `$sameAsEnglish` are for editors and the check; texts still in English are left out.
          for (const [key, text] of Object.entries(data))
            if (!key.startsWith('$') && !untranslated[register].includes(key as MessageKey))
              texts[key] = text as string;
        }
        expect(root[register]).toEqual(texts);
      },
    );
  });

  describe('the entry points', () => {
    const sectionKeys = (section: string) =>
      messageKeys.filter((key) => key === 'unknownCode' || key.startsWith(`${section}.`));

    it.each(Object.entries(entry))(
      '%s holds exactly its keys, for its registers, and a pack that says the same',
      async (name, path) => {
        const module = await load(path);
        if (name === 'i18next') {
          // A type declaration: its JavaScript module exports nothing, its source augments i18next.
          expect(Object.keys(module)).toEqual([]);
          expect(readFileSync(join(packageDir, path), 'utf8')).toMatch(
            new RegExp(
              `declare module 'i18next'[\\s\\S]*"${namespaces.official}"[\\s\\S]*"${namespaces.friendly}"`,
            ),
          );
          return;
        }
        // `friendly/sms.send/fields`: the section's field texts alone; `friendly/sms.send`: the rest.
        const parts = name.split('/');
        const fieldsOnly = parts.length > 1 && parts.at(-1) === 'fields';
        const section = sectionIds.find((id) => parts.includes(id));
        const registerOnly = registers.filter((register) => parts[0] === register);
        const perSection = section !== undefined && registerOnly.length > 0;
        const wanted = registerOnly.length > 0 ? registerOnly : [...registers];
        const all = section ? sectionKeys(section) : [...messageKeys];
        const keys = perSection ? all.filter((key) => (fieldKeyInfo(key) !== undefined) === fieldsOnly) : all;
        const own = (register: Register) => keys.filter((key) => !untranslated[register].includes(key));
        if (perSection)
          for (const register of wanted) {
            const texts = module.pack.codes[register];
            if (fieldsOnly) {
              expect(Object.keys(texts.sections[section].codes), `${name}: code texts`).toEqual([]);
              expect(texts.unknownCode, `${name}: the global fallback`).toBeUndefined();
            } else expect(texts.sections[section].fields, `${name}: field texts`).toBeUndefined();
          }
        expect(module.locale).toBe(locale);
        expect(module.pack.locale).toBe(locale);
        expect(Object.keys(module.pack.codes).sort()).toEqual([...wanted].sort());
        for (const register of wanted) {
          expect(Object.keys(module.pack.codes[register].sections)).toEqual(
            section ? [section] : [...sectionIds],
          );
          // Every key of the entry says, through its pack, what intl-messageformat makes of its source.
          for (const key of own(register))
            expect(said(module.pack, register, key, rawCode), key).toBe(
              formatWithIntl(register, key, defaultArguments(key)),
            );
        }
        if (name === 'texts' || perSection) {
          // One thing per entry: the compiled texts and nothing else.
          expect(Object.keys(module).sort()).toEqual(['locale', 'pack']);
          return;
        }
        expect(Object.keys(module.compiled).sort()).toEqual([...wanted].sort());
        for (const register of wanted) {
          expect(Object.keys(module[register]).sort()).toEqual(own(register).sort());
          expect(Object.keys(module.compiled[register]).sort()).toEqual(own(register).sort());
          for (const key of own(register)) {
            expect(module[register][key]).toBe(root[register][key as MessageKey]);
            expect(module.compiled[register][key]).toEqual(root.compiled[register][key as MessageKey]);
          }
        }
        expect(Object.keys(module.resources)).toEqual([locale]);
        expect(Object.keys(module.resources[locale]).sort()).toEqual(wanted.map((r) => namespaces[r]).sort());
      },
    );

    it("marks every pack trimmed (the resolver then shows a function's sentence as it is), which each of its functions is, whatever it is given", async () => {
      const packs: CodePack[] = [root.pack];
      for (const [name, path] of Object.entries(entry))
        if (name !== 'i18next') packs.push((await load(path)).pack);
      for (const pack of packs)
        expect(Object.getOwnPropertyDescriptor(pack, trimmedMark)).toEqual({
          value: true,
          enumerable: false,
          writable: false,
          configurable: false,
        });
      const functions = registers
        .flatMap((register) => {
          const { unknownCode, sections = {} } = root.pack.codes[register] ?? {};
          const ofSections = Object.values(sections).flatMap((section) => [
            section.unknownCode,
            ...Object.values(section.codes),
            ...Object.values(section.fields ?? {}),
          ]);
          return [unknownCode, ...ofSections];
        })
        .filter((text): text is (args: TextArgs) => string => typeof text === 'function');
      expect(functions.length).toBeGreaterThan(10);
      // What a caller's values may bring to a sentence's ends: nothing, or white space of any kind.
      const piece = fc.constantFrom('', ' ', '\u00a0', '\u202f', '\t\n', ' 12 ', 'x');
      fc.assert(
        fc.property(fc.constantFrom(...functions), piece, piece, piece, (text, s, n, c) => {
          const said = text({ s: () => s, n: () => n, c: () => c, v: () => s });
          expect(said).toBe(said.trim());
        }),
        { numRuns: 2000 },
      );
    });

    it('exports frozen data, so one app cannot change the texts of another module', () => {
      expect(Object.isFrozen(root.official)).toBe(true);
      expect(Object.isFrozen(root.compiled.friendly)).toBe(true);
      expect(Object.isFrozen(root.resources[locale as keyof typeof root.resources])).toBe(true);
      expect(Object.isFrozen(root.pack)).toBe(true);
      expect(Object.isFrozen(root.pack.codes.friendly?.sections['sms.send'])).toBe(true);
      expect(Object.isFrozen(root.pack.codes.friendly?.sections['sms.send']?.codes)).toBe(true);
    });
  });

  // The setups the README shows, held to intl-messageformat's sentences (the README's own blocks
  // run in the package's readme.test.ts); they need the texts of a complete language.
  describe.runIf(complete)('with i18next, intl-messageformat and core’s resolvers', () => {
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
      const { pack } = await load('generated/entries/friendly/sms.send.ts');
      const resolver = createRuntimeResolver({ packs: [pack], locale });
      expect(resolver.explain('sms.send', 50, { params: { max: 20 } })).toEqual({
        text: formatWithIntl('friendly', 'sms.send.tooManyNumbers', { max: 20 }),
        locale,
        register: 'friendly',
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
    it.each(registers)('hold the same %s texts as the modules', (register) => {
      expect(readJson(`generated/json/${register}.json`)).toEqual(root[register]);
      expect(readJson(`generated/json/compiled/${register}.json`)).toEqual(root.compiled[register]);
      const resources = root.resources[locale as keyof typeof root.resources] as Record<string, unknown>;
      expect(readJson(`generated/json/i18next/${namespaces[register]}.json`)).toEqual(
        resources[namespaces[register]],
      );
    });
  });

  const distDir = join(packageDir, 'dist');
  const built = existsSync(join(distDir, 'index.mjs')) && existsSync(join(distDir, 'index.cjs'));

  // Under CI a missing dist/ fails these tests instead of skipping them.
  describe.runIf(built || process.env.CI)('the built package (dist/)', () => {
    it('is built (run `pnpm build`)', () => expect(built).toBe(true));

    const manifest: {
      exports: Record<string, { import?: { default: string }; require?: { default: string } } | string>;
    } = readJson('package.json');

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
        const esm = await load(target.import!.default);
        const cjs = createRequire(import.meta.url)(join(packageDir, target.require!.default));
        if (subpath === './i18next') return; // a type declaration; its JS module is empty
        expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
        expect(esm.pack.locale).toBe(locale);
        expect(Object.keys(cjs.pack.codes)).toEqual(Object.keys(esm.pack.codes));
        for (const register of registers)
          for (const key of translatedKeys(register))
            expect(said(cjs.pack, register, key, rawCode)).toBe(said(esm.pack, register, key, rawCode));
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
      const sendText = root.friendly['sms.send.insufficientCredit'];
      if (sendText !== undefined) expect(shipped).toContain(asJs(sendText));
      const friendly = Object.entries(root.friendly);
      const sendTexts = new Set(
        friendly.filter(([key]) => key.startsWith('sms.send.')).map(([, text]) => text),
      );
      // Texts shared word for word with sms.send (generic ones, its own) cannot tell the sections apart.
      for (const [key, text] of friendly)
        if (key !== 'unknownCode' && !sendTexts.has(text)) expect(shipped, key).not.toContain(asJs(text));
      const hlrText = root.official['hlr.error.unknownSubscriber'];
      if (hlrText !== undefined) expect(shipped).not.toContain(asJs(hlrText));
    });

    it('ships the same texts as the sources (run `pnpm build` if not)', async () => {
      const esm = await load('dist/index.mjs');
      expect(esm.compiled, 'dist/ is stale: run `pnpm build`').toEqual(root.compiled);
      expect(esm.resources).toEqual(root.resources);
    });
  });
}
