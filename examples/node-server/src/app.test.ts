import { createTranslator } from '@smspartner-i18n/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { type StandIn, startSmsPartnerStandIn } from './smspartner-stand-in.ts';

const apiKey = 'test-key';
// The texts themselves are the locale packages' business (and tested there): here, that the French ones arrive.
const french = createTranslator({ locale: 'fr' });
const english = createTranslator({ locale: 'en' });
let standIn: StandIn;
let app: ReturnType<typeof buildApp>;
let baseUrl: string;

beforeAll(async () => {
  standIn = await startSmsPartnerStandIn({ apiKey, credit: 10, rateLimitPerMinute: 1000 });
  app = buildApp({ smsPartnerUrl: standIn.url, apiKey });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await app.close();
  await standIn.close();
  expect(app.server.listening).toBe(false);
});

afterEach(() => {
  standIn.setMaintenance(false);
  standIn.setCredit(10);
});

function send(body: unknown, acceptLanguage?: string) {
  return fetch(`${baseUrl}/notifications/sms`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(acceptLanguage !== undefined ? { 'accept-language': acceptLanguage } : {}),
    },
    body: JSON.stringify(body),
  });
}

describe('the example server, end to end over HTTP', () => {
  it('sends an SMS through the stand-in', async () => {
    const response = await send({ phoneNumbers: '+33600000001,+33600000002', message: 'Bonjour' });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ messageId: expect.any(Number), cost: 0.076, currency: 'EUR' });
  });

  it('answers a French client with a French problem when the credit runs out', async () => {
    standIn.setCredit(0);
    const response = await send({ phoneNumbers: '+33600000001', message: 'Bonjour' }, 'fr-CA,fr;q=0.9');
    expect(response.status).toBe(402);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json(;|$)/);
    expect(response.headers.get('content-language')).toBe('fr');
    expect(response.headers.get('vary')).toContain('Accept-Language');
    expect(french.message('sms.send', 11)).not.toBe(english.message('sms.send', 11));
    expect(french.message('sms.send', 11)).toMatch(/crédit/);
    expect(await response.json()).toEqual({
      type: 'https://smspartner-i18n.github.io/smspartner-i18n/en/sms.send/11/',
      title: 'Payment Required',
      status: 402,
      detail: french.message('sms.send', 11),
      section: 'sms.send',
      code: 11,
      key: 'sms.send.insufficientCredit',
      fields: [],
      errors: [],
      retryable: false,
      reason: 'api-error',
    });
  });

  it('answers an English client with the rejected fields of a validation error', async () => {
    const response = await send(
      { phoneNumbers: '12', message: '', sender: 'A very long sender' },
      'en-GB,en;q=0.8',
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-language')).toBe('en');
    const problem = await response.json();
    expect(problem).toMatchObject({
      status: 400,
      code: 9,
      key: 'sms.send.validationFailed',
      section: 'sms.send',
      retryable: false,
      reason: 'api-error',
      detail: english.message('sms.send', 9),
    });
    // SMSPartner's raw messages stay in `fields` for logs; `errors` is what the client shows.
    expect(problem.fields.map((field: { message: string }) => field.message)).toEqual([
      'Le message est requis',
      "Ce numero de telephone n'est pas valide (12)",
      "L'emetteur ne peut pas etre plus long que 11 caracteres",
    ]);
    expect(problem.errors).toEqual([
      {
        pointer: '#/message',
        field: 'message',
        key: 'sms.send.fields.message.required',
        detail: 'The message text is missing. Write it, then send again.',
      },
      {
        pointer: '#/phoneNumbers',
        field: 'phoneNumbers',
        key: 'sms.send.fields.phoneNumbers.invalid',
        params: { phoneNumber: '12' },
        detail: 'The phone number 12 is not valid. Check it, with its country code, and try again.',
      },
      {
        pointer: '#/sender',
        field: 'sender',
        key: 'sms.send.fields.sender.tooLong',
        params: { maxLength: 11 },
        detail:
          'The sender name is too long: it can have at most 11 characters. Shorten it, then send again.',
      },
    ]);
  });

  it('answers a French client with the rejected fields in French, accents included', async () => {
    const response = await send({ phoneNumbers: '12', message: 'Bonjour' }, 'fr-FR');
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem.detail).toBe(french.message('sms.send', 9));
    expect(problem.errors).toEqual([
      {
        pointer: '#/phoneNumbers',
        field: 'phoneNumbers',
        key: 'sms.send.fields.phoneNumbers.invalid',
        params: { phoneNumber: '12' },
        detail: 'Le numéro 12 n’est pas valide. Vérifiez-le, avec son indicatif pays, puis réessayez.',
      },
    ]);
  });

  it('answers a silent SMSPartner with a timeout problem', async () => {
    const silent = await import('node:http').then(({ createServer }) => createServer(() => undefined));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address() as import('node:net').AddressInfo;
    const slowApp = buildApp({ smsPartnerUrl: `http://127.0.0.1:${address.port}`, apiKey, timeoutMs: 200 });
    try {
      const response = await slowApp.inject({
        method: 'POST',
        url: '/notifications/sms',
        payload: { phoneNumbers: '+33600000001', message: 'Hi' },
      });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ reason: 'timeout', retryable: true });
    } finally {
      await slowApp.close();
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('hides a wrong API key from the client behind a 502 with a friendly sentence', async () => {
    const wrongKeyApp = buildApp({ smsPartnerUrl: standIn.url, apiKey: 'wrong' });
    try {
      const response = await wrongKeyApp.inject({
        method: 'POST',
        url: '/notifications/sms',
        headers: { 'accept-language': 'fr' },
        payload: { phoneNumbers: '+33600000001', message: 'Bonjour' },
      });
      expect(response.statusCode).toBe(502);
      expect(response.json()).toMatchObject({
        key: 'sms.send.apiKeyIncorrect',
        detail: french.message('sms.send', 10),
      });
      // The client learns nothing of the key: the friendly text, not SMSPartner's.
      expect(response.body).not.toMatch(/cl[ée]f? API/i);
    } finally {
      await wrongKeyApp.close();
    }
  });

  it('turns a gateway HTML page into a retryable 503 problem', async () => {
    standIn.setMaintenance(true);
    const response = await send({ phoneNumbers: '+33600000001', message: 'Bonjour' }, 'fr');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      type: 'about:blank',
      title: 'Service Unavailable',
      retryable: true,
    });
  });

  it('turns an unreachable SMSPartner into a retryable 503 problem', async () => {
    const closed = await startSmsPartnerStandIn({ apiKey });
    await closed.close();
    const offline = buildApp({ smsPartnerUrl: closed.url, apiKey });
    try {
      const response = await offline.inject({
        method: 'POST',
        url: '/notifications/sms',
        headers: { 'accept-language': 'de, fr;q=0.5' },
        payload: { phoneNumbers: '+33600000001', message: 'Bonjour' },
      });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-language']).toBe('fr');
      expect(response.json()).toMatchObject({ retryable: true, section: 'sms.send', reason: 'network' });
    } finally {
      await offline.close();
    }
  });

  it('passes on SMSPartner’s rate limiting as a 429', async () => {
    const limited = await startSmsPartnerStandIn({ apiKey, rateLimitPerMinute: 1 });
    const limitedApp = buildApp({ smsPartnerUrl: limited.url, apiKey });
    try {
      const request = {
        method: 'POST' as const,
        url: '/notifications/sms',
        payload: { phoneNumbers: '+33600000001', message: 'Hi' },
      };
      expect((await limitedApp.inject(request)).statusCode).toBe(202);
      const second = await limitedApp.inject(request);
      expect(second.statusCode).toBe(429);
      expect(second.json()).toMatchObject({
        status: 429,
        retryable: true,
        title: 'Too Many Requests',
        retryAfter: 60,
      });
      expect(second.headers['retry-after']).toBe('60');
    } finally {
      await limitedApp.close();
      await limited.close();
    }
  });
});
