import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entries } from './catalog.ts';
import { createResolver } from './catalog-resolver.ts';
import { toCodePack } from './code-pack.ts';
import { createResolver as createResolverWithoutCatalog } from './runtime-entry.ts';
import { messagePackOf } from './test-packs.ts';
import { sectionIds } from './types.ts';

const packs = [messagePackOf('en'), messagePackOf('fr')].map(toCodePack);

/** Codes that look alike to a cache: the same digits as a number and as strings, inherited names, odd numbers. */
const trickyCodes = fc.oneof(
  fc.constantFrom(...entries.slice(0, 60).map((entry) => entry.code)),
  fc.constantFrom(
    11,
    '11',
    ' 11 ',
    50,
    '50',
    9999,
    '9999',
    '<b>9999</b>',
    -0,
    0,
    '0',
    1.5,
    '1.5',
    -1,
    Number.NaN,
  ),
  fc.constantFrom(2 ** 31, 2 ** 31 - 1, 2 ** 53, 1e21, '1e+21', Number.POSITIVE_INFINITY, 11n),
  fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'length', 'DELIVRD', 'delivered'),
);
const sections = fc.constantFrom(...sectionIds, 'no.such.section', '__proto__', 'constructor');
const options = fc.constantFrom(
  undefined,
  { register: 'official' as const },
  { params: { max: 7 } },
  { register: 'loud' },
);

describe('the memos of a resolver', () => {
  it('never change an answer: a long-lived resolver says what a fresh one says, call after call', () => {
    for (const make of [createResolver, createResolverWithoutCatalog]) {
      fc.assert(
        fc.property(
          // A few section-and-code pairs asked again and again, with and without options: what a memo must get right.
          fc.array(fc.tuple(sections, trickyCodes), { minLength: 1, maxLength: 4 }),
          fc.array(fc.tuple(fc.nat(), options), { minLength: 1, maxLength: 40 }),
          fc.constantFrom('fr', 'en', 'fr-CA'),
          fc.constantFrom('official', 'friendly') as fc.Arbitrary<'official' | 'friendly'>,
          (pool, calls, locale, register) => {
            const longLived = make({ packs, locale, register });
            for (const [pick, callOptions] of calls) {
              const [section, code] = pool[pick % pool.length]!;
              const fresh = make({ packs, locale, register });
              const expected = fresh.explain(section, code, callOptions as never).text;
              expect(
                longLived.message(section, code, callOptions as never),
                `${section} ${String(code)}`,
              ).toBe(expected);
              expect(longLived.explain(section, code, callOptions as never).text).toBe(expected);
            }
          },
        ),
        { numRuns: 150 },
      );
    }
  });

  it('keep apart a code sent as a number and the same digits sent as a string with more in it', () => {
    const official = createResolver({ packs, locale: 'en', register: 'official' });
    const asNumber = official.message('sms.send', 9999);
    const asMarkup = official.message('sms.send', '<b>9999</b>');
    expect(asNumber).toContain('9999');
    expect(asMarkup).toContain('b9999b');
    expect(official.message('sms.send', 9999)).toBe(asNumber);
    expect(official.message('sms.send', '<b>9999</b>')).toBe(asMarkup);
  });

  it('answer the same after switching sections back and forth', () => {
    const resolver = createResolver({ packs, locale: 'fr' });
    const send = resolver.message('sms.send', 11);
    const dlr = resolver.message('sms.dlr', 'DELIVRD');
    for (let round = 0; round < 3; round++) {
      expect(resolver.message('sms.send', 11)).toBe(send);
      expect(resolver.message('sms.dlr', 'DELIVRD')).toBe(dlr);
      expect(resolver.message('sms.dlr', ' delivrd ')).toBe(dlr);
    }
    expect(send).not.toBe(dlr);
  });
});
