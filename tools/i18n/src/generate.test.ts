import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { entryByKey, type MessageKey, messageKeys, sanitizeCode } from '@smspartner-i18n/core';
import { fieldKeyInfo } from '@smspartner-i18n/core/fields';
import { smsPartnerNamespaces } from '@smspartner-i18n/core/internal';
import i18next from 'i18next';
import { IntlMessageFormat } from 'intl-messageformat';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLocales } from './check.ts';
import {
  generatedDirName,
  loadPackTexts,
  type PackTexts,
  packageExports,
  renderGenerated,
  textCode,
} from './generate.ts';
import { registers } from './layout.ts';
import { defaultLocalesDir, defaultPackagesDir } from './paths.ts';
import { copyLocales } from './test-support.ts';

/** Every locale package of the repository and the generate command its build runs. */
function localePackages(): { dir: string; locale: string; pseudo?: string }[] {
  return readdirSync(defaultPackagesDir)
    .filter((name) => name.startsWith('locale-'))
    .map((name) => {
      const dir = join(defaultPackagesDir, name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        scripts: { build: string };
      };
      const command = manifest.scripts.build.split(' && ')[0]!.split(' ').slice(2);
      const { values } = parseArgs({
        args: command,
        options: {
          locale: { type: 'string' },
          pseudo: { type: 'string' },
          from: { type: 'string' },
          package: { type: 'string' },
        },
      });
      return values.pseudo
        ? { dir, locale: values.from!, pseudo: values.pseudo }
        : { dir, locale: values.locale! };
    });
}

function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? filesBelow(join(dir, item.name)) : [join(dir, item.name)],
  );
}

const checked = checkLocales({ localesDir: defaultLocalesDir });
const packs = new Map<string, PackTexts>();

beforeAll(async () => {
  for (const { locale, pseudo } of localePackages()) {
    const texts = await loadPackTexts({
      localesDir: defaultLocalesDir,
      locale,
      checked,
      ...(pseudo ? { pseudoLocale: pseudo } : {}),
    });
    packs.set(texts.locale, texts);
  }
});

describe('the generated locale packages', () => {
  it('exist for every language of locales/ and for the pseudo-locale', () => {
    expect(
      localePackages()
        .map((pkg) => pkg.pseudo ?? pkg.locale)
        .sort(),
    ).toEqual([...checked.locales, 'en-XA'].sort());
  });

  it.each(localePackages().map((pkg) => [relative(defaultPackagesDir, pkg.dir), pkg] as const))(
    '%s/generated equals a fresh generation (rebuild the package if not)',
    (_name, pkg) => {
      const fresh = renderGenerated(packs.get(pkg.pseudo ?? pkg.locale)!);
      const root = join(pkg.dir, generatedDirName);
      const onDisk = filesBelow(root).map((file) => relative(root, file).split(sep).join('/'));
      expect(onDisk.sort()).toEqual([...fresh.keys()].sort());
      for (const [path, content] of fresh) {
        expect(readFileSync(join(root, path), 'utf8'), path).toBe(content);
      }
      const manifest = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')) as {
        exports: unknown;
      };
      expect(manifest.exports).toEqual(packageExports());
    },
  );

  it('marks every generated source as generated', () => {
    for (const texts of packs.values()) {
      for (const [path, content] of renderGenerated(texts)) {
        if (path.endsWith('.ts')) expect(content.startsWith('// GENERATED — do not edit.'), path).toBe(true);
      }
    }
  });
});

/** A code as an API might send it; texts only ever see it sanitised. */
const rawCode = '  <script>E-99</script> 42 ';

function argumentSets(key: MessageKey): Record<string, string | number>[] {
  // A field text's numbers have defaults like an entry's; the values it quotes (`{phoneNumber}`) are text.
  const field = Object.entries(fieldKeyInfo(key)?.params ?? {});
  const quoted = Object.fromEntries(
    field.filter(([, spec]) => spec === 'text').map(([name]) => [name, '922264']),
  );
  const params: Record<string, number> = {
    ...entryByKey(key)?.params,
    ...Object.fromEntries(field.filter((pair): pair is [string, number] => typeof pair[1] === 'number')),
  };
  const code = sanitizeCode(rawCode) ?? '?';
  const bigger = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, value * 1000 + 0.25]),
  );
  return [
    { ...params, ...quoted, code },
    { ...bigger, ...quoted, code: 'X' },
  ];
}

