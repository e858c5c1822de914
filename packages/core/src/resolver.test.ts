import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCodePack } from './code-pack.ts';
import { trimmedMark } from './pack-forms.ts';
import { createExplainer, createResolver, lastResortText } from './runtime-entry.ts';
import { messagePackOf } from './test-packs.ts';
import type { CodePack, LocalePack, TextArgs } from './types.ts';

const frenchFriendly = toCodePack(messagePackOf('fr'));

/** Texts of every shape a pack may hold, the odd ones included (uncompiled ASTs count as missing). */
const textInputs = fc.oneof(
  fc.constantFrom(
    (a: TextArgs) => `Au plus ${a.n('max', 500)} numéros`,
    (a: TextArgs) => `Code ${a.c()} ${a.s('name')}`,
    (a: TextArgs) => a.s('name'),
    () => {
      throw new Error('broken text');
    },
    () => 5,
    () => '',
  ),
  fc.constantFrom('Texte', '  Entouré  ', '', '   ', 'Code {code}'),
  fc.constantFrom(
    [{ type: 0, value: 'Un seul littéral' }],
    [{ type: 0, value: '   ' }],
    [{ type: 0, value: 5 }],
    [],
    [
      { type: 0, value: 'Au plus ' },
      { type: 2, value: 'max', style: null },
      { type: 0, value: ' numéros' },
    ],
    [{ type: 1, value: 'name' }],
    [{ type: 2, value: 'max', style: null }],
    [
      { type: 0, value: ' ' },
      { type: 1, value: 'code' },
      { type: 0, value: ' ' },
    ],
    [{ type: 2, value: 'code', style: null }],
    [{ type: 2, value: 'max', style: 'percent' }],
    [{ type: 6, value: 'n', options: {} }],
    [null],
    [{ type: 0, value: 'a' }, { type: 1 }],
  ),
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
);

const sectionTextsInputs = fc.record(
  {
    codes: fc.dictionary(fc.constantFrom('11', '12', 'DELIVRD', 'not delivered', '__proto__'), textInputs),
    unknownCode: textInputs,
    params: fc.dictionary(
      fc.constantFrom('11', '12'),
      fc.dictionary(
        fc.constantFrom('max', 'name', 'code'),
        fc.oneof(fc.integer(), fc.string(), fc.anything({ maxDepth: 2, maxKeys: 3 })),
      ),
    ),
    aliases: fc.dictionary(
      fc.constantFrom('SEVEN', 'X', '11'),
      fc.oneof(fc.constantFrom(11, '12', 'DELIVRD'), fc.anything({ maxDepth: 2, maxKeys: 3 })),
    ),
  },
  { requiredKeys: [] },
);

const codeTextsInputs = fc.record(
  {
    sections: fc.dictionary(
      fc.constantFrom('sms.send', 'sms.dlr', 'sms.deliveryStatus', 'hlr.error', 'future'),
      sectionTextsInputs,
    ),
    unknownCode: textInputs,
  },
  { requiredKeys: [] },
);

const packInputs = fc.array(
  fc.oneof(
    fc.record({
      locale: fc.constantFrom('fr', 'fr-CA', 'en', 'FR_ca', 'de', 'x!'),
      codes: fc.record({ friendly: codeTextsInputs, official: codeTextsInputs }, { requiredKeys: [] }),
    }),
    fc.anything({ maxDepth: 2, maxKeys: 3 }),
  ),
  { maxLength: 4 },
);

const codeInputs = fc.oneof(
  fc.constantFrom(11, 12, '11', ' 12 ', 'delivrd', 'Not_Delivered', 'seven', 'x', '__proto__', 7),
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
);
const sectionInputs = fc.oneof(
  fc.constantFrom('sms.send', 'sms.dlr', 'sms.deliveryStatus', 'hlr.error', 'future', 'none', '__proto__'),
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
);
const optionInputs = fc.oneof(
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
  fc.record(
    {
      register: fc.constantFrom('official', 'friendly', 'loud'),
      params: fc.dictionary(
        fc.constantFrom('max', 'name', 'code', '__proto__'),
        fc.oneof(
          fc.integer(),
          fc.double(),
          fc.string({ maxLength: 6 }),
          fc.bigInt(),
          fc.anything({ maxDepth: 2, maxKeys: 3 }),
        ),
      ),
    },
    { requiredKeys: [] },
  ),
);

