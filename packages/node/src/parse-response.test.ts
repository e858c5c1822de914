import { readFileSync } from 'node:fs';
import type { SectionId } from '@smspartner-i18n/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultMaxBodyBytes, fieldName, parseResponse, type SmsPartnerResult } from './parse-response.ts';
import { isSmsPartnerError } from './smspartner-error.ts';
import { readLocaleText } from './test-helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const json = (name: string) => JSON.parse(fixture(name)) as Record<string, unknown>;

/** The four ways a body reaches `parseResponse`: parsed, text, bytes, and a fetch Response. */
async function everyForm(
  name: string,
  status = 200,
  section: SectionId = 'sms.send',
): Promise<SmsPartnerResult[]> {
  const text = fixture(name);
  const forms: SmsPartnerResult[] = [
    parseResponse(text, { section, status }),
    parseResponse(new TextEncoder().encode(text), { section, status }),
    await parseResponse(new Response(text, { status }), { section }),
  ];
  try {
    forms.push(parseResponse(JSON.parse(text) as Record<string, unknown>, { section, status }));
  } catch {
    // Not JSON: only the text, bytes and Response forms apply.
  }
  return forms;
}

describe('parseResponse on the documented shapes', () => {
  it.each([
    ['success-send.json', { message_id: 307, nb_sms: 1, cost: 0.038 }],
    ['success-message-status.json', { statut: 'Delivered', messageId: '2270142' }],
    ['success-cancel.json', { message: "L'envoi du SMS a été annulé." }],
    ['success-hlr-notify.json', { campaign_id: 'HLR2271467', cost: 0.005 }],
  ])('%s is a success, with its data', async (name, data) => {
    for (const result of await everyForm(name)) {
      expect(result.ok).toBe(true);
      expect(result).toMatchObject({ code: 200, httpStatus: 200, items: [], itemErrors: [], data });
      expect(result.error).toBeUndefined();
    }
  });

  it('reads a simple error: code, key, SMSPartner’s own message, and a French or English sentence', async () => {
    for (const result of await everyForm('simple-error-fr.json')) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error).toMatchObject({
        name: 'SmsPartnerError',
        section: 'sms.send',
        code: 10,
        key: 'sms.send.apiKeyIncorrect',
        apiMessage: 'Clé API incorrecte',
        fields: [],
        retryable: false,
        httpStatus: 200,
        reason: 'api-error',
      });
      expect(result.error.localize('fr')).toBe(
        'Le message n’est pas parti en raison d’un problème technique de notre côté. Contactez le support.',
      );
      expect(result.error.localize('en-US', { register: 'official' })).toBe('Incorrect API key');
    }
    const english = parseResponse(json('simple-error-en.json'), { section: 'mail' });
    expect(english.error).toMatchObject({
      code: 5,
      key: 'mail.senderNameEmpty',
      apiMessage: 'email is not valid',
    });
  });

  it('accepts codes sent as strings, numeric or named', () => {
    const numeric = parseResponse(fixture('code-as-string.json'), { section: 'sms.send' });
    expect(numeric.error).toMatchObject({ code: 11, key: 'sms.send.insufficientCredit' });
    const named = parseResponse(fixture('vms-string-code.json'), { section: 'vms' });
    expect(named.error).toMatchObject({ code: 'NOT_CREDIT', key: 'vms.insufficientCredit' });
    expect(named.error?.localize('fr')).toBe(
      'Le crédit du compte est insuffisant pour envoyer ce message vocal. Demandez à l’administrateur du compte de le recharger.',
    );
  });

  it('reduces each validation elementId to the request field, under `error` or `errors`', async () => {
    for (const result of await everyForm('validation-error.json', 400)) {
      expect(result.error).toMatchObject({ code: 9, httpStatus: 400, key: 'sms.send.validationFailed' });
      const f = 'sms.send.fields';
      expect(result.error?.fields).toEqual([
        {
          field: 'message',
          message: 'Le message est requis',
          key: `${f}.message.required`,
          rule: 'required',
          params: {},
        },
        {
          field: 'phoneNumbers',
          message: "Ce numero de telephone n'est pas valide (922264)",
          key: `${f}.phoneNumbers.invalid`,
          rule: 'invalid',
          params: { phoneNumber: '922264' },
        },
        {
          field: 'sender',
          message: "L'emetteur ne peut pas etre plus long que 11 caracteres",
          key: `${f}.sender.tooLong`,
          rule: 'tooLong',
          params: { maxLength: 11 },
        },
        {
          field: 'scheduledDeliveryDate',
          message: 'La date (21/11/2014 à :) est anterieure a la date actuelle.',
          key: `${f}.scheduledDeliveryDate.inThePast`,
          rule: 'inThePast',
          params: { date: '21/11/2014' },
        },
        {
          field: 'minute',
          message: 'La minute est requise',
          key: `${f}.minute.required`,
          rule: 'required',
          params: {},
        },
        {
          field: 'time',
          message: "L'heure est requise",
          key: `${f}.time.required`,
          rule: 'required',
          params: {},
        },
      ]);
      // In the reader's language, never SMSPartner's French for an English reader.
      expect(result.error?.localizeFields('en').map((sentence) => sentence.text)).toEqual([
        'The message text is missing. Write it, then send again.',
        'The phone number 922264 is not valid. Check it, with its country code, and try again.',
        'The sender name is too long: it can have at most 11 characters. Shorten it, then send again.',
        'The scheduled date 21/11/2014 is already past. Choose a date and time to come, then send again.',
        'The minutes of the sending time are missing. Choose a complete time.',
        'The scheduled send has no time. Choose when the message should go out.',
      ]);
      expect(result.error?.localizeFields('fr')[1]).toEqual({
        field: 'phoneNumbers',
        key: 'sms.send.fields.phoneNumbers.invalid',
        text: 'Le numéro 922264 n’est pas valide. Vérifiez-le, avec son indicatif pays, puis réessayez.',
        locale: 'fr',
      });
      expect(result.error?.message).toContain('[fields: message, phoneNumbers, sender');
    }
    for (const result of await everyForm('validation-errors.json')) {
      expect(result.error?.fields.map((field) => field.field)).toEqual(['message', 'phoneNumbers']);
    }
  });

  it('keeps element ids of other forms readable', () => {
    expect(fieldName('children[a].children[b].data')).toBe('a.b');
    expect(fieldName('phoneNumbers')).toBe('phoneNumbers');
    expect(fieldName(' children[ sender ].data ')).toBe('sender');
    expect(fieldName(42)).toBe('');
    fc.assert(
      fc.property(fc.anything(), (elementId) => {
        const name = fieldName(elementId);
        expect(typeof name).toBe('string');
        expect(name.length).toBeLessThanOrEqual(100);
        expect(name).not.toContain('children[');
      }),
    );
    const mapped = parseResponse(
      { success: false, code: 9, errors: { message: ['Le message est requis'], sender: 'Trop long' } },
      { section: 'sms.send' },
    );
    expect(mapped.error?.fields).toEqual([
      {
        field: 'message',
        message: 'Le message est requis',
        key: 'sms.send.fields.message.required',
        rule: 'required',
        params: {},
      },
      {
        field: 'sender',
        message: 'Trop long',
        key: 'sms.send.fields.sender.unknown',
        rule: 'unknown',
        params: {},
      },
    ]);
  });

  it('explains English variants, unknown messages of known fields and unknown fields, in English and French', () => {
    const result = parseResponse(
      {
        success: false,
        code: 9,
        errors: [
          { elementId: 'children[sender].data', message: 'The sender cannot be longer than 11 characters' },
          { elementId: 'children[phoneNumbers].data', message: 'Numero refuse par le fournisseur' },
          { elementId: 'children[colour].data', message: 'Couleur inconnue' },
          'Le message est requis',
        ],
      },
      { section: 'sms.send' },
    );
    const english = result.error!.localizeFields('en');
    expect(english.map((sentence) => [sentence.field, sentence.key])).toEqual([
      ['sender', 'sms.send.fields.sender.tooLong'],
      ['phoneNumbers', 'sms.send.fields.phoneNumbers.unknown'],
      ['colour', 'sms.send.fields.unknownField'],
      ['message', 'sms.send.fields.message.required'],
    ]);
    expect(english[2]!.text).toBe(
      'One of the values entered was not accepted. Check the form, then send again.',
    );
    for (const sentence of english) expect(sentence.text).not.toMatch(/refuse|inconnue|requis|caracteres/i);
    // The raw text stays for logs.
    expect(result.error!.fields[1]!.message).toBe('Numero refuse par le fournisseur');
    expect(result.error!.localizeFields('fr')[0]!.text).toBe(
      'Le nom d’expéditeur est trop long\u00a0: il peut compter au plus 11\u00a0caractères. Raccourcissez-le, puis renvoyez le message.',
    );
  });

  it('recognises the code of a failed item that sent only its French status, and localizes it', () => {
    const result = parseResponse(
      {
        success: true,
        code: 200,
        StatutResponse_List: [
          { success: false, phoneNumber: '+33699999992', status: 'Ce message est introuvable' },
        ],
      },
      { section: 'sms.status' },
    );
    expect(result.itemErrors[0]?.error).toMatchObject({ code: 4, key: 'sms.status.messageNotFound' });
    expect(result.itemErrors[0]?.error.localize('en')).not.toMatch(/introuvable/);
  });

  it('passes on what upstream said: the Retry-After header, in seconds', async () => {
    const response = new Response(JSON.stringify({ success: false, code: 500 }), {
      status: 503,
      headers: { 'content-type': 'application/json', 'retry-after': '120' },
    });
    const result = await parseResponse(response, { section: 'sms.send' });
    expect(result.error?.retryAfter).toBe(120);
    const html = await parseResponse(
      new Response('<html>busy</html>', {
        status: 503,
        headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' },
      }),
      { section: 'sms.send' },
    );
    expect(html.error).toMatchObject({ reason: 'not-json', retryAfter: 0 });
  });

  it('reports per-item errors of a list answer, with the text taken from `status`', async () => {
    for (const result of await everyForm('multi-status.json', 200, 'sms.status')) {
      expect(result.ok).toBe(true);
      expect(result.items).toHaveLength(2);
      expect(result.items[0]).toMatchObject({
        index: 0,
        ok: true,
        code: 200,
        status: 'Delivered',
        messageId: 111111,
      });
      expect(result.items[0]?.error).toBeUndefined();
      expect(result.itemErrors).toHaveLength(1);
      const [failed] = result.itemErrors;
      expect(failed).toMatchObject({ index: 1, phoneNumber: '+33699999992', messageId: 1000 });
      expect(failed?.error).toMatchObject({
        section: 'sms.status',
        code: 4,
        key: 'sms.status.messageNotFound',
        apiMessage: 'Numéro introuvable',
      });
      expect(failed?.error.localize('fr')).toBe(
        'Ce message est introuvable, son statut n’est donc pas disponible.',
      );
    }
  });
});

