import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createResolver as createResolverWithCatalog } from './catalog-resolver.ts';
import { toCodePack } from './code-pack.ts';
import { eachPack, packsOf } from './pack-forms.ts';
import { createExplainer, lastResortText } from './resolver.ts';
import { createResolver } from './runtime-entry.ts';
import { messagePackOf } from './test-packs.ts';
import type { CodePack } from './types.ts';

const french = toCodePack(messagePackOf('fr'));
const english = toCodePack(messagePackOf('en'));

/**
 * A Proxy whose every trap throws: reading anything of it fails. (Symbol keys answer, so that
 * fast-check, which looks for its clone symbol on generated values, can carry it.)
 */
const hostile = (): object =>
  new Proxy(
    {},
    {
      get(_, key) {
        if (typeof key === 'symbol') return undefined;
        throw new Error('get');
      },
      has(_, key) {
        if (typeof key === 'symbol') return false;
        throw new Error('has');
      },
      ownKeys() {
        throw new Error('ownKeys');
      },
      getOwnPropertyDescriptor() {
        throw new Error('descriptor');
      },
      getPrototypeOf() {
        throw new Error('prototype');
      },
    },
  );

/** An object whose named property throws when read. */
const throwingGetter = (name: string): object =>
  Object.defineProperty({}, name, {
    enumerable: true,
    get() {
      throw new Error(name);
    },
  });

/** Values of every odd kind the standards name: Proxies, throwing getters, frozen and null-prototype objects, bigints, symbols. */
const odd = fc.oneof(
  fc.constantFrom(
    hostile(),
    throwingGetter('max'),
    throwingGetter('register'),
    throwingGetter('params'),
    throwingGetter('packs'),
    throwingGetter('locale'),
    Object.freeze({ max: 7 }),
    Object.assign(Object.create(null), { max: 7, register: 'official' }),
    Symbol('code'),
    10n ** 400n,
    -(10n ** 400n),
    11n,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    [hostile()],
    { pack: hostile() },
    { default: hostile() },
  ),
  fc.anything({ maxDepth: 2, maxKeys: 3, withBigInt: true, withNullPrototype: true }),
);

const packSources = fc.oneof(
  fc.constant([french, english]),
  odd,
  fc.array(fc.oneof(odd, fc.constant(french)), { maxLength: 3 }),
);

