import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageKeys } from './catalog.ts';
import { toCodePack } from './code-pack.ts';
import { fieldPatternSources } from './field-patterns.ts';
import { fieldsOf, normalizeFieldMessage, recognizeFieldMessage } from './field-recognizer.ts';
import { fieldKeyInfo, fieldKeys, fieldRuleSources } from './field-rules.ts';
import { explainField, lastResortFieldText } from './field-texts.ts';
import { messagePackOf } from './test-packs.ts';

const english = toCodePack(messagePackOf('en'));
const french = toCodePack(messagePackOf('fr'));
const packs = [english, french];

/** Every message SMSPartner documents for a rule, with the rule it must be recognised as. */
const documented = Object.entries(fieldPatternSources['sms.send']).flatMap(([field, rules]) =>
  Object.entries(rules).flatMap(([rule, wording]) =>
    (wording as { documented: readonly { text: string }[] }).documented.map(
      (sample) => [field, rule, sample.text] as const,
    ),
  ),
);

describe('recognizeFieldMessage', () => {
  it('recognises the field messages of the documented code 9 answer, with the values they quote', () => {
    // reference/api-responses.md, "Envelope" 2.
    const cases = [
      ['message', 'Le message est requis', 'sms.send.fields.message.required', {}],
      [
        'phoneNumbers',
        "Ce numero de telephone n'est pas valide (922264)",
        'sms.send.fields.phoneNumbers.invalid',
        { phoneNumber: '922264' },
      ],
      [
        'sender',
        "L'emetteur ne peut pas etre plus long que 11 caracteres",
        'sms.send.fields.sender.tooLong',
        { maxLength: 11 },
      ],
      [
        'scheduledDeliveryDate',
        'La date (21/11/2014 \u00e0 :) est anterieure a la date actuelle.',
        'sms.send.fields.scheduledDeliveryDate.inThePast',
        { date: '21/11/2014' },
      ],
      ['minute', 'La minute est requise', 'sms.send.fields.minute.required', {}],
      ['time', "L'heure est requise", 'sms.send.fields.time.required', {}],
    ] as const;
    for (const [field, message, key, params] of cases) {
      expect(recognizeFieldMessage('sms.send', field, message), message).toEqual({
        field,
        rule: key.split('.').pop(),
        key,
        params,
      });
    }
  });

  it.each(documented)('recognises %s %s as SMSPartner documents it: %s', (field, rule, text) => {
    expect(recognizeFieldMessage('sms.send', field, text).rule).toBe(rule);
  });

  it('accepts accented and unaccented French, English, any case, spacing and typographic quotes', () => {
    const variants: [string, string, string, Record<string, string | number>][] = [
      [
        'phoneNumbers',
        'Ce numéro de téléphone n’est pas valide (922264)',
        'invalid',
        { phoneNumber: '922264' },
      ],
      [
        'phoneNumbers',
        "  CE NUMERO DE TELEPHONE N'EST PAS VALIDE(+33 6 12 34 56 78) . ",
        'invalid',
        {
          phoneNumber: '+33 6 12 34 56 78',
        },
      ],
      ['phoneNumbers', 'This phone number is not valid (922264)', 'invalid', { phoneNumber: '922264' }],
      ['phoneNumbers', 'The phone number is invalid (0612)', 'invalid', { phoneNumber: '0612' }],
      ['sender', 'L’émetteur ne peut pas être plus long que 11 caractères.', 'tooLong', { maxLength: 11 }],
      ['sender', 'The sender cannot be longer than 11 characters', 'tooLong', { maxLength: 11 }],
      [
        'sender',
        "l'expediteur\u00a0ne peut  pas etre plus long que 9 caracteres",
        'tooLong',
        { maxLength: 9 },
      ],
      [
        'scheduledDeliveryDate',
        'La date (21/11/2014 à 10:05) est antérieure à la date actuelle',
        'inThePast',
        {
          date: '21/11/2014 10:05',
        },
      ],
      [
        'scheduledDeliveryDate',
        'The date (21/11/2014 at 9h5) is earlier than the current date.',
        'inThePast',
        {
          date: '21/11/2014 09:05',
        },
      ],
      [
        'minute',
        'Les minutes doivent-être comprise entre 5 et 55 dans un interval de 5 minutes',
        'outOfRange',
        {
          minMinute: 5,
          maxMinute: 55,
          step: 5,
        },
      ],
      ['message', 'THE MESSAGE IS REQUIRED', 'required', {}],
      ['message', 'Cette valeur ne doit pas être vide.', 'required', {}],
      ['time', 'This value should not be blank.', 'required', {}],
      ['gamme', 'The low-cost range is not eligible', 'notEligible', {}],
    ];
    for (const [field, message, rule, params] of variants) {
      const found = recognizeFieldMessage('sms.send', field, message);
      expect([found.rule, found.params], message).toEqual([rule, params]);
    }
  });

  it('gives the field its unknown key for a message it does not recognise, and unknownField for a field it does not list', () => {
    expect(recognizeFieldMessage('sms.send', 'phoneNumbers', 'Numero bizarre')).toEqual({
      field: 'phoneNumbers',
      rule: 'unknown',
      key: 'sms.send.fields.phoneNumbers.unknown',
      params: {},
    });
    // A rule of another field does not count for this one.
    expect(recognizeFieldMessage('sms.send', 'sender', 'Le message est requis').rule).toBe('unknown');
    expect(recognizeFieldMessage('sms.send', 'colour', 'Le message est requis')).toEqual({
      field: 'colour',
      rule: undefined,
      key: 'sms.send.fields.unknownField',
      params: {},
    });
  });

  it('takes the field from the message when none is named, in the layer’s spelling when the case differs', () => {
    expect(recognizeFieldMessage('sms.send', '', 'Le message est requis').field).toBe('message');
    expect(recognizeFieldMessage('sms.send', 'PHONENUMBERS', 'Aucun numero a envoyer').field).toBe(
      'phoneNumbers',
    );
    expect(recognizeFieldMessage('sms.send', 'SMSList.0.sender', 'Sender non autorisé').key).toBe(
      'sms.send.fields.sender.notAllowed',
    );
    // A generic message names no field.
    expect(recognizeFieldMessage('sms.send', '', 'This value should not be blank.').key).toBe(
      'sms.send.fields.unknownField',
    );
  });

  it('has no key in a section without a field layer, and never throws for any value', () => {
    expect(
      recognizeFieldMessage('sms.cancel', 'messageId', 'Le champ MessageId est requis').key,
    ).toBeUndefined();
    expect(fieldsOf('sms.cancel')).toEqual([]);
    expect(fieldsOf('sms.send')).toContain('scheduledDeliveryDate');
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('getter');
        },
      },
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (section, field, message) => {
        const found = recognizeFieldMessage(section, field, message);
        expect(typeof found.field).toBe('string');
        expect(typeof found.params).toBe('object');
      }),
    );
    expect(() => recognizeFieldMessage(hostile, hostile, hostile)).not.toThrow();
    expect(recognizeFieldMessage('sms.send', '__proto__', 'x').key).toBe('sms.send.fields.unknownField');
  });

  it('never recognises a rule by accident: random text, and documented messages inside random text, stay unknown', () => {
    const known = documented.map(([, , text]) => normalizeFieldMessage(text));
    const fields = fieldsOf('sms.send');
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.string({ maxLength: 80 }), (field, text) => {
        fc.pre(!known.includes(normalizeFieldMessage(text)));
        const found = recognizeFieldMessage('sms.send', field, text);
        // Only the generic wordings ("this value should not be blank") may match arbitrary fields.
        if (found.rule !== 'unknown') expect(normalizeFieldMessage(text)).toMatch(/value|valeur|champ|field/);
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...documented),
        fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /[a-z0-9]/i.test(s)),
        ([field, , text], noise) => {
          expect(recognizeFieldMessage('sms.send', field, `${noise} ${text}`).rule).toBe('unknown');
          expect(recognizeFieldMessage('sms.send', field, `${text} ${noise}`).rule).toBe('unknown');
        },
      ),
    );
  });

  it('quotes only bounded values without control characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (value) => {
        const found = recognizeFieldMessage(
          'sms.send',
          'phoneNumbers',
          `Ce numero de telephone n'est pas valide (${value})`,
        );
        const quoted = found.params['phoneNumber'];
        if (quoted !== undefined) {
          expect(String(quoted).length).toBeLessThanOrEqual(40);
          expect(String(quoted)).not.toMatch(/\p{Cc}/u);
        }
      }),
    );
  });

  it('drops the bidi controls and zero-width marks that would reorder or hide what is shown', () => {
    const marks = '\u202E\u2066\u200F\u061C\u200B\uFEFF';
    const found = recognizeFieldMessage(
      'sms.send',
      `phone${marks}Numbers`,
      `THIS PHONE NUMBER IS NOT VALID (92${marks}2264).`,
    );
    expect(found).toMatchObject({
      field: 'phoneNumbers',
      rule: 'invalid',
      params: { phoneNumber: '922264' },
    });
  });
});

