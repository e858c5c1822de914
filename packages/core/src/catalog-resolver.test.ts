import { type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser';
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { entries, messageKeys, sections } from './catalog.ts';
import { createResolver, messageCandidates, messageParams } from './catalog-resolver.ts';
import { fieldKeys } from './field-rules.ts';
import { formatCompiled } from './format-compiled.ts';
import { localeChain } from './locale-chain.ts';
import { lastResortText } from './resolver.ts';
import type { CompiledMessage, LocalePack } from './types.ts';

const compile = (source: string) => parse(source) as unknown as CompiledMessage;

/** A small pack in the shape the locale packages ship, built from ICU sources. */
function packOf(
  locale: string,
  friendly: Record<string, string>,
  official: Record<string, string> = {},
): LocalePack {
  const compileAll = (sources: Record<string, string>) =>
    Object.fromEntries(Object.entries(sources).map(([key, source]) => [key, compile(source)]));
  return { locale, compiled: { friendly: compileAll(friendly), official: compileAll(official) } };
}

const en = packOf(
  'en',
  {
    'sms.send.insufficientCredit': 'Your account has run out of SMS credit.',
    'sms.send.tooManyNumbers': 'Send to at most {max, number} numbers at a time.',
    'sms.send.unknownCode': 'The message could not be sent.',
    unknownCode: 'Something went wrong on our side.',
  },
  { 'sms.send.insufficientCredit': 'Insufficient credit', 'sms.send.unknownCode': 'Unknown code {code}.' },
);
const fr = packOf('fr', {
  'sms.send.insufficientCredit': 'Le crédit SMS du compte est épuisé.',
  'sms.send.tooManyNumbers': 'Envoyez à {max, number} numéros au plus à la fois.',
});

describe('formatCompiled agrees with intl-messageformat', () => {
  const samples = [
    'Plain text with an apostrophe’s shape.',
    'At most {max, number} numbers.',
    'Between {minMinute, number} and {maxMinute, number}, step {step, number}.',
    'Limit: {limit, number} requests per minute',
    'Code {code} is unknown.',
    '{count, plural, =0 {none} one {# item} other {# items}}',
    '{kind, select, sms {an SMS} mail {an e-mail} other {a message}}',
    '{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}',
    'Share: {ratio, number, percent}; whole: {ratio, number, integer}; skeleton: {amount, number, ::currency/EUR}',
    "It''s '{'literal'}' text",
  ];
  const values = {
    max: 2000,
    minMinute: 5,
    maxMinute: 55,
    step: 5,
    limit: 2000,
    code: 'X1',
    count: 1,
    kind: 'mail',
    n: 3,
    ratio: 0.256,
    amount: 1234.5,
  };

  it.each(['en', 'fr', 'de', 'pt-BR'])('on every sample in %s', (locale) => {
    for (const source of samples) {
      const expected = new IntlMessageFormat(source, locale).format(values);
      expect(formatCompiled(compile(source), locale, values), source).toBe(expected);
    }
  });

  it('for any count in plural messages', () => {
    const message = '{count, plural, offset:1 =0 {nobody} =1 {one person} one {# other} other {# others}}';
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom('en', 'fr', 'pl', 'ar'),
        (count, locale) => {
          const expected = new IntlMessageFormat(message, locale).format({ count });
          expect(formatCompiled(compile(message), locale, { count })).toBe(expected);
        },
      ),
    );
  });

  it('leaves missing or unusable arguments out instead of printing undefined or [object Object]', () => {
    const message = compile('A {name} B {max, number} C');
    for (const params of [
      undefined,
      {},
      { name: {}, max: 'abc' },
      { name: [1], max: Number.NaN },
      { name: Symbol('x') },
    ]) {
      const text = formatCompiled(message, 'en', params as Record<string, unknown>);
      expect(text).toBe('A  B  C');
    }
  });
});

