import { entries, type SectionId } from '@smspartner-i18n/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResponse } from './parse-response.ts';
import { defaultProblemTypeBase, problemStatus, toProblemDetails } from './problem-details.ts';
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
      errors: [],
      retryable: false,
      reason: 'api-error',
    });
    expect(contentLanguage).toBe('fr');
    expect(headers).toEqual({ 'content-type': 'application/problem+json', 'content-language': 'fr' });
  });

  it('explains each rejected field of the documented code 9 answer, localized, and says fields need correcting', () => {
    for (const [locale, body] of [
      ['en', 'error'],
      ['fr', 'errors'],
    ] as const) {
      const result = parseResponse(
        {
          success: false,
          code: 9,
          [body]: [
            {
              elementId: 'children[phoneNumbers].data',
              message: "Ce numero de telephone n'est pas valide (922264)",
            },
            {
              elementId: 'children[sender].data',
              message: "L'emetteur ne peut pas etre plus long que 11 caracteres",
            },
          ],
        },
        { section: 'sms.send', status: 200 },
      );
      const { problem, contentLanguage } = toProblemDetails(result.error, createTranslator({ locale }));
      expect(problem).toMatchObject({
        type: 'https://smspartner-i18n.github.io/smspartner-i18n/en/sms.send/9/',
        title: 'Bad Request',
        status: 400,
        detail: readLocaleText(locale, 'friendly', 'sms.send.validationFailed'),
        code: 9,
        key: 'sms.send.validationFailed',
        retryable: false,
        reason: 'api-error',
      });
      expect(problem.detail).not.toMatch(/later|plus tard/i);
      expect(contentLanguage).toBe(locale);
      expect(problem.errors).toEqual(
        locale === 'en'
          ? [
              {
                pointer: '#/phoneNumbers',
                field: 'phoneNumbers',
                key: 'sms.send.fields.phoneNumbers.invalid',
                params: { phoneNumber: '922264' },
                detail:
                  'The phone number 922264 is not valid. Check it, with its country code, and try again.',
              },
              {
                pointer: '#/sender',
                field: 'sender',
                key: 'sms.send.fields.sender.tooLong',
                params: { maxLength: 11 },
                detail:
                  'The sender name is too long: it can have at most 11 characters. Shorten it, then send again.',
              },
            ]
          : [
              {
                pointer: '#/phoneNumbers',
                field: 'phoneNumbers',
                key: 'sms.send.fields.phoneNumbers.invalid',
                params: { phoneNumber: '922264' },
                detail:
                  'Le numéro 922264 n’est pas valide. Vérifiez-le, avec son indicatif pays, puis réessayez.',
              },
              {
                pointer: '#/sender',
                field: 'sender',
                key: 'sms.send.fields.sender.tooLong',
                params: { maxLength: 11 },
                detail:
                  'Le nom d’expéditeur est trop long\u00a0: il peut compter au plus 11\u00a0caractères. Raccourcissez-le, puis renvoyez le message.',
              },
            ],
      );
    }
  });

  it('explains an unknown code that came with fields as a validation answer, and unknown fields in the reader’s language', () => {
    const result = parseResponse(
      {
        success: false,
        code: 77,
        errors: [{ elementId: 'children[colour].data', message: 'Couleur inconnue' }],
      },
      { section: 'sms.send' },
    );
    const { problem } = toProblemDetails(result.error, createTranslator({ locale: 'en' }));
    expect(problem).toMatchObject({ type: 'about:blank', status: 400, code: 77 });
    expect(problem.detail).toBe(readLocaleText('en', 'friendly', 'sms.send.validationFailed'));
    expect(problem.errors).toEqual([
      {
        pointer: '#/colour',
        field: 'colour',
        key: 'sms.send.fields.unknownField',
        detail: 'One of the values entered was not accepted. Check the form, then send again.',
      },
    ]);
  });

  it('points at a field whose name holds a lone surrogate, which percent-encoding cannot take', () => {
    const result = parseResponse(
      { success: false, code: 9, errors: [{ elementId: 'children[a\uDFFFb].data', message: 'Invalide' }] },
      { section: 'sms.send' },
    );
    const { problem } = toProblemDetails(result.error, createTranslator({ locale: 'en' }));
    expect(problem.errors?.map((error) => error.pointer)).toEqual(['#/a%EF%BF%BDb']);
    expect(() => JSON.stringify(problem)).not.toThrow();
  });

  it('carries the reason and passes an upstream Retry-After on as a header', () => {
    const error = new SmsPartnerError({
      section: 'sms.send',
      httpStatus: 503,
      reason: 'not-json',
      retryAfter: 30,
    });
    const { problem, headers } = toProblemDetails(error);
    expect(problem).toMatchObject({ status: 503, reason: 'not-json', retryAfter: 30 });
    expect(headers['retry-after']).toBe('30');
    expect(toProblemDetails(new SmsPartnerError({ reason: 'timeout' })).problem.reason).toBe('timeout');
    expect(toProblemDetails(new Error('boom')).problem.reason).toBe('internal');
  });

  it('follows the translator’s register and a custom type base', () => {
    const official = toProblemDetails(
      errorFor('sms.send', 11),
      createTranslator({ locale: 'fr', register: 'official' }),
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
      errors: [],
      retryable: false,
      reason: 'internal',
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

describe('toProblemDetails with hostile values', () => {
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
      has() {
        throw new Error('trap');
      },
    },
  );
  const forged = (entry: unknown, more: Record<string, unknown> = {}) => ({
    [Symbol.for('smspartner-i18n.SmsPartnerError')]: true,
    section: 'sms.send',
    code: 11,
    key: 'sms.send.insufficientCredit',
    entry,
    fields: [],
    retryable: false,
    ...more,
  });

  it('gives the built-in answer for a Proxy translator and throwing option getters', () => {
    const error = errorFor('sms.send', 11);
    const options = {
      get typeBase(): string {
        throw new Error('getter');
      },
    };
    const response = toProblemDetails(error, throwing as never, options);
    expect(response.problem).toMatchObject({
      status: 402,
      detail: readLocaleText('en', 'friendly', 'sms.send.insufficientCredit'),
    });
    expect(response.problem.type).toBe(`${defaultProblemTypeBase}en/sms.send/11/`);
    expect(response.headers['content-language']).toBe('en');
  });

  it('answers 500 for a forged error whose getters throw, and a table status for any forged category', () => {
    const entryWithThrowingGetters = {
      get category(): string {
        throw new Error('getter');
      },
    };
    expect(toProblemDetails(forged(entryWithThrowingGetters)).problem.status).toBe(500);
    expect(toProblemDetails(forged(throwing)).problem.status).toBe(500);
    for (const category of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'nope']) {
      const { problem } = toProblemDetails(forged({ category, retryable: false }));
      expect(problem.status).toBe(502);
      expect(problem.title).toBe('Bad Gateway');
    }
  });

  it('never lets a hand-made translator’s locale into Content-Language unless it is a language tag', () => {
    const error = errorFor('sms.send', 11);
    const translator = (locale: unknown) =>
      ({ explain: () => ({ text: 'Crédit insuffisant', locale }), message: () => 'x' }) as never;
    for (const bad of ['fr\r\nSet-Cookie: a=b', 'fr\u0000', '', 'x'.repeat(100), 42, null, 'fr;q=1', 'é'])
      expect(toProblemDetails(error, translator(bad)).headers['content-language']).toBe('en');
    const good = toProblemDetails(error, translator('fr_ca'));
    expect(good.headers['content-language']).toBe('fr-CA');
    expect(good.contentLanguage).toBe('fr-CA');
    expect(good.problem.detail).toBe('Crédit insuffisant');
  });

  it('copies the fields of a forged error instead of handing its objects on', () => {
    const field = {
      get field() {
        return 'phoneNumbers';
      },
      message: 'invalid',
    };
    const { problem } = toProblemDetails(forged(undefined, { fields: [field, 'x', null] }));
    expect(problem.fields).toEqual([{ field: 'phoneNumbers', message: 'invalid' }]);
    expect(Object.getOwnPropertyDescriptor(problem.fields[0], 'field')?.value).toBe('phoneNumbers');
  });
});

describe('toProblemDetails: the type of a forged code', () => {
  it('is about:blank when the code cannot be part of an address (a lone surrogate)', () => {
    const forged = {
      [Symbol.for('smspartner-i18n.SmsPartnerError')]: true,
      section: 'sms.send',
      code: 'x\uD800',
      key: 'sms.send.x',
      fields: [],
    };
    expect(toProblemDetails(forged).problem.type).toBe('about:blank');
  });
});
