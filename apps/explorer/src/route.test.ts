import { entries } from '@smspartner-i18n/core';
import { describe, expect, it } from 'vitest';
import { entryHref, parseRoute } from './route.ts';

describe('routes', () => {
  it('give every entry a deep link that leads back to it', () => {
    for (const entry of entries) {
      const route = parseRoute(entryHref(entry));
      expect(route, entryHref(entry)).toMatchObject({ view: 'entry', entry: { key: entry.key } });
    }
    expect(entryHref(entries.find((entry) => entry.key === 'sms.send.insufficientCredit')!)).toBe(
      '#/sms.send/11',
    );
    expect(entryHref(entries.find((entry) => entry.code === 'not delivered')!)).toBe(
      '#/sms.deliveryStatus/not%20delivered',
    );
  });

  it('read the list, the review, lenient codes and links to nothing', () => {
    expect(parseRoute('')).toEqual({ view: 'catalog' });
    expect(parseRoute('#/')).toEqual({ view: 'catalog' });
    expect(parseRoute('#/review')).toEqual({ view: 'review' });
    expect(parseRoute('#/hlr.error/1')).toMatchObject({ entry: { name: 'EC_UNKNOWN_SUBSCRIBER' } });
    expect(parseRoute('#/sms.deliveryStatus/Not%20Delivered')).toMatchObject({
      entry: { key: 'sms.deliveryStatus.notDelivered' },
    });
    expect(parseRoute('#/sms.send/424242')).toEqual({
      view: 'entry',
      section: 'sms.send',
      code: '424242',
      entry: undefined,
    });
    expect(parseRoute('#/nowhere/%E0%A4%A')).toEqual({
      view: 'entry',
      section: 'nowhere',
      code: '%E0%A4%A',
      entry: undefined,
    });
    expect(parseRoute('#/something')).toEqual({ view: 'catalog' });
  });
});
