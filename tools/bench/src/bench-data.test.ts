import { lookup } from '@smspartner-i18n/core';
import { describe, expect, it } from 'vitest';
import { cycle, cycleLength, numberCase, numberValues, staticCases } from './bench-data.ts';

describe('the benchmark data', () => {
  it('covers the codes of sms.send whose French friendly text has no argument', () => {
    expect(staticCases.length).toBeGreaterThan(15);
    for (const item of staticCases) {
      expect(lookup('sms.send', item.code)?.key).toBe(item.key);
      expect(item.text).not.toMatch(/[{}]/);
    }
  });

  it('gives the number benchmark a text with a {max, number} argument and different values on every call', () => {
    expect(numberCase.message.some((element) => element.type === 2 && element.value === 'max')).toBe(true);
    expect(new Set(numberValues).size).toBe(cycleLength);
    expect(numberValues.every((value) => Number.isInteger(value) && value >= 100)).toBe(true);
  });

  it('cycles inputs to a power of two, so that the index is a mask', () => {
    expect(Math.log2(cycleLength) % 1).toBe(0);
    expect(cycle([1, 2, 3]).slice(0, 5)).toEqual([1, 2, 3, 1, 2]);
    expect(() => cycle([])).toThrow(/nothing to cycle/);
  });
});
