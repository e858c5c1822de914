import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSmsPartnerError, SmsPartnerError, smsPartnerErrorBrand } from './smspartner-error.ts';
import { readLocaleText } from './test-helpers.ts';

describe('SmsPartnerError', () => {
  it('describes a known code from the catalog, with an English message for logs', () => {
    const error = new SmsPartnerError({
      section: 'sms.send',
      code: '11',
      apiMessage: ' Crédit insuffisant ',
      httpStatus: 200,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'SmsPartnerError',
      section: 'sms.send',
      code: 11,
      key: 'sms.send.insufficientCredit',
      apiMessage: 'Crédit insuffisant',
      fields: [],
      retryable: false,
      httpStatus: 200,
      reason: 'api-error',
    });
    expect(error.entry).toMatchObject({ category: 'credit', fixableBy: 'account-owner' });
    expect(error.message).toBe(
      'SMSPartner sms.send error 11 (sms.send.insufficientCredit): Crédit insuffisant (HTTP 200)',
    );
    expect(new SmsPartnerError({ section: 'sms.send', code: 11 }).message).toBe(
      'SMSPartner sms.send error 11 (sms.send.insufficientCredit)',
    );
    expect(String(error)).toBe(`SmsPartnerError: ${error.message}`);
  });

  it('takes retryable from the catalog, and from HTTP 429/5xx or a network failure when the code is unknown', () => {
    expect(new SmsPartnerError({ section: 'sms.send', code: 500 }).retryable).toBe(true);
    expect(new SmsPartnerError({ section: 'sms.send', code: 11, httpStatus: 503 }).retryable).toBe(false);
    expect(
      new SmsPartnerError({ section: 'sms.send', httpStatus: 429, reason: 'empty-body' }).retryable,
    ).toBe(true);
    expect(new SmsPartnerError({ section: 'sms.send', code: 9999, httpStatus: 502 }).retryable).toBe(true);
    expect(new SmsPartnerError({ section: 'sms.send', code: 9999, httpStatus: 400 }).retryable).toBe(false);
    expect(
      new SmsPartnerError({ section: 'sms.send', reason: 'network', cause: new Error('ECONNRESET') }),
    ).toMatchObject({
      retryable: true,
      cause: new Error('ECONNRESET'),
      message: 'SMSPartner sms.send: the request got no response',
    });
  });

  it('keeps an unknown code as received, and an unknown section as undefined', () => {
    const unknown = new SmsPartnerError({
      section: 'sms.send',
      code: ' 9999 ',
      apiMessage: 'Nouvelle erreur',
    });
    expect(unknown).toMatchObject({ code: '9999', key: undefined, entry: undefined });
    expect(unknown.message).toBe('SMSPartner sms.send error 9999: Nouvelle erreur');
    const nowhere = new SmsPartnerError({ section: 'nope' as never, code: 11 });
    expect(nowhere).toMatchObject({ section: undefined, code: 11, key: undefined });
    expect(nowhere.message).toBe('SMSPartner error 11');
  });

  it('localizes in any locale and register, falling back as the translator does', () => {
    const error = new SmsPartnerError({ section: 'sms.send', code: 11 });
    expect(error.localize('fr-CA')).toBe(readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit'));
    expect(error.localize('fr', { register: 'official' })).toBe('Crédit insuffisant');
    expect(error.localize('ja')).toBe(readLocaleText('en', 'friendly', 'sms.send.insufficientCredit'));
    expect(error.localize()).toBe(readLocaleText('en', 'friendly', 'sms.send.insufficientCredit'));
    expect(error.localize('ja', { fallbackLocale: 'fr' })).toBe(
      readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit'),
    );
  });

  it('serialises to JSON without losing what a log needs', () => {
    const error = new SmsPartnerError({
      section: 'sms.send',
      code: 9,
      fields: [{ field: 'message', message: 'Le message est requis' }],
      httpStatus: 400,
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'SmsPartnerError',
      message: 'SMSPartner sms.send error 9 (sms.send.validationFailed) (HTTP 400) [fields: message]',
      section: 'sms.send',
      code: 9,
      key: 'sms.send.validationFailed',
      apiMessage: null,
      fields: [
        {
          field: 'message',
          message: 'Le message est requis',
          key: 'sms.send.fields.message.required',
          rule: 'required',
          params: {},
        },
      ],
      retryable: false,
      httpStatus: 400,
      reason: 'api-error',
      retryAfter: null,
    });
  });

  it('is recognised by its Symbol.for brand, and by instanceof, even when made by another copy', () => {
    const error = new SmsPartnerError({ section: 'sms.send', code: 11 });
    expect(smsPartnerErrorBrand).toBe(Symbol.for('smspartner-i18n.SmsPartnerError'));
    expect(isSmsPartnerError(error)).toBe(true);
    // What another copy's error looks like from here: a different class with the same brand.
    class OtherCopy extends Error {
      get [Symbol.for('smspartner-i18n.SmsPartnerError')]() {
        return true;
      }
    }
    expect(isSmsPartnerError(new OtherCopy())).toBe(true);
    expect(new OtherCopy() instanceof SmsPartnerError).toBe(true);
    for (const value of [new Error('x'), { name: 'SmsPartnerError' }, null, undefined, 'SmsPartnerError', 11])
      expect(isSmsPartnerError(value)).toBe(false);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(isSmsPartnerError(hostile)).toBe(false);
  });

  it('keeps the usual instanceof for subclasses', () => {
    class QuotaError extends SmsPartnerError {}
    expect(new QuotaError({ section: 'sms.send', code: 11 }) instanceof QuotaError).toBe(true);
    expect(new SmsPartnerError({ section: 'sms.send', code: 11 }) instanceof QuotaError).toBe(false);
    expect(new QuotaError() instanceof SmsPartnerError).toBe(true);
  });

  it('never throws on construction or localisation, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (options, locale, localizeOptions) => {
        const error = new SmsPartnerError(options as never);
        expect(error.name).toBe('SmsPartnerError');
        expect(error.message.trim()).not.toBe('');
        expect(error.message).not.toMatch(/\[object Object\]/);
        const text = error.localize(locale as never, localizeOptions as never);
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/undefined|\[object Object\]/);
        expect(() => JSON.stringify(error)).not.toThrow();
        expect(isSmsPartnerError(error)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isSmsPartnerError(value)).toBe(false);
      }),
    );
  });
});