describe('the field keys', () => {
  it('are message keys, one per rule of each field, one unknown per field, one unknownField per section', () => {
    for (const key of fieldKeys) expect(messageKeys).toContain(key);
    const rules = Object.values(fieldRuleSources['sms.send']).reduce(
      (n, list) => n + Object.keys(list).length,
      0,
    );
    expect(fieldKeys).toHaveLength(rules + fieldsOf('sms.send').length + 1);
    expect(fieldKeyInfo('sms.send.fields.phoneNumbers.invalid')).toMatchObject({
      section: 'sms.send',
      code: 9,
      field: 'phoneNumbers',
      rule: 'invalid',
      params: { phoneNumber: 'text' },
    });
  });
});

describe('explainField', () => {
  const invalid = recognizeFieldMessage(
    'sms.send',
    'phoneNumbers',
    "Ce numero de telephone n'est pas valide (922264)",
  );

  it('explains a field in the reader’s language, with the value it quotes', () => {
    expect(explainField({ packs, locale: 'en' }, 'sms.send', invalid).text).toBe(
      'The phone number 922264 is not valid. Check it, with its country code, and try again.',
    );
    expect(explainField({ packs, locale: 'fr-CA' }, 'sms.send', invalid)).toEqual({
      text: 'Le numéro 922264 n’est pas valide. Vérifiez-le, avec son indicatif pays, puis réessayez.',
      locale: 'fr',
      register: 'friendly',
      matched: 'rule',
      key: 'sms.send.fields.phoneNumbers.invalid',
    });
    expect(explainField({ packs, locale: 'fr' }, 'sms.send', invalid, 'official').text).toBe(
      "Ce numéro de téléphone n'est pas valide (922264)",
    );
    const tooLong = recognizeFieldMessage(
      'sms.send',
      'sender',
      "L'emetteur ne peut pas etre plus long que 11 caracteres",
    );
    expect(explainField({ packs, locale: 'en' }, 'sms.send', tooLong).text).toBe(
      'The sender name is too long: it can have at most 11 characters. Shorten it, then send again.',
    );
  });

  it('falls back to the field’s unknown text, then the section’s unknownField text, never to SMSPartner’s words', () => {
    const odd = recognizeFieldMessage('sms.send', 'phoneNumbers', 'Numero bizarre');
    expect(explainField({ packs, locale: 'en' }, 'sms.send', odd)).toMatchObject({
      matched: 'field',
      key: 'sms.send.fields.phoneNumbers.unknown',
    });
    const unknownField = recognizeFieldMessage('sms.send', 'colour', 'Rouge');
    expect(explainField({ packs, locale: 'fr' }, 'sms.send', unknownField)).toMatchObject({
      text: 'Une des valeurs saisies n’a pas été acceptée. Vérifiez le formulaire, puis renvoyez le message.',
      matched: 'section',
    });
    // A rule text whose value is missing is not shown half-empty.
    expect(
      explainField({ packs, locale: 'en' }, 'sms.send', { field: 'phoneNumbers', rule: 'invalid' }).matched,
    ).toBe('field');
    expect(explainField({ packs: [], locale: 'en' }, 'sms.send', invalid)).toMatchObject({
      text: lastResortFieldText,
      matched: 'none',
    });
  });

  it('reads message packs by key as well as code packs, and never throws', () => {
    expect(explainField({ packs: [messagePackOf('fr')], locale: 'fr' }, 'sms.send', invalid).text).toContain(
      '922264',
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (options, section, error) => {
        const answer = explainField(options as never, section, error as never);
        expect(answer.text.length).toBeGreaterThan(0);
      }),
    );
  });
});
