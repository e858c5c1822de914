import { entries, lookup } from '@smspartner-i18n/core';
import { describe, expect, it } from 'vitest';
import { isExactCodeMatch, matchesQuery, normalize, queryWords } from './search.ts';

const insufficientCredit = lookup('sms.send', 11)!;

describe('search', () => {
  it('ignores case, accents, apostrophe shapes and French spaces', () => {
    expect(normalize('  Crédit\u202f:  ÉPUISÉ l’envoi ')).toBe("credit : epuise l'envoi");
    expect(queryWords('  ')).toEqual([]);
    expect(queryWords('Crédit insuffisant')).toEqual(['credit', 'insuffisant']);
  });

  it('finds an entry by code, name, key or text, every word having to match', () => {
    const texts = ['Crédit insuffisant', 'Le crédit SMS du compte est insuffisant.'];
    expect(matchesQuery(queryWords('11'), insufficientCredit, texts)).toBe(true);
    expect(matchesQuery(queryWords('insufficientcredit'), insufficientCredit, texts)).toBe(true);
    expect(matchesQuery(queryWords('credit COMPTE'), insufficientCredit, texts)).toBe(true);
    expect(matchesQuery(queryWords('credit delivrd'), insufficientCredit, texts)).toBe(false);
    const delivered = lookup('sms.dlr', 'DELIVRD')!;
    expect(matchesQuery(queryWords('delivrd'), delivered, [])).toBe(true);
    expect(
      entries.filter((entry) => matchesQuery(queryWords('EC_UNKNOWN_SUBSCRIBER'), entry, [])),
    ).toHaveLength(1);
  });

  it('knows exact code and name matches, which are listed first', () => {
    expect(isExactCodeMatch(' 11 ', insufficientCredit)).toBe(true);
    expect(isExactCodeMatch('1', insufficientCredit)).toBe(false);
    expect(isExactCodeMatch('delivrd', lookup('sms.dlr', 'DELIVRD')!)).toBe(true);
    expect(isExactCodeMatch('', insufficientCredit)).toBe(false);
  });
});