describe('parseResponse on answers that are not SMSPartner envelopes', () => {
  it('makes HTTP 429 and 5xx without a usable body retryable failures', async () => {
    for (const [body, status, reason] of [
      ['', 429, 'empty-body'],
      [fixture('rate-limited.txt'), 429, 'not-json'],
      [fixture('gateway-error.html.txt'), 502, 'not-json'],
      [null, 503, 'empty-body'],
      ['{"error":"internal"}', 500, 'unexpected-body'],
    ] as const) {
      const results = [
        parseResponse(body, { section: 'sms.send', status }),
        await parseResponse(new Response(body, { status }), { section: 'sms.send' }),
      ];
      for (const result of results) {
        expect(result.ok, `${status} ${body}`).toBe(false);
        expect(result.error).toMatchObject({ reason, httpStatus: status, retryable: true, code: undefined });
        expect(result.error?.localize('fr')).toBe(
          'Un problème est survenu lors de l’envoi du message. Réessayez plus tard ou contactez le support s’il persiste.',
        );
      }
    }
  });

  it('believes the body over the status: an error envelope in a 400, a known code in a 429', async () => {
    for (const result of await everyForm('malformed-json-400.json', 400)) {
      expect(result.error).toMatchObject({
        code: 90,
        key: 'sms.send.malformedJson',
        httpStatus: 400,
        retryable: false,
        apiMessage: 'Le JSON est malformé: erreur de syntaxe',
      });
      expect(result.error?.localize('en', { register: 'official' })).toBe(
        readLocaleText('en', 'official', 'sms.send.malformedJson'),
      );
    }
    const result = parseResponse(fixture('insufficient-credit.json'), { section: 'sms.send', status: 429 });
    expect(result.error).toMatchObject({ code: 11, retryable: false, httpStatus: 429 });
    const mail = parseResponse({ success: false, code: 429 }, { section: 'mail', status: 429 });
    expect(mail.error).toMatchObject({ key: 'mail.tooManyRequests', retryable: true });
  });

  it.each([
    ['empty.txt', 'empty-body'],
    ['gateway-error.html.txt', 'not-json'],
    ['truncated-json.txt', 'invalid-json'],
    ['not-object.json', 'unexpected-body'],
  ])('%s gives %s, and is not retryable with a 200', async (name, reason) => {
    for (const result of await everyForm(name)) {
      expect(result).toMatchObject({ ok: false, items: [], itemErrors: [] });
      expect(result.error).toMatchObject({ reason, retryable: false, section: 'sms.send' });
      expect(result.error?.message).toMatch(/^SMSPartner sms\.send: the response body/);
    }
  });

  it('does not parse a body over the size limit, however it arrives', async () => {
    const huge = JSON.stringify({ success: true, code: 200, padding: 'x'.repeat(defaultMaxBodyBytes) });
    expect(parseResponse(huge, { section: 'sms.send' }).error?.reason).toBe('body-too-large');
    expect(parseResponse(new TextEncoder().encode(huge), { section: 'sms.send' }).error?.reason).toBe(
      'body-too-large',
    );
    expect((await parseResponse(new Response(huge), { section: 'sms.send' })).error?.reason).toBe(
      'body-too-large',
    );
    expect(
      parseResponse('{"success":true,"code":200}', { section: 'sms.send', maxBytes: 10 }).error?.reason,
    ).toBe('body-too-large');
  });

  it('stops reading a streamed body at the limit instead of reading it all', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const result = await parseResponse(new Response(endless, { status: 200 }), { section: 'sms.send' });
    expect(result.error?.reason).toBe('body-too-large');
    expect(pulled).toBeLessThanOrEqual(defaultMaxBodyBytes / (64 * 1024) + 3);
  });

  it('refuses a body announced as too large without reading it', async () => {
    const response = new Response('{"success":true,"code":200}', {
      headers: { 'content-length': String(defaultMaxBodyBytes + 1) },
    });
    expect((await parseResponse(response, { section: 'sms.send' })).error?.reason).toBe('body-too-large');
  });

  it('reports a body already read, or a stream that fails, as unreadable', async () => {
    const used = new Response('{"success":true,"code":200}');
    await used.text();
    expect((await parseResponse(used, { section: 'sms.send' })).error?.reason).toBe('body-unreadable');
    const failing = new ReadableStream({
      pull(controller) {
        controller.error(new Error('socket hang up'));
      },
    });
    const result = await parseResponse(new Response(failing, { status: 200 }), { section: 'sms.send' });
    expect(result.error).toMatchObject({ reason: 'body-unreadable', httpStatus: 200 });
  });

  it('drops a BOM and tolerates invalid UTF-8', () => {
    expect(parseResponse('\uFEFF{"success":true,"code":200}', { section: 'sms.send' }).ok).toBe(true);
    const bytes = new Uint8Array([0xff, ...new TextEncoder().encode('{"success":false,"code":11}')]);
    expect(parseResponse(bytes, { section: 'sms.send' }).error?.reason).toBe('not-json');
  });
});

