import type { CodePack } from '@smspartner-i18n/core/runtime';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedLocales, negotiateLocale } from './negotiate-locale.ts';
import { createTranslator } from './translator.ts';

describe('acceptedLocales', () => {
  it('orders the ranges of a header by q-value, keeping the header order among equals', () => {
    expect(acceptedLocales('fr-CA,fr;q=0.9,en;q=0.8')).toEqual(['fr-CA', 'fr', 'en']);
    expect(acceptedLocales('en;q=0.5, de , fr;q=0.7')).toEqual(['de', 'fr', 'en']);
    expect(acceptedLocales(' FR_ca ; Q = 0.4 ,en-gb;q=1.000')).toEqual(['en-GB', 'fr-CA']);
    expect(acceptedLocales(['fr;q=0.2', 'en'])).toEqual(['en', 'fr']);
  });

  it('drops q=0, wildcards, malformed q-values and what is not a locale tag', () => {
    expect(acceptedLocales('fr;q=0, *, en;q=2, de;q=abc, it;q=0.5;level=1, @@, es')).toEqual(['es']);
    expect(acceptedLocales('')).toEqual([]);
    expect(acceptedLocales(undefined)).toEqual([]);
    expect(acceptedLocales(42)).toEqual([]);
  });

  it('gives only canonical locale tags, at most 32, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.string()), fc.anything()), (header) => {
        const tags = acceptedLocales(header);
        expect(tags.length).toBeLessThanOrEqual(32);
        for (const tag of tags) expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('negotiateLocale', () => {
  it('picks the best built-in locale for a browser header', () => {
    expect(negotiateLocale('fr-CA,fr;q=0.9')).toBe('fr');
    expect(negotiateLocale('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLocale('en-GB,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(negotiateLocale('de-DE,de;q=0.9,fr;q=0.5')).toBe('fr');
    expect(negotiateLocale('fr;q=0.1,en;q=0.9')).toBe('en');
  });

  it('chooses among the locales it is given, and returns the default when nothing matches', () => {
    expect(negotiateLocale('pt-BR,pt;q=0.9', ['en', 'fr', 'pt-BR'])).toBe('pt-BR');
    expect(negotiateLocale('de', ['en', 'fr'])).toBe('en');
    expect(negotiateLocale('de', ['fr', 'en'])).toBe('fr');
    expect(negotiateLocale('de', ['en', 'fr'], 'fr')).toBe('fr');
  });

  it('turns garbage into the default', () => {
    for (const header of [undefined, null, '', ',,,', ';q=1', '*', 'x'.repeat(10_000), {}, [], 12])
      expect(negotiateLocale(header)).toBe('en');
    expect(negotiateLocale('fr', 'not a list' as never)).toBe('fr');
    expect(negotiateLocale('fr', [])).toBe('en');
  });

  it('always returns one of the available locales or the default, and never throws', () => {
    const locales = fc.constantFrom(
      'en',
      'fr',
      'fr-CA',
      'de',
      'pt-BR',
      'zh-Hant-TW',
      '*',
      'x-private',
      'i-klingon',
    );
    const range = fc
      .tuple(locales, fc.option(fc.double({ min: -1, max: 2, noNaN: true })))
      .map(([tag, q]) => (q === null ? tag : `${tag};q=${q.toFixed(3)}`));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(range).map((parts) => parts.join(',')),
          fc.string(),
          fc.anything(),
        ),
        fc.oneof(fc.constant(['en', 'fr']), fc.array(fc.oneof(locales, fc.string())), fc.anything()),
        (header, available) => {
          const result = negotiateLocale(header, available as string[]);
          expect(typeof result).toBe('string');
          expect(result).not.toBe('');
          const allowed = (Array.isArray(available) ? available : ['en', 'fr']).flatMap((tag) => {
            try {
              return typeof tag === 'string' ? Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-')) : [];
            } catch {
              return [];
            }
          });
          expect([...allowed, 'en']).toContain(result);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('negotiateLocale over the packs an app has', () => {
  /** A language the built-in packs do not have, as its locale package exports it. */
  const spanish: CodePack = {
    locale: 'es',
    codes: { friendly: { sections: { 'sms.send': { codes: { 11: 'No hay crédito suficiente.' } } } } },
  };

  it('takes the packs given to createTranslator (a pack, its module, a list): no second list', () => {
    expect(negotiateLocale('es-ES,es;q=0.9')).toBe('en');
    expect(negotiateLocale('es-ES,es;q=0.9', [spanish])).toBe('es');
    expect(negotiateLocale('es-ES,es;q=0.9', spanish)).toBe('es');
    expect(negotiateLocale('es-ES,es;q=0.9', { pack: spanish })).toBe('es');
    // The built-in locales stay, as in the translator.
    expect(negotiateLocale('fr-CA,fr;q=0.9', [spanish])).toBe('fr');
    expect(negotiateLocale('de', [spanish])).toBe('es');
  });

  it('takes a translator, reading its availableLocales, so the answer is a locale it has', () => {
    const translator = createTranslator({ locales: [spanish] });
    expect(translator.availableLocales).toEqual(['es', 'en', 'fr']);
    const locale = negotiateLocale('es-MX,es;q=0.8,en;q=0.5', translator);
    expect(locale).toBe('es');
    const answer = createTranslator({ locale, locales: [spanish] }).explain('sms.send', 11);
    expect(answer).toMatchObject({ text: 'No hay crédito suficiente.', locale: 'es', matched: 'exact' });
  });

  it('a value holding no pack and no tag means the built-in locales; never throws', () => {
    expect(negotiateLocale('fr', 42 as never)).toBe('fr');
    expect(negotiateLocale('es', [] as string[])).toBe('en');
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(negotiateLocale('fr', hostile as never)).toBe('fr');
    fc.assert(
      fc.property(fc.anything(), (available) => {
        expect(typeof negotiateLocale('es,fr;q=0.5', available as never)).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});

describe('negotiateLocale and the list rules of RFC 9110', () => {
  it('ignores empty list elements, and does not count them toward the cap', () => {
    expect(negotiateLocale(`${','.repeat(33)}fr`)).toBe('fr');
    expect(negotiateLocale(` , ,\t,fr;q=0.9, ,`)).toBe('fr');
    expect(acceptedLocales(`${', '.repeat(500)}de,fr`)).toEqual(['de', 'fr']);
    // Non-empty elements count, valid or not: 32 of them, then the rest is not read.
    expect(acceptedLocales(`${'x1,'.repeat(32)}fr`)).toEqual([]);
  });

  it('reads several header lines as one list', () => {
    expect(negotiateLocale(['', 'de;q=0.5', 'fr;q=0.8'])).toBe('fr');
  });

  it('never throws for a Proxy list of locales or header lines', () => {
    const proxy = new Proxy(['fr'], {
      get(_target, key) {
        if (key === 'length') return 1;
        throw new Error('trap');
      },
    });
    // A list that cannot be read counts as no list: the built-in locales.
    expect(negotiateLocale('fr', proxy as never)).toBe('fr');
    expect(negotiateLocale(proxy, ['en', 'fr'])).toBe('en');
    expect(acceptedLocales(proxy)).toEqual([]);
  });
});