describe('localeChain', () => {
  it('tries the wanted locale, its parents, the fallback, then English', () => {
    expect(localeChain('fr-CA')).toEqual(['fr-CA', 'fr', 'en']);
    expect(localeChain('zh-Hant-TW', 'fr')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh', 'fr', 'en']);
    expect(localeChain('FR_ca')).toEqual(['fr-CA', 'fr', 'en']);
  });

  it('ignores what is not a locale tag', () => {
    for (const bad of [undefined, null, '', '!!', 42, {}, 'x'.repeat(100)])
      expect(localeChain(bad)).toEqual(['en']);
  });
});

describe('createResolver', () => {
  const resolver = createResolver({ packs: [en, fr], locale: 'fr-CA' });

  it('finds the exact text in the nearest locale and formats default arguments per locale', () => {
    expect(resolver.explain('sms.send', 11)).toMatchObject({
      text: 'Le crédit SMS du compte est épuisé.',
      locale: 'fr',
      matched: 'exact',
      key: 'sms.send.insufficientCredit',
      register: 'friendly',
    });
    // 500 is the catalog's default for {max}; a caller's finite number overrides it.
    expect(resolver.message('sms.send', ' 50 ')).toBe('Envoyez à 500 numéros au plus à la fois.');
    expect(resolver.message('sms.send', 50, { params: { max: 2000 } })).toBe(
      'Envoyez à 2\u202f000 numéros au plus à la fois.',
    );
    expect(resolver.message('sms.send', 50, { params: { max: 'lots' } })).toBe(
      'Envoyez à 500 numéros au plus à la fois.',
    );
  });

  it('falls back to English, then to the section text, then to the global text', () => {
    expect(resolver.explain('sms.send', 11, { register: 'official' })).toMatchObject({
      text: 'Insufficient credit',
      locale: 'en',
    });
    expect(resolver.explain('sms.send', 9999)).toMatchObject({
      text: 'The message could not be sent.',
      matched: 'section',
      key: 'sms.send.unknownCode',
    });
    expect(resolver.explain('sms.send', '<b>9999</b>', { register: 'official' }).text).toBe(
      'Unknown code b9999b.',
    );
    expect(resolver.explain('sms.status', 2)).toMatchObject({ matched: 'generic', key: 'unknownCode' });
    expect(resolver.explain('no.such.section', 2)).toMatchObject({
      matched: 'generic',
      text: 'Something went wrong on our side.',
    });
  });

  it('says something sensible even with no pack at all', () => {
    const empty = createResolver({ packs: [] });
    expect(empty.explain('sms.send', 11)).toMatchObject({
      text: lastResortText,
      matched: 'generic',
      locale: 'en',
    });
  });

  it('never throws and always returns a non-empty sentence, whatever it is given', () => {
    const anyPacks = fc.oneof(
      fc.constant([en, fr]),
      fc.anything().map((x) => [x] as unknown as LocalePack[]),
    );
    fc.assert(
      fc.property(
        anyPacks,
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (packs, locale, section, code, options) => {
          const result = createResolver({ packs, locale: locale as string }).explain(
            section,
            code,
            options as never,
          );
          expect(typeof result.text).toBe('string');
          expect(result.text.trim()).not.toBe('');
          expect(result.text).not.toMatch(/undefined|\[object Object\]/);
          expect(messageKeys).toContain(result.key);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps no state between resolvers', () => {
    const french = createResolver({ packs: [en, fr], locale: 'fr' });
    const english = createResolver({ packs: [en, fr], locale: 'en' });
    expect(french.message('sms.send', 11)).not.toBe(english.message('sms.send', 11));
    expect(french.message('sms.send', 11)).toBe('Le crédit SMS du compte est épuisé.');
  });

  it('knows a fallback key for every section', () => {
    expect(sections.every((section) => messageKeys.includes(section.fallbackKey))).toBe(true);
    expect(entries.length + sections.length + 1 + fieldKeys.length).toBe(messageKeys.length);
  });
});

// Keep the type import used: the parser's element type and ours must stay compatible.
const _compatible: (element: MessageFormatElement) => CompiledMessage = (element) =>
  [element] as unknown as CompiledMessage;
void _compatible;

describe('messageCandidates and messageParams (for adapters with their own text store)', () => {
  it('list the keys in the order the resolver tries them', () => {
    expect(messageCandidates('sms.send', '11')).toMatchObject({
      entry: { key: 'sms.send.insufficientCredit' },
      attempts: [
        ['sms.send.insufficientCredit', 'exact'],
        ['sms.send.unknownCode', 'section'],
        ['unknownCode', 'generic'],
      ],
    });
    const unknownCode = messageCandidates('sms.send', 9999);
    expect(unknownCode.entry).toBeUndefined();
    expect(unknownCode.attempts).toEqual([
      ['sms.send.unknownCode', 'section'],
      ['unknownCode', 'generic'],
    ]);
    expect(messageCandidates({ not: 'a section' }, 11).attempts).toEqual([['unknownCode', 'generic']]);
  });

  it('give the arguments the resolver formats with', () => {
    const entry = messageCandidates('sms.send', 50).entry;
    expect(messageParams(entry, 50, undefined)).toEqual({ max: 500, code: '50' });
    expect(messageParams(entry, 50, { max: '2000', code: 'forged', extra: { no: 1 } })).toEqual({
      max: 2000,
      code: '50',
    });
    expect(messageParams(undefined, '<b>x</b>', { name: 'Ann' })).toMatchObject({ name: 'Ann' });
  });
});
