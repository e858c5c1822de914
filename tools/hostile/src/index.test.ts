import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCallCounter,
  forgedErrorValue,
  HostileError,
  hostileRecord,
  neverThrowsSentences,
  smsPartnerErrorBrand,
  throwingProxy,
  withThrowingGetters,
} from './index.ts';

describe('the hostile generators', () => {
  it('make Proxies and getters that throw HostileError', () => {
    expect(() => (throwingProxy({}) as Record<string, unknown>)['x']).toThrow(HostileError);
    expect(() => Object.keys(throwingProxy({}))).toThrow(HostileError);
    expect(() => (withThrowingGetters(['register']) as { register: unknown }).register).toThrow(HostileError);
  });

  it('give records that throw on some reads, and others that do not', () => {
    let threw = 0;
    let read = 0;
    fc.assert(
      fc.property(hostileRecord(['register', 'locale']), (record) => {
        try {
          void (record as Record<string, unknown>)?.['register'];
          read++;
        } catch (error) {
          expect(error).toBeInstanceOf(HostileError);
          threw++;
        }
      }),
      { numRuns: 300 },
    );
    expect(threw).toBeGreaterThan(20);
    expect(read).toBeGreaterThan(20);
  });

  it('forge the error brand', () => {
    let branded = 0;
    fc.assert(
      fc.property(forgedErrorValue, (value) => {
        try {
          if ((value as Record<symbol, unknown>)?.[smsPartnerErrorBrand] === true) branded++;
        } catch {
          // A Proxy that throws on the brand itself.
        }
      }),
      { numRuns: 200 },
    );
    expect(branded).toBeGreaterThan(50);
  });

  it('count calls', () => {
    const counter = createCallCounter('demo');
    expect(counter.call(() => 2)).toBe(2);
    counter.call(() => 3);
    expect(counter.report()).toBe('demo: 2 calls with hostile values');
  });

  it('find the never-throws sentences of a README, outside code blocks', () => {
    const readme =
      'Intro. `lookup` gives undefined and never throws.\n\n```js\nnever throws in code\n```\nIt does not throw on Proxies. Other text. Neither it nor `x` ever throws.';
    expect(neverThrowsSentences(readme)).toEqual([
      '`lookup` gives undefined and never throws.',
      'It does not throw on Proxies.',
      'Neither it nor `x` ever throws.',
    ]);
  });
});
