import { describe, expect, it } from 'vitest';
import { boundText, checkTargets, type Target, targets } from './targets.ts';

const times = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('checkTargets', () => {
  it('holds the speed targets, each on benchmarks that speed.ts measures', () => {
    expect(targets.map((target) => [target.slower, target.faster, target.atMost ?? target.atLeast])).toEqual([
      ['message-static', 'plain-read', 2],
      ['i18next-static', 'message-static', 10],
      ['imf-number', 'message-number', 2],
      ['message-number', 'number-format', 1.2],
      ['create-translator', 'new-number-format', 1.5],
      ['parse-list', 'json-parse-list', 6],
    ]);
  });

  it('meets "within Nx" up to the bound and "at least Nx" from the bound on', () => {
    const results = checkTargets(
      times({
        'message-static': 10,
        'plain-read': 5,
        'i18next-static': 100,
        'imf-number': 2000,
        'message-number': 1000,
        'number-format': 1000 / 1.2,
        'create-translator': 15_000,
        'new-number-format': 10_000,
        'parse-list': 15_000_000,
        'json-parse-list': 2_500_000,
      }),
    );
    expect(results.map((result) => [result.target.id, result.ratio, result.met])).toEqual([
      ['static-vs-plain', 2, true],
      ['static-vs-i18next', 10, true],
      ['number-vs-intl-messageformat', 2, true],
      ['number-vs-format', 1.2, true],
      ['translator-vs-number-format', 1.5, true],
      ['list-vs-json-parse', 6, true],
    ]);
  });

  it('misses a target whose ratio is out of bounds', () => {
    const results = checkTargets(
      times({
        'message-static': 11,
        'plain-read': 5,
        'i18next-static': 109,
        'imf-number': 1999,
        'message-number': 1000,
        'number-format': 800,
        'create-translator': 15_001,
        'new-number-format': 10_000,
        'parse-list': 15_000_001,
        'json-parse-list': 2_500_000,
      }),
    );
    expect(results.map((result) => result.met)).toEqual([false, false, false, false, false, false]);
  });

  it('misses a target one of whose benchmarks was not measured or is not a positive time', () => {
    const [result] = checkTargets(times({ 'message-static': 10, 'plain-read': 0 }));
    expect(result).toMatchObject({ ratio: undefined, met: false });
    const missing: Target = { id: 'x', claim: 'x', slower: 'nowhere', faster: 'plain-read', atLeast: 1 };
    expect(checkTargets(times({ 'plain-read': 3 }), [missing])[0]).toMatchObject({
      ratio: undefined,
      met: false,
    });
  });

  it('prints the bound of each kind', () => {
    expect(targets.map(boundText)).toEqual(['≤ 2x', '≥ 10x', '≥ 2x', '≤ 1.2x', '≤ 1.5x', '≤ 6x']);
  });
});
