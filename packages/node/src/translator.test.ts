import { parse } from '@formatjs/icu-messageformat-parser';
import { entries, type LocalePack, messageKeys } from '@smspartner-i18n/core';
import type { CompiledMessage } from '@smspartner-i18n/core/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInPacks } from './built-in-packs.ts';
import { readLocaleText } from './test-helpers.ts';
import { createTranslator } from './translator.ts';

const compile = (source: string) => parse(source) as unknown as CompiledMessage;

describe('createTranslator', () => {
  it('gives the French friendly and official texts of a code, with their locale, key and entry', () => {
    const translator = createTranslator({ locale: 'fr' });
    expect(translator.explain('sms.send', 11)).toEqual({
      text: readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit'),
      locale: 'fr',
      register: 'friendly',
      matched: 'exact',
      key: 'sms.send.insufficientCredit',
      entry: expect.objectContaining({ section: 'sms.send', code: 11, category: 'credit' }),
    });
    expect(translator.message('sms.send', 11, { register: 'official' })).toBe('Crédit insuffisant');
    expect(createTranslator({ locale: 'fr', register: 'official' }).message('sms.send', '11')).toBe(
      'Crédit insuffisant',
    );
  });

  it('walks fr-CA → fr, and an unknown or malformed locale to the fallback', () => {
    expect(createTranslator({ locale: 'fr-CA' })).toMatchObject({
      locale: 'fr-CA',
      localeChain: ['fr-CA', 'fr', 'en'],
    });
    expect(createTranslator({ locale: 'fr-CA' }).explain('sms.send', 11).locale).toBe('fr');
    expect(createTranslator({ locale: 'de-DE' }).explain('sms.send', 11)).toMatchObject({
      locale: 'en',
      text: readLocaleText('en', 'friendly', 'sms.send.insufficientCredit'),
    });
    expect(createTranslator({ locale: 'de', fallbackLocale: 'fr' }).explain('sms.send', 11).locale).toBe(
      'fr',
    );
    expect(createTranslator({ locale: '!!not a locale' })).toMatchObject({ locale: 'en' });
  });

  it('falls back from an unknown code to the section text, and from an unknown section to the global text', () => {
    const translator = createTranslator({ locale: 'fr' });
    expect(translator.explain('sms.send', 9999)).toMatchObject({
      matched: 'section',
      key: 'sms.send.unknownCode',
      text: readLocaleText('fr', 'friendly', 'sms.send.unknownCode'),
    });
    expect(translator.explain('sms.send', 9999).entry).toBeUndefined();
    expect(translator.explain('no.such.section', 11)).toMatchObject({
      matched: 'generic',
      key: 'unknownCode',
      text: readLocaleText('fr', 'friendly', 'unknownCode'),
    });
    // The code is shown sanitised: markup cannot reach the sentence.
    expect(translator.message('sms.send', '<script>', { register: 'official' })).toBe(
      readLocaleText('fr', 'official', 'sms.send.unknownCode').replace('{code}', 'script'),
    );
  });

  it('formats the catalog limits in the locale, and takes the caller’s numbers over them', () => {
    const french = createTranslator({ locale: 'fr' });
    expect(french.message('sms.send', 50)).toContain('500');
    expect(french.message('sms.send', 50, { params: { max: 2000 } })).toContain('2\u202f000');
    expect(createTranslator().message('sms.send', 50, { params: { max: 2000 } })).toContain('2,000');
  });

  it('adds packs from `locales`, which win over the built-in ones of the same locale', () => {
    const german: LocalePack = {
      locale: 'de',
      compiled: {
        friendly: { 'sms.send.insufficientCredit': compile('Das SMS-Guthaben reicht nicht aus.') },
      },
    };
    const frenchOverride: LocalePack = {
      locale: 'fr',
      compiled: { friendly: { 'sms.send.insufficientCredit': compile('Plus de crédit.') } },
    };
    const translator = createTranslator({ locale: 'de-AT', locales: [german, frenchOverride] });
    expect(translator.availableLocales).toEqual(['de', 'fr', 'en']);
    expect(translator.explain('sms.send', 11)).toMatchObject({
      text: 'Das SMS-Guthaben reicht nicht aus.',
      locale: 'de',
    });
    expect(translator.explain('sms.send', 10).locale).toBe('en');
    expect(createTranslator({ locale: 'fr', locales: [frenchOverride] }).message('sms.send', 11)).toBe(
      'Plus de crédit.',
    );
  });

  it('starts from packs already in the form the resolver reads, so a translator per request converts nothing', () => {
    // Speed itself is measured by `pnpm bench`, not here: this pins the design that keeps it cheap.
    for (const pack of builtInPacks) expect(pack).toHaveProperty('codes');
    const first = createTranslator({ locale: 'fr-CA' });
    const second = createTranslator({ locale: 'fr-CA' });
    expect(first.message('sms.send', 11)).toBe(second.message('sms.send', 11));
  });

  it('holds no state shared between translators', () => {
    const french = createTranslator({ locale: 'fr' });
    const english = createTranslator({ locale: 'en', register: 'official' });
    expect(french.message('sms.send', 11)).toBe(
      readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit'),
    );
    expect(english.message('sms.send', 11)).toBe('Insufficient credit');
    expect(french.message('sms.send', 11)).toBe(
      readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit'),
    );
  });

  it('has its own text for every catalog entry in both registers of both languages', () => {
    for (const locale of ['en', 'fr'])
      for (const register of ['official', 'friendly'] as const) {
        const translator = createTranslator({ locale, register });
        for (const entry of entries) {
          const explanation = translator.explain(entry.section, entry.code);
          expect(explanation, `${locale} ${register} ${entry.key}`).toMatchObject({
            matched: 'exact',
            locale,
            key: entry.key,
          });
        }
      }
  });

  it('never throws and always gives a non-empty sentence, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (options, section, code, call) => {
          const translator = createTranslator(options as never);
          for (const text of [
            translator.message(section, code, call as never),
            translator.explain(section, code, call as never).text,
          ]) {
            expect(typeof text).toBe('string');
            expect(text.trim()).not.toBe('');
            expect(text).not.toMatch(/undefined|\[object Object\]/);
          }
          expect(messageKeys).toContain(translator.explain(section, code).key);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('createTranslator with hostile values', () => {
  const trap = () => {
    throw new Error('trap');
  };
  const proxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap });

  it('reads each option once and leaves out the ones that throw', () => {
    const options = {
      locale: 'fr',
      get register(): string {
        throw new Error('getter');
      },
      locales: [
        proxy,
        {
          locale: 'de',
          get codes() {
            throw new Error('getter');
          },
        },
      ],
    };
    const translator = createTranslator(options as never);
    expect(translator.locale).toBe('fr');
    expect(translator.register).toBe('friendly');
    expect(translator.message('sms.send', 11)).toBe(
      readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit'),
    );
    expect(createTranslator(proxy as never).message('sms.send', 11)).toBe(
      readLocaleText('en', 'friendly', 'sms.send.insufficientCredit'),
    );
  });

  it('answers without the call options when they throw, in its own locale and register', () => {
    const translator = createTranslator({ locale: 'fr', register: 'official' });
    const callOptions = {
      get register(): string {
        throw new Error('getter');
      },
      params: proxy,
    };
    expect(translator.message('sms.send', 11, callOptions as never)).toBe(
      readLocaleText('fr', 'official', 'sms.send.insufficientCredit'),
    );
    expect(translator.explain('sms.send', 11, proxy as never)).toMatchObject({
      locale: 'fr',
      register: 'official',
      key: 'sms.send.insufficientCredit',
    });
  });
});

describe('the pack forms createTranslator and SmsPartnerError#localize take', () => {
  // A module as `import * as` or `await import()` gives it: a locale and a pack of texts compiled to code.
  const portuguese = {
    locale: 'pt-BR',
    pack: {
      locale: 'pt-BR',
      codes: {
        friendly: {
          sections: { 'sms.send': { codes: { 11: 'Crédito insuficiente.' }, unknownCode: 'Erro no envio.' } },
        },
      },
    },
  };

  it('takes a module, its pack, a CommonJS default wrapper or lists of them', () => {
    for (const locales of [
      [portuguese],
      [portuguese.pack],
      [{ default: portuguese }],
      [[portuguese]],
      portuguese,
    ]) {
      const translator = createTranslator({ locale: 'pt-BR', locales: locales as never });
      expect(translator.explain('sms.send', 11)).toMatchObject({
        text: 'Crédito insuficiente.',
        locale: 'pt-BR',
        matched: 'exact',
        key: 'sms.send.insufficientCredit',
      });
      expect(translator.availableLocales).toEqual(['pt-BR', 'en', 'fr']);
    }
  });

  it('localizes an SmsPartnerError with a module given as is', async () => {
    const { SmsPartnerError } = await import('./smspartner-error.ts');
    const error = new SmsPartnerError({ section: 'sms.send', code: 11 });
    expect(error.localize('pt-BR', { locales: [portuguese] })).toBe('Crédito insuficiente.');
  });
});