describe('createExplainer (the one resolution; createResolver adds the memo)', () => {
  it('gives the answers of the memoised resolver for packs of any shape, twice in a row', () => {
    fc.assert(
      fc.property(
        packInputs,
        fc.constantFrom('fr-CA', 'fr', 'en', 'de', undefined),
        fc.constantFrom('official', 'friendly', undefined),
        fc.array(fc.tuple(sectionInputs, codeInputs, optionInputs), { minLength: 1, maxLength: 6 }),
        (packs, locale, register, calls) => {
          const options = { packs: packs as LocalePack[], locale, register } as never;
          const explainer = createExplainer(options);
          const resolver = createResolver(options);
          expect(explainer.localeChain).toEqual(resolver.localeChain);
          // The resolver memoises: asking each question twice checks its kept answers too.
          for (const [section, code, callOptions] of [...calls, ...calls]) {
            const answer = explainer.explain(section, code, callOptions as never);
            expect(answer).toEqual(resolver.explain(section, code, callOptions as never));
            expect(answer.text.trim()).not.toBe('');
            expect(answer.text).not.toMatch(/undefined|\[object Object\]|NaN/);
          }
        },
      ),
      { numRuns: 600 },
    );
  }, 30_000);

  it('takes a blank rendered sentence for none (the next kind of text answers), and trims what an argument brings', () => {
    const byName = (a: TextArgs) => a.s('name');
    const blank = { locale: 'fr', codes: { friendly: { unknownCode: byName } } } as never as LocalePack;
    const inSection = {
      locale: 'fr',
      codes: { friendly: { sections: { 'sms.send': { codes: {}, unknownCode: byName } } } },
    } as never as LocalePack;
    const english: LocalePack = {
      locale: 'en',
      codes: { friendly: { sections: {}, unknownCode: 'Try again later.' } },
    };
    const ask = (packs: LocalePack[], name: string) =>
      [createExplainer, createResolver].map((make) =>
        make({ packs, locale: 'fr' }).explain('sms.send', 11, { params: { name } }),
      );
    const answer = (text: string, locale: string, matched: string) => ({
      text,
      locale,
      register: 'friendly',
      matched,
    });
    for (const given of ask([blank], ' ')) expect(given).toEqual(answer(lastResortText, 'en', 'generic'));
    for (const given of ask([inSection, english], '\t\n'))
      expect(given).toEqual(answer('Try again later.', 'en', 'generic'));
    for (const given of ask([inSection, english], ' Réessayez. '))
      expect(given).toEqual(answer('Réessayez.', 'fr', 'section'));
  });

  it("shows a trimmed pack's sentences as its functions return them; a copy of it, or a pack that only says so, is trimmed", () => {
    // What the generator's functions never do (theirs come out trimmed), so that the mark shows.
    const padded = () => ' Réessayez. ';
    const texts = { friendly: { sections: { 'sms.send': { codes: { 11: padded } } } } };
    const marked = (pack: object, how: PropertyDescriptor = { value: true }) =>
      Object.defineProperty(pack, trimmedMark, how);
    const generated = Object.freeze(marked({ locale: 'fr', codes: texts }));
    const cases: [pack: object, text: string][] = [
      [generated, ' Réessayez. '],
      [{ ...generated }, 'Réessayez.'],
      [{ locale: 'fr', codes: texts, [trimmedMark]: true }, 'Réessayez.'],
      [Object.freeze({ locale: 'fr', codes: texts, [trimmedMark]: true }), 'Réessayez.'],
      [marked({ locale: 'fr', codes: texts }, { get: () => true }), 'Réessayez.'],
      // A static text is trimmed even in a trimmed pack: trimming it copies nothing.
      [
        marked({
          locale: 'fr',
          codes: { friendly: { sections: { 'sms.send': { codes: { 11: ' Réessayez. ' } } } } },
        }),
        'Réessayez.',
      ],
      [marked({ locale: 'fr', codes: texts }, { value: 'yes' }), 'Réessayez.'],
    ];
    for (const [pack, text] of cases)
      for (const make of [createExplainer, createResolver])
        expect(make({ packs: [pack as LocalePack], locale: 'fr' }).explain('sms.send', 11).text).toBe(text);
    // A trimmed pack's function that returns no string, or throws, still says nothing.
    const broken = {
      11: () => 5,
      12: () => {
        throw new Error('broken');
      },
    };
    const brokenPack = Object.freeze(
      marked({ locale: 'fr', codes: { friendly: { sections: { 'sms.send': { codes: broken } } } } }),
    );
    for (const code of [11, 12])
      expect(
        createResolver({ packs: [brokenPack as LocalePack], locale: 'fr' }).explain('sms.send', code),
      ).toEqual({
        text: lastResortText,
        locale: 'en',
        register: 'friendly',
        matched: 'generic',
      });
  });

  it('falls back code → section → global → last resort, trying each locale of the chain', () => {
    const canadian: LocalePack = {
      locale: 'fr-CA',
      codes: { friendly: { sections: { 'sms.send': { codes: { 11: 'Crédit épuisé (CA)' } } } } },
    };
    const explainer = createExplainer({ packs: [frenchFriendly, canadian], locale: 'fr-CA' });
    expect(explainer.localeChain).toEqual(['fr-CA', 'fr', 'en']);
    expect(explainer.explain('sms.send', '11')).toEqual({
      text: 'Crédit épuisé (CA)',
      locale: 'fr-CA',
      register: 'friendly',
      matched: 'exact',
    });
    expect(explainer.explain('sms.send', 13)).toMatchObject({ locale: 'fr', matched: 'exact' });
    expect(explainer.explain('sms.send', 99_999)).toMatchObject({ locale: 'fr', matched: 'section' });
    expect(explainer.explain('no.such.section', 1)).toMatchObject({ locale: 'fr', matched: 'generic' });
    expect(createExplainer({ packs: [], locale: 'fr' }).explain('sms.send', 11)).toEqual({
      text: lastResortText,
      locale: 'en',
      register: 'friendly',
      matched: 'generic',
    });
  });

  it('formats the arguments in the locale of the text, with the defaults of the pack', () => {
    const explainer = createExplainer({ packs: [frenchFriendly], locale: 'fr' });
    expect(explainer.explain('sms.send', 50).text).toContain('500');
    expect(explainer.explain('sms.send', 50, { params: { max: 12_500 } }).text).toContain('12\u202f500');
    expect(explainer.explain('sms.send', 50, { params: { max: 'beaucoup' } }).text).toContain('500');
  });

  it("reads the caller's own arguments only, whatever the object; a plain object's inherited members are not arguments", () => {
    const explainer = createExplainer({ packs: [frenchFriendly], locale: 'fr' });
    class Limits {
      own = 9;
      get max() {
        return 7;
      }
    }
    const withOwn = Object.defineProperty(new Limits(), 'max', { value: 6, enumerable: true });
    expect(explainer.explain('sms.send', 50, { params: new Limits() as never }).text).toContain('plus 500');
    expect(explainer.explain('sms.send', 50, { params: withOwn as never }).text).toContain('plus 6');
    expect(explainer.explain('sms.send', 50, { params: Object.create({ max: 8 }) }).text).toContain(
      'plus 500',
    );
    expect(
      explainer.explain('sms.send', 50, { params: Object.assign(Object.create(null), { max: 4 }) }).text,
    ).toContain('plus 4');
    const numberOf = (a: TextArgs) => `Au plus ${a.n('constructor', 3)} / ${a.s('toString')}|`;
    expect(
      createExplainer({
        packs: [
          { locale: 'fr', codes: { friendly: { sections: { 'sms.send': { codes: { '50': numberOf } } } } } },
        ],
        locale: 'fr',
      }).explain('sms.send', 50, { params: {} }).text,
    ).toBe('Au plus 3 / |');
  });

  it('lets a text ask the same explainer again: each call reads its own arguments, code and number format', () => {
    let explainer = createExplainer({ packs: [], locale: 'fr' });
    const nested = (a: TextArgs) =>
      `${a.n('max')} ${a.c()} [${explainer.explain('sms.send', 50, { params: { max: 2000 } }).text}] ${a.n('max')} ${a.c()}`;
    const packs: CodePack[] = [
      {
        locale: 'fr',
        codes: {
          friendly: { sections: { 'sms.send': { codes: { '50': (a: TextArgs) => `fr ${a.n('max')}` } } } },
        },
      },
      { locale: 'en', codes: { friendly: { sections: { 'sms.send': { codes: { '42': nested } } } } } },
    ];
    explainer = createExplainer({ packs, locale: 'fr' });
    expect(explainer.explain('sms.send', 42, { params: { max: 1000 } })).toEqual({
      text: '1,000 42 [fr 2\u202f000] 1,000 42',
      locale: 'en',
      register: 'friendly',
      matched: 'exact',
    });
  });
});