describe('i18next t() on resources and intl-messageformat on compiled give the same text', () => {
  const cases = () =>
    [...packs.values()].flatMap((texts) => registers.map((register) => [texts.locale, register] as const));

  it.each([['en'], ['fr'], ['en-XA']])('the pack %s exists', (locale) => {
    expect(packs.has(locale)).toBe(true);
  });

  it('for every key x locale x register, with the default and other arguments', async () => {
    let compared = 0;
    for (const [locale, register] of cases()) {
      const texts = packs.get(locale)!;
      const files = renderGenerated(texts);
      const namespace = smsPartnerNamespaces[register];
      const resources = {
        [locale]: { [namespace]: JSON.parse(files.get(`json/i18next/${namespace}.json`)!) },
      };
      const compiled = JSON.parse(files.get(`json/compiled/${register}.json`)!) as Record<string, never>;
      const i18n = i18next.createInstance();
      await i18n.init({
        lng: locale,
        fallbackLng: false,
        resources,
        ns: [namespace],
        defaultNS: namespace,
        initAsync: false,
      });
      for (const key of messageKeys) {
        for (const values of argumentSets(key)) {
          const expected = String(
            new IntlMessageFormat(compiled[key]!, locale).format(values as Record<string, string>),
          );
          // Plain text: i18next would HTML-escape the values a field text quotes by default.
          expect(
            i18n.t(key, { ...values, interpolation: { escapeValue: false } }),
            `${locale} ${register} ${key}`,
          ).toBe(expected);
          compared++;
        }
      }
    }
    expect(compared).toBe(3 * 2 * messageKeys.length * 2);
  });

  it('formats limits for the language: 2 000 in French, 2,000 in English', async () => {
    const limit = (locale: string) => {
      const ast = packs.get(locale)!.registers.friendly.compiled.get('mail.tooManyRequests')!;
      return String(new IntlMessageFormat(ast as never, locale).format({ limit: 2000 }));
    };
    expect(limit('en')).toContain('2,000');
    expect(limit('fr')).toMatch(/2[\u202f\u00a0]000/);
  });
});

describe('a text compiled to code', () => {
  // The generated packs carry the trimmed mark, so the resolver shows what a function returns as it is.
  const run = (ast: MessageFormatElement[]) => {
    const code = textCode(ast, { max: 500 }, 'test');
    if (!code.startsWith('(a: TextArgs) => ')) return code;
    const text = new Function('a', `return ${code.slice('(a: TextArgs) => '.length)}`);
    return text({ s: () => ' ', n: () => '\u00a0', c: () => '?', v: () => ' ' }) as string;
  };
  const literal = (value: string) => ({ type: 0, value }) as MessageFormatElement;
  const name = { type: 1, value: 'name' } as MessageFormatElement;
  const max = { type: 2, value: 'max', style: null } as MessageFormatElement;

  it('comes out trimmed, whatever an argument at either end brings', () => {
    expect(run([literal('  Au plus '), max, literal(' numéros.  ')])).toBe('Au plus \u00a0 numéros.');
    expect(run([name, literal(' a écrit.')])).toBe('a écrit.');
    expect(run([literal('Écrit par '), name])).toBe('Écrit par');
    expect(run([literal(' '), name, literal('\t')])).toBe('');
    expect(run([max])).toBe('');
    expect(run([literal('  Seul  ')])).toBe('"Seul"');
  });

  it('trims only where an end may be white space, so the usual sentence is not copied', () => {
    expect(textCode([literal('Au plus '), max, literal(' numéros.')], {}, 'test')).not.toContain('.trim()');
    expect(textCode([literal(' '), name, literal('.')], {}, 'test')).toContain('.trim()');
    expect(textCode([literal('Par '), name], {}, 'test')).toContain('.trim()');
  });
});

describe('the pseudo-locale pack', () => {
  it('pseudo-localizes every literal and keeps every argument', () => {
    const pseudo = packs.get('en-XA')!;
    const english = packs.get('en')!;
    for (const register of registers) {
      for (const key of messageKeys) {
        const text = pseudo.registers[register].icu.get(key)!;
        expect(text.startsWith('['), key).toBe(true);
        expect(text).not.toBe(english.registers[register].icu.get(key));
        const args = (source: string) =>
          [...source.matchAll(/\{(\w+)(?:, number)?\}/g)].map((match) => match[0]);
        expect(args(text)).toEqual(args(english.registers[register].icu.get(key)!));
      }
    }
  });
});

describe('the generator refuses a broken locale', () => {
  it('names the problems instead of building', async () => {
    const copy = copyLocales();
    copy.replace(
      'fr/friendly/sms.send.json',
      'au plus {max, number}\u00a0numéros',
      'au plus {max, number\u00a0numéros',
    );
    await expect(loadPackTexts({ localesDir: copy.localesDir, locale: 'fr' })).rejects.toThrow(
      /locales\/fr has 1 error\(s\)[\s\S]*icu-syntax/,
    );
  });
});
