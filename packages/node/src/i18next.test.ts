import fc from 'fast-check';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  addSmsPartnerResources,
  createI18nextInstance,
  smsPartnerKeys,
  smsPartnerNamespaces,
  translateCode,
  translateField,
} from './i18next.ts';
import { parseResponse } from './parse-response.ts';
import { readLocaleText } from './test-helpers.ts';
import { createTranslator } from './translator.ts';

describe('createI18nextInstance', () => {
  it('is ready at once, in the register asked for', () => {
    const official = createI18nextInstance({ lng: 'fr', register: 'official' });
    expect(official.isInitialized).toBe(true);
    expect(official.t('sms.send.insufficientCredit')).toBe('Crédit insuffisant');
    const friendly = createI18nextInstance({ lng: 'fr-CA' });
    expect(friendly.t('sms.send.insufficientCredit')).toBe(
      readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit'),
    );
    expect(friendly.t('sms.send.insufficientCredit', { ns: smsPartnerNamespaces.official })).toBe(
      'Crédit insuffisant',
    );
  });

  it('gives the same sentences as createTranslator, arguments and fallbacks included', () => {
    for (const lng of ['en', 'fr'])
      for (const register of ['friendly', 'official'] as const) {
        const instance = createI18nextInstance({ lng, register });
        const translator = createTranslator({ locale: lng, register });
        for (const [section, code] of [
          ['sms.send', 11],
          ['sms.send', 50],
          ['sms.send', 22],
          ['mail', 429],
          ['vms', 'NOT_CREDIT'],
          ['sms.send', 9999],
          ['nope', 1],
        ] as const) {
          expect(
            translateCode(instance, section, code, { register }),
            `${lng} ${register} ${section} ${code}`,
          ).toBe(translator.message(section, code));
        }
      }
  });

  it('makes independent instances', () => {
    const french = createI18nextInstance({ lng: 'fr' });
    const english = createI18nextInstance({ lng: 'en' });
    expect(french.t('sms.send.insufficientCredit')).not.toBe(english.t('sms.send.insufficientCredit'));
  });
});

describe('addSmsPartnerResources', () => {
  it('adds both namespaces in both languages to an app’s instance, without overwriting its texts', async () => {
    const app = createInstance();
    await app.init({
      lng: 'fr',
      resources: {
        fr: {
          translation: { hello: 'Bonjour' },
          'smspartner-friendly': { sms: { send: { insufficientCredit: 'À nous.' } } },
        },
      },
    });
    expect(addSmsPartnerResources(app)).toBe(app);
    expect(app.t('hello')).toBe('Bonjour');
    expect(app.t('sms.send.insufficientCredit', { ns: 'smspartner-friendly' })).toBe('À nous.');
    expect(app.t('sms.send.apiKeyIncorrect', { ns: 'smspartner-official' })).toBe('Clef API incorrecte');
    expect(app.t('sms.send.insufficientCredit', { ns: 'smspartner-official', lng: 'en' })).toBe(
      'Insufficient credit',
    );
  });

  it('explains what is wrong when given something that is not an i18next instance', () => {
    expect(() => addSmsPartnerResources({} as never)).toThrow(
      'addSmsPartnerResources: expected an initialised i18next instance (with addResourceBundle), got object',
    );
  });
});

describe('smsPartnerKeys', () => {
  it('lists the keys to try, best first', () => {
    expect(smsPartnerKeys('sms.send', '11')).toEqual([
      'sms.send.insufficientCredit',
      'sms.send.unknownCode',
      'unknownCode',
    ]);
    expect(smsPartnerKeys('sms.send', 9999)).toEqual(['sms.send.unknownCode', 'unknownCode']);
    expect(smsPartnerKeys('nope', 11)).toEqual(['unknownCode']);
  });
});

describe('the i18next helpers, whatever they are given', () => {
  it('never throw (except on a non-instance, with a clear TypeError) and give a sentence', () => {
    const instance = createI18nextInstance({ lng: 'fr' });
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (options, section, code, call) => {
          const created = createI18nextInstance(options as never);
          expect(created.isInitialized).toBe(true);
          for (const target of [instance, created, options]) {
            const text = translateCode(target as never, section, code, call as never);
            expect(text.trim()).not.toBe('');
            expect(text).not.toMatch(/undefined|\[object Object\]/);
          }
          expect(smsPartnerKeys(section, code).length).toBeGreaterThan(0);
          try {
            addSmsPartnerResources(options as never, call as never);
          } catch (error) {
            expect(error).toBeInstanceOf(TypeError);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('translateField', () => {
  it('gives the same field sentences as createTranslator, in English and French, never SMSPartner’s words', () => {
    const result = parseResponse(
      {
        success: false,
        code: 9,
        error: [
          {
            elementId: 'children[phoneNumbers].data',
            message: "Ce numero de telephone n'est pas valide (922264)",
          },
          { elementId: 'children[sender].data', message: 'Trop long' },
          { elementId: 'children[colour].data', message: 'Rouge' },
          {
            elementId: 'children[minute].data',
            message: 'Les minutes doivent etre comprises entre 5 et 55 dans un intervalle de 5 minutes',
          },
        ],
      },
      { section: 'sms.send' },
    );
    for (const lng of ['en', 'fr']) {
      const instance = createI18nextInstance({ lng });
      const expected = createTranslator({ locale: lng }).explainFields('sms.send', result.error!.fields);
      expect(result.error!.fields.map((field) => translateField(instance, 'sms.send', field))).toEqual(
        expected.map((sentence) => sentence.text),
      );
    }
    const english = createI18nextInstance({ lng: 'en' });
    expect(translateField(english, 'sms.send', result.error!.fields[0])).toBe(
      'The phone number 922264 is not valid. Check it, with its country code, and try again.',
    );
    // A raw { field, message } (another copy of the package) is recognised here.
    expect(translateField(english, 'sms.send', { field: 'sender', message: "L'emetteur est invalide" })).toBe(
      'The sender name is not valid. Check its length and the characters it uses, then send again.',
    );
    expect(typeof translateField(english, 'sms.send', null)).toBe('string');
    // An app's own instance escapes for HTML by default; a field sentence is plain text.
    const app = createInstance();
    void app.init({ lng: 'fr', resources: {}, initAsync: false });
    addSmsPartnerResources(app);
    const date = parseResponse(
      {
        success: false,
        code: 9,
        error: [
          {
            elementId: 'children[scheduledDeliveryDate].data',
            message: 'La date (21/11/2014 à :) est anterieure a la date actuelle.',
          },
        ],
      },
      { section: 'sms.send' },
    ).error!.fields[0];
    expect(translateField(app, 'sms.send', date)).toContain('21/11/2014');
    expect(translateField({} as never, 'sms.send', result.error!.fields[0])).not.toMatch(/numero/);
  });
});