describe('the resolution never throws', () => {
  it('for options, packs, sections, codes and arguments of any kind', () => {
    fc.assert(
      fc.property(packSources, odd, odd, odd, odd, (packs, options, section, code, params) => {
        for (const make of [createExplainer, createResolver, createResolverWithCatalog]) {
          const resolver = make(
            options === null || typeof options !== 'object' ? { packs: packs as never } : (options as never),
          );
          for (const call of [undefined, { params }, params, { register: params, params }]) {
            const answer = resolver.explain(section, code, call as never);
            expect(typeof answer.text).toBe('string');
            expect(answer.text.trim()).not.toBe('');
            expect(answer.text).not.toMatch(/undefined|\[object Object\]|NaN|Infinity|∞/);
          }
          const { message } = resolver as { message?: (...args: unknown[]) => unknown };
          if (message !== undefined) expect(typeof message(section, code, params)).toBe('string');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('drops arguments that throw when read for the text’s defaults', () => {
    const resolver = createResolver({ packs: [french], locale: 'fr' });
    const byDefault = resolver.message('sms.send', 50);
    expect(byDefault).toMatch(/\s500\s/);
    for (const params of [hostile(), throwingGetter('max'), { max: 10n ** 400n }, { max: Symbol('max') }])
      expect(resolver.message('sms.send', 50, { params: params as never })).toBe(byDefault);
    expect(resolver.message('sms.send', 50, hostile() as never)).toBe(byDefault);
  });

  it('formats finite numbers in the text’s locale, -0 as 0, and keeps the default beyond the range of doubles', () => {
    const resolver = createResolver({ packs: [french, english], locale: 'fr' });
    expect(resolver.message('sms.send', 50, { params: { max: -0 } })).toMatch(/\s0\s/);
    expect(resolver.message('sms.send', 50, { params: { max: 12n } })).toMatch(/\s12\s/);
    expect(resolver.message('sms.send', 50, { params: { max: 2n ** 1100n } })).toMatch(/\s500\s/);
    expect(resolver.message('sms.send', 50, { params: { max: 1234.5 } })).toMatch(/\s1\u202f234,5\s/);
  });

  it('falls back to the last-resort sentence when every pack throws', () => {
    expect(createExplainer({ packs: [hostile() as CodePack] }).explain('sms.send', 11)).toEqual({
      text: lastResortText,
      locale: 'en',
      register: 'friendly',
      matched: 'generic',
    });
  });

  it('gives a sentence from a pack that passes the pack check, then throws on every later read', () => {
    const sentences = [french, english].map(
      (pack) => createExplainer({ packs: [pack], locale: pack.locale }).explain('sms.send', 11).text,
    );
    /** The same French pack, until its first `reads` reads are spent. */
    const flipping = (reads: number): CodePack => {
      let left = reads;
      return new Proxy(french, {
        get(target, key, receiver) {
          if (typeof key !== 'symbol' && left-- <= 0) throw new Error('get');
          return Reflect.get(target, key, receiver);
        },
        getOwnPropertyDescriptor(target, key) {
          if (left-- <= 0) throw new Error('getOwnPropertyDescriptor');
          return Reflect.getOwnPropertyDescriptor(target, key);
        },
      });
    };
    for (const make of [createExplainer, createResolver, createResolverWithCatalog])
      for (const reads of [1, 2, 3, 4, 6, 8, 12, 1000]) {
        const answer = make({ packs: [flipping(reads), english], locale: 'fr' }).explain('sms.send', 11);
        expect(sentences).toContain(answer.text);
        expect(answer.locale).toBe(answer.text === sentences[0] ? 'fr' : 'en');
      }
  });
});

describe('pack forms', () => {
  const module = { locale: 'fr', pack: french };
  it('accepts a pack, the module that exports it, a CommonJS default wrapper, or lists of them', () => {
    for (const packs of [
      [french],
      french,
      module,
      [module],
      { default: module },
      [[{ default: [module] }]],
    ]) {
      expect(packsOf(packs)).toEqual([french]);
      expect(createExplainer({ packs: packs as never, locale: 'fr' }).explain('sms.send', 11)).toMatchObject({
        locale: 'fr',
        matched: 'exact',
      });
    }
  });

  it('looks at a bounded number of values, however long or deep the lists it is given', () => {
    let reads = 0;
    const long: unknown[] = new Proxy([], {
      get(_target, key) {
        if (key === 'length') return 1_000_000;
        reads++;
        return {};
      },
    });
    expect(packsOf([french, long, [[long]]])).toEqual([french]);
    expect(reads).toBeLessThanOrEqual(256);
    // A pack after more values than any app passes is not reached; one before them is.
    const filler = Array.from({ length: 300 }, () => ({}));
    expect(packsOf([...filler, french])).toEqual([]);
    expect(packsOf([french, ...filler])).toEqual([french]);
  });

  it('reads a whole-locale module for its pack, not for its compiled messages', () => {
    const whole = { locale: 'fr', compiled: messagePackOf('fr').compiled, pack: french };
    expect(packsOf([whole])).toEqual([french]);
  });

  it('tells each pack where it was found, and drops only the entry whose reading throws', () => {
    const module = { pack: english, resources: {} };
    const found: [CodePack, object][] = [];
    eachPack([french, { default: module }], (pack, holder) => found.push([pack as CodePack, holder]));
    expect(found).toEqual([
      [french, french],
      [english, module],
    ]);
    const kept: unknown[] = [];
    eachPack([module, french], (pack) => {
      if (pack === english) throw new Error('found');
      kept.push(pack);
    });
    expect(kept).toEqual([french]);
  });
});