describe('SmsPartnerError with hostile values', () => {
  it('keeps its log message on one line, free of control characters and bidi controls, and capped', () => {
    const error = new SmsPartnerError({
      section: 'sms.send',
      code: 11,
      apiMessage: 'Cr\u00e9dit\x1B]0;owned\x07 insuffisant\n\x1B[2J\u009B2J \u202Eevil',
      fields: [{ field: 'phone\nNumbers\x1B[31m', message: 'x' }],
    });
    // The field layer reduces the field name (control characters dropped) before the message is made.
    expect(error.message).toBe(
      'SMSPartner sms.send error 11 (sms.send.insufficientCredit): Crédit\\x1B]0;owned\\x07 insuffisant\\n\\x1B[2J\\u009B2J \\u202Eevil [fields: phoneNumbers[31m]',
    );
    const long = new SmsPartnerError({
      section: 'sms.send',
      code: 9,
      fields: Array.from({ length: 100 }, (_, index) => ({
        field: `f${index}${'x'.repeat(90)}`,
        message: 'm',
      })),
    });
    expect(long.message.length).toBeLessThanOrEqual(2000);
    expect(long.message.endsWith('…')).toBe(true);
  });

  it('takes options that are Proxies or have throwing getters, and keeps what it can read', () => {
    const options = {
      section: 'sms.send',
      code: 11,
      get apiMessage(): string {
        throw new Error('getter');
      },
      fields: new Proxy([], {
        get() {
          throw new Error('trap');
        },
      }),
    };
    const error = new SmsPartnerError(options as never);
    expect(error).toMatchObject({ section: 'sms.send', code: 11, apiMessage: undefined, fields: [] });
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(new SmsPartnerError(proxy as never)).toMatchObject({ section: undefined, reason: 'api-error' });
    const localizeOptions = {
      get register(): string {
        throw new Error('getter');
      },
      locales: proxy,
    };
    expect(error.localize('fr', localizeOptions as never)).toBe(
      readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit'),
    );
  });
});
