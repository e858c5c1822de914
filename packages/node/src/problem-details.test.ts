import { entries, type SectionId } from '@smspartner-i18n/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResponse } from './parse-response.ts';
import { problemStatus, toProblemDetails } from './problem-details.ts';
import { SmsPartnerError } from './smspartner-error.ts';
import { readLocaleText } from './test-helpers.ts';
import { createTranslator } from './translator.ts';

const errorFor = (section: SectionId, code: number | string) => new SmsPartnerError({ section, code });

describe('problemStatus', () => {
  it.each([
    ['sms.send', 11, 402],
    ['sms.send', 10, 502],
    ['sms.send', 96, 502],
    ['sms.send', 20, 403],
    ['sms.send', 13, 403],
    ['sms.send', 992, 403],
    ['sms.send', 2, 400],
    ['sms.send', 22, 400],
    ['sms.send', 50, 400],
    ['sms.send', 14, 422],
    ['sms.status', 4, 404],
    ['sms.send', 500, 503],
    ['mail', 429, 429],
  ] as const)('%s %s → %i', (section, code, status) => {
    expect(problemStatus(errorFor(section, code))).toBe(status);
  });

  it('maps answers without a known code from what SMSPartner’s status says', () => {
    const withStatus = (httpStatus: number, reason: 'empty-body' | 'api-error' = 'empty-body') =>
      problemStatus(new SmsPartnerError({ section: 'sms.send', httpStatus, reason }));
    expect(withStatus(429)).toBe(429);
    expect(withStatus(503)).toBe(503);
    expect(withStatus(500)).toBe(503);
    expect(withStatus(400)).toBe(502);
    expect(withStatus(200)).toBe(502);
    expect(problemStatus(new SmsPartnerError({ section: 'sms.send', reason: 'network' }))).toBe(503);
    const validation = new SmsPartnerError({
      section: 'sms.send',
      code: 9,
      fields: [{ field: 'message', message: 'Le message est requis' }],
    });
    expect(problemStatus(validation)).toBe(400);
    expect(problemStatus(new Error('boom'))).toBe(500);
  });

  it('gives every error of the catalog a status from the documented table', () => {
    for (const entry of entries) {
      if (entry.kind !== 'error') continue;
      expect([400, 402, 403, 404, 422, 429, 502, 503], entry.key).toContain(
        problemStatus(errorFor(entry.section, entry.code)),
      );
    }
  });
});

describe('toProblemDetails', () => {
  it('answers in French for a French translator, with Content-Language', () => {
    const { problem, contentLanguage, headers } = toProblemDetails(
      errorFor('sms.send', 11),
      createTranslator({ locale: 'fr-CA' }),
    );
    expect(problem).toEqual({
      type: 'https://smspartner-i18n.github.io/smspartner-i18n/en/sms.send/11/',
      title: 'Payment Required',
      status: 402,
      detail: readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit'),
      section: 'sms.send',
      code: 11,
      key: 'sms.send.insufficientCredit',
      fields: [],
      retryable: false,
    });
    expect(contentLanguage).toBe('fr');
    expect(headers).toEqual({ 'content-type': 'application/problem+json', 'content-language': 'fr' });
  });

  it('keeps the field errors of a validation answer, and uses about:blank for a code the catalog lacks', () => {
    const result = parseResponse(
      {
        success: false,
        code: 9,
        error: [{ elementId: 'children[message].data', message: 'Le message est requis' }],
      },
      { section: 'sms.send', status: 200 },
    );
    const { problem, contentLanguage } = toProblemDetails(result.error, createTranslator({ locale: 'en' }));
    expect(problem).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: readLocaleText('en', 'friendly', 'sms.send.unknownCode'),
      section: 'sms.send',
      code: 9,
      fields: [{ field: 'message', message: 'Le message est requis' }],
      retryable: false,
    });
    expect(contentLanguage).toBe('en');
  });

  it('follows the translator’s register and a custom type base', () => {
    const official = toProblemDetails(
      errorFor('sms.send', 11),
      createTranslator({ locale: 'fr', tone: 'official' }),
      {
        typeBase: 'https://example.test/smspartner-codes/',
      },
    );
    expect(official.problem).toMatchObject({
      detail: 'Crédit insuffisant',
      type: 'https://example.test/smspartner-codes/en/sms.send/11/',
    });
    expect(toProblemDetails(errorFor('sms.send', 11), undefined, { typeBase: null }).problem.type).toBe(
      'about:blank',
    );
  });

  it('links type to the code’s English page, with the code in the catalog’s form, in every language', () => {
    const typeOf = (section: SectionId, code: number | string, locale = 'en') =>
      toProblemDetails(errorFor(section, code), createTranslator({ locale })).problem.type;
    const base = 'https://smspartner-i18n.github.io/smspartner-i18n/';
    expect(typeOf('sms.send', 11, 'fr')).toBe(typeOf('sms.send', 11, 'en'));
    expect(typeOf('hlr.error', 'EC_UNKNOWN_SUBSCRIBER')).toBe(`${base}en/hlr.error/1/`);
    expect(typeOf('sms.deliveryStatus', 'Not Delivered')).toBe(
      `${base}en/sms.deliveryStatus/not%20delivered/`,
    );
    for (const entry of entries) {
      expect(typeOf(entry.section, entry.code), entry.key).toBe(
        `${base}en/${entry.section}/${encodeURIComponent(String(entry.code))}/`,
      );
    }
  });

  it('turns anything else into a 500 problem with the generic text, in the translator’s language', () => {
    const { problem, contentLanguage } = toProblemDetails(
      new TypeError('x is undefined'),
      createTranslator({ locale: 'fr' }),
    );
    expect(problem).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: readLocaleText('fr', 'friendly', 'unknownCode').replace('{code}', '?'),
      fields: [],
      retryable: false,
    });
    expect(contentLanguage).toBe('fr');
  });

  it('survives a translator that throws or lies', () => {
    const broken = {
      explain() {
        throw new Error('broken');
      },
      message() {
        return '';
      },
    };
    const { problem, contentLanguage } = toProblemDetails(errorFor('sms.send', 11), broken as never);
    expect(problem.detail).toBe(readLocaleText('en', 'friendly', 'sms.send.insufficientCredit'));
    expect(contentLanguage).toBe('en');
  });

  it('never throws and always gives a complete problem, whatever it is given', () => {
    const errors = fc.oneof(
      fc
        .record({
          section: fc.constantFrom('sms.send', 'mail', 'vms', 'x'),
          code: fc.oneof(fc.integer(), fc.string()),
        })
        .map((options) => new SmsPartnerError(options as never)),
      fc.anything(),
    );
    const translators = fc.oneof(
      fc.constantFrom('en', 'fr', 'fr-CA', 'de').map((locale) => createTranslator({ locale })),
      fc.anything(),
    );
    fc.assert(
      fc.property(errors, translators, fc.anything(), (error, translator, options) => {
        const { problem, contentLanguage, headers } = toProblemDetails(
          error,
          translator as never,
          options as never,
        );
        for (const text of [problem.title, problem.detail, problem.type, contentLanguage]) {
          expect(typeof text).toBe('string');
          expect(text.trim()).not.toBe('');
          expect(text).not.toMatch(/undefined|\[object Object\]/);
        }
        expect(problem.status).toBeGreaterThanOrEqual(400);
        expect(headers['content-language']).toBe(contentLanguage);
        expect(() => JSON.stringify(problem)).not.toThrow();
        expect(problemStatus(error)).toBe(problem.status);
      }),
      { numRuns: 300 },
    );
  });
});