describe('parseResponse, whatever it is given', () => {
  const sections = fc.constantFrom('sms.send', 'sms.status', 'vms', 'mail', 'hlr.error', 'nope', undefined);
  const envelope = fc.record(
    {
      success: fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'), fc.anything()),
      code: fc.oneof(fc.integer(), fc.string(), fc.constantFrom('NOT_CREDIT', '11', 200), fc.anything()),
      message: fc.oneof(fc.string(), fc.anything()),
      error: fc.oneof(
        fc.array(fc.record({ elementId: fc.oneof(fc.string(), fc.anything()), message: fc.anything() })),
        fc.anything(),
      ),
      StatutResponse_List: fc.array(
        fc.oneof(fc.object(), fc.record({ success: fc.boolean(), code: fc.integer() })),
      ),
    },
    { requiredKeys: [] },
  );
  const bodies = fc.oneof(
    envelope,
    envelope.map((value) => JSON.stringify(value)),
    envelope.map((value) => JSON.stringify(value).slice(0, -3)),
    fc.string(),
    fc.json(),
    fc.uint8Array(),
    fc.anything(),
  );

  const checkResult = (result: SmsPartnerResult) => {
    expect(typeof result.ok).toBe('boolean');
    const errors = [...(result.ok ? [] : [result.error]), ...result.itemErrors.map((item) => item.error)];
    for (const error of errors) {
      expect(isSmsPartnerError(error)).toBe(true);
      expect(error.message.trim()).not.toBe('');
      expect(error.message).not.toContain('[object Object]');
      for (const locale of ['fr', 'en']) {
        const text = error.localize(locale);
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/undefined|\[object Object\]/);
      }
    }
  };

  it('never throws, synchronously', () => {
    fc.assert(
      fc.property(bodies, sections, fc.anything(), (body, section, status) => {
        checkResult(
          parseResponse(body as unknown, {
            section: section as never,
            status: status as never,
          }) as SmsPartnerResult,
        );
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (body, options) => {
        checkResult(parseResponse(body as unknown, options as never) as SmsPartnerResult);
      }),
      { numRuns: 200 },
    );
  });

  it('never rejects, for a Response', async () => {
    await fc.assert(
      fc.asyncProperty(
        bodies.filter((body) => typeof body === 'string' || body instanceof Uint8Array),
        sections,
        fc.integer({ min: 200, max: 599 }),
        async (body, section, status) => {
          const response = new Response(
            status === 204 || status === 205 || status === 304 ? null : (body as string),
            {
              status,
            },
          );
          checkResult(await parseResponse(response, { section: section as never }));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('parseResponse: the lenient answers, and large lists', () => {
  it('lets an explicit success flag decide over the code', () => {
    const result = parseResponse({ success: true, code: 11 }, { section: 'sms.send' });
    expect(result).toMatchObject({ ok: true, code: 11 });
    expect(parseResponse({ success: false, code: 200 }, { section: 'sms.send' }).ok).toBe(false);
  });

  it('reads a code without a success flag as core’s lookup does: only 200 in digits is success', () => {
    for (const code of [200, '200', ' 200 '])
      expect(parseResponse({ code }, { section: 'sms.send' }).ok).toBe(true);
    for (const code of ['0xc8', '2e2', '200.0', '+200', '0b11001000', 200.5, '２００']) {
      const result = parseResponse({ code }, { section: 'sms.send' });
      expect(result.ok, String(code)).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ reason: 'api-error', key: undefined });
    }
  });

  it('makes a failed item’s error when it is read, once, and lists the same item in itemErrors', () => {
    const body = {
      success: true,
      code: 200,
      StatutResponse_List: [
        { phoneNumber: '+33600000001', success: true, code: 200 },
        { phoneNumber: '+33600000002', success: false, code: 10, status: 'Numero invalide' },
      ],
    };
    const result = parseResponse(body, { section: 'sms.send' });
    const [sent, failed] = result.items;
    expect(sent!.error).toBeUndefined();
    expect(Object.keys(sent!)).not.toContain('error');
    expect(result.itemErrors).toEqual([failed]);
    expect(result.itemErrors[0]).toBe(failed);
    expect(failed!.error).toBe(failed!.error);
    expect(failed!.error).toMatchObject({
      code: 10,
      apiMessage: 'Numero invalide',
      key: 'sms.send.apiKeyIncorrect',
    });
    expect({ ...failed }.error).toBe(failed!.error);
    expect(JSON.parse(JSON.stringify(failed))).toMatchObject({ index: 1, ok: false, error: { code: 10 } });
  });
});

describe('parseResponse of large and hand-made lists', () => {
  it('reads every item error of a 10,000-item failing list, each one correct', () => {
    const body = JSON.stringify({
      success: true,
      code: 200,
      StatutResponse_List: Array.from({ length: 10_000 }, (_, index) => ({
        phoneNumber: `+336${String(index).padStart(8, '0')}`,
        success: false,
        code: index % 2 === 0 ? 10 : 11,
        status: 'Erreur',
      })),
    });
    const result = parseResponse(body, { section: 'sms.send' });
    expect(result.itemErrors).toHaveLength(10_000);
    expect(result.itemErrors[9_999]).toMatchObject({ index: 9_999, phoneNumber: '+33600009999' });
    expect(result.itemErrors[9_999]!.error.key).toBe('sms.send.insufficientCredit');
    expect(result.itemErrors[0]!.error.key).toBe('sms.send.apiKeyIncorrect');
  });

  it('stops scanning a sparse list made by hand instead of walking 2 ** 32 - 1 holes', () => {
    const sparse: unknown[] = [{ success: false, code: 11 }];
    sparse.length = 2 ** 32 - 1;
    const result = parseResponse({ success: false, code: 11, list: sparse }, { section: 'sms.send' });
    expect(result.items).toHaveLength(1);
    expect(result.ok).toBe(false);
  });
});
