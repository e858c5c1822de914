import { readFileSync } from 'node:fs';
import { isSectionId, lastResortText, sectionIds } from '@smspartner-i18n/core';
import {
  controlText,
  createCallCounter,
  forgedErrorValue,
  hostileList,
  hostileRecord,
  hostileValue,
  neverThrowsSentences,
  throwingProxy,
} from '@smspartner-i18n/hostile';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from './cli-program.ts';
import { addSmsPartnerResources, createI18nextInstance, smsPartnerKeys, translateCode } from './i18next.ts';
import {
  acceptedLocales,
  createTranslator,
  fieldName,
  isSmsPartnerError,
  negotiateLocale,
  parseResponse,
  problemStatus,
  SmsPartnerError,
  toProblemDetails,
} from './index.ts';

/**
 * The never-throws suite of the Node adapter: every public function, given hostile values
 * (`@smspartner-i18n/hostile`), answers with its documented fallback and never throws. Each
 * "never throws" sentence of the README is backed by one of these properties (the table at the
 * end). `HOSTILE_RUNS` (default 200) sets the runs per property, for a longer hunt.
 */
const runs = Number(process.env['HOSTILE_RUNS'] ?? 200);
/** Generous: the runs are the point, and the machine is shared. */
const timeout = Math.max(20_000, runs * 100);
const counter = createCallCounter('@smspartner-i18n/node');
const ran = new Set<string>();
afterAll(() => {
  console.info(counter.report());
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const unsafe = /[\0-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/;
const problemStatuses = new Set([400, 402, 403, 404, 422, 429, 500, 502, 503]);
const languageTag = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

const section = fc.oneof(fc.constantFrom(...sectionIds), hostileValue);
const code = fc.oneof(fc.constantFrom(11, '11', 9, 200, 'NOT_CREDIT', 'Delivered', 1), hostileValue);
const locale = fc.oneof(fc.constantFrom('fr', 'fr-CA', 'en', 'de', 'FR_ca'), hostileValue);
const register = fc.oneof(fc.constantFrom('official', 'friendly'), hostileValue);
const pack = hostileRecord(['locale', 'codes', 'compiled'], { locale });
const translatorOptions = hostileRecord(['locale', 'fallbackLocale', 'register', 'locales'], {
  locale,
  fallbackLocale: locale,
  register,
  locales: hostileList(pack),
});
const callOptions = hostileRecord(['register', 'params'], {
  register,
  params: hostileRecord(['max', 'limit', 'code'], { max: fc.oneof(fc.integer(), hostileValue) }),
});
const errorOptions = hostileRecord(
  ['section', 'code', 'apiMessage', 'fields', 'httpStatus', 'reason', 'cause'],
  {
    section,
    code,
    apiMessage: controlText,
    fields: hostileList(hostileRecord(['field', 'message'], { field: controlText, message: controlText })),
    httpStatus: fc.oneof(fc.constantFrom(200, 429, 500, 503), hostileValue),
    reason: fc.oneof(fc.constantFrom('api-error', 'network', 'not-json'), hostileValue),
  },
);
const translatorValue = fc.oneof(
  translatorOptions.map((options) => createTranslator(options as never)),
  hostileRecord(['explain', 'message', 'locale'], {
    explain: fc.constant(() => ({ text: 'x', locale: 'fr\r\nx: y' })),
    message: fc.constant(() => 'x'),
  }),
  fc.constant(throwingProxy({})),
);
const body = fc.oneof(
  hostileValue,
  hostileRecord(['success', 'code', 'message', 'error', 'errors', 'StatutResponse_List'], {
    success: fc.oneof(fc.boolean(), fc.constantFrom('true', 'false')),
    code,
    message: controlText,
    StatutResponse_List: hostileList(
      hostileRecord(['success', 'code', 'status', 'phoneNumber', 'messageId'], {
        success: fc.boolean(),
        code,
        status: controlText,
        phoneNumber: controlText,
      }),
    ),
  }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  controlText,
);
const parseOptions = hostileRecord(['section', 'status', 'maxBytes'], {
  section,
  status: fc.oneof(fc.integer({ min: 100, max: 599 }), hostileValue),
  maxBytes: fc.oneof(fc.integer({ min: 1, max: 1 << 20 }), hostileValue),
});

function property(name: string, arbitraries: fc.Arbitrary<unknown>[], check: (...values: never[]) => void) {
  it(
    name,
    () => {
      fc.assert(
        fc.property(...(arbitraries as [fc.Arbitrary<unknown>]), (...values: unknown[]) =>
          check(...(values as never[])),
        ),
        { numRuns: runs },
      );
      ran.add(name);
    },
    timeout,
  );
}

function isSentence(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && !/^[a-z]+(?:\.[a-zA-Z]+)+$/.test(value);
}

describe('@smspartner-i18n/node never throws, for any value', () => {
  property(
    'createTranslator and its methods',
    [translatorOptions, section, code, callOptions],
    (options, s, c, o) => {
      const translator = counter.call(() => createTranslator(options));
      expect(typeof translator.locale).toBe('string');
      const text = counter.call(() => translator.message(s, c, o));
      expect(isSentence(text)).toBe(true);
      const explanation = counter.call(() => translator.explain(s, c, o));
      expect(isSentence(explanation.text)).toBe(true);
      expect(explanation.locale).toMatch(languageTag);
    },
  );

  property(
    'SmsPartnerError: constructor, localize, message, toJSON',
    [errorOptions, locale, translatorOptions],
    (options, l, localizeOptions) => {
      const error = counter.call(() => new SmsPartnerError(options));
      expect(error.message).not.toMatch(unsafe);
      expect(error.message.length).toBeLessThanOrEqual(2000);
      expect(isSentence(counter.call(() => error.localize(l as never, localizeOptions as never)))).toBe(true);
      expect(() => JSON.stringify(counter.call(() => error.toJSON()))).not.toThrow();
      expect(counter.call(() => isSmsPartnerError(error))).toBe(true);
    },
  );

  property('isSmsPartnerError', [fc.oneof(hostileValue, forgedErrorValue)], (value) => {
    expect(typeof counter.call(() => isSmsPartnerError(value))).toBe('boolean');
  });

  property(
    'toProblemDetails and problemStatus',
    [
      fc.oneof(
        forgedErrorValue,
        errorOptions.map((options) => new SmsPartnerError(options as never)),
        hostileValue,
      ),
      fc.oneof(translatorValue, hostileValue),
      hostileRecord(['typeBase'], { typeBase: fc.oneof(fc.constant(null), fc.webUrl()) }),
    ],
    (error, translator, options) => {
      const { problem, headers, contentLanguage } = counter.call(() =>
        toProblemDetails(error, translator, options),
      );
      expect(problemStatuses.has(problem.status)).toBe(true);
      expect(Number.isInteger(problem.status)).toBe(true);
      expect(headers['content-language']).toMatch(languageTag);
      expect(contentLanguage).toBe(headers['content-language']);
      expect(headers['content-type']).toBe('application/problem+json');
      expect(isSentence(problem.detail)).toBe(true);
      expect(() => JSON.stringify(problem)).not.toThrow();
      expect(problemStatuses.has(counter.call(() => problemStatus(error)))).toBe(true);
    },
  );

  property('parseResponse of a body in hand', [body, parseOptions], (given, options) => {
    const result = counter.call(() => parseResponse(given as string, options as never));
    expect(typeof result.ok).toBe('boolean');
    if (!result.ok) expect(isSmsPartnerError(result.error)).toBe(true);
    for (const item of result.itemErrors) expect(item.error.message).not.toMatch(unsafe);
    if (result.section !== undefined) expect(isSectionId(result.section)).toBe(true);
  });

  it(
    'parseResponse of a Response-like object never rejects',
    async () => {
      const responseLike = hostileRecord(['status', 'headers', 'body', 'bodyUsed', 'text'], {
        status: fc.integer({ min: 100, max: 599 }),
        headers: hostileRecord(['get'], { get: fc.constant(() => null) }),
        body: fc.constant(null),
        text: fc.oneof(
          fc.constant(() => Promise.resolve('{"success":false,"code":11}')),
          fc.constant(() => Promise.reject(new Error('gone'))),
          fc.constant(() => {
            throw new Error('sync');
          }),
        ),
      });
      await fc.assert(
        fc.asyncProperty(responseLike, parseOptions, async (response, options) => {
          const result = await counter.call(() => parseResponse(response as never, options as never));
          expect(typeof result.ok).toBe('boolean');
        }),
        { numRuns: runs },
      );
      ran.add('parseResponse of a Response-like object');
    },
    timeout,
  );

  property(
    'negotiateLocale and acceptedLocales',
    [fc.oneof(hostileList(controlText), controlText, hostileValue), hostileList(locale), locale],
    (header, available, fallback) => {
      const chosen = counter.call(() => negotiateLocale(header, available as never, fallback as never));
      expect(chosen).toMatch(languageTag);
      const ranges = counter.call(() => acceptedLocales(header));
      expect(ranges.length).toBeLessThanOrEqual(32);
      for (const range of ranges) expect(range).toMatch(languageTag);
    },
  );

  property(
    'the i18next entry: createI18nextInstance, translateCode, smsPartnerKeys, addSmsPartnerResources',
    [
      hostileRecord(['lng', 'fallbackLng', 'register', 'resources', 'init'], {
        lng: locale,
        register,
        resources: hostileList(hostileValue),
      }),
      section,
      code,
      callOptions,
    ],
    (options, s, c, o) => {
      const instance = counter.call(() => createI18nextInstance(options as never));
      expect(typeof instance.t).toBe('function');
      expect(isSentence(counter.call(() => translateCode(instance, s, c, o as never)))).toBe(true);
      expect(
        isSentence(counter.call(() => translateCode(throwingProxy({}) as never, s, c, o as never))),
      ).toBe(true);
      for (const key of counter.call(() => smsPartnerKeys(s, c))) expect(typeof key).toBe('string');
      expect(counter.call(() => addSmsPartnerResources(instance, options as never))).toBe(instance);
    },
  );

  property('fieldName', [fc.oneof(controlText, hostileValue)], (elementId) => {
    expect(typeof counter.call(() => fieldName(elementId))).toBe('string');
  });

  it(
    'the CLI: any arguments and any input give exit 0, 1 or 2, and safe text',
    async () => {
      const argument = fc.oneof(
        fc.constantFrom(
          'explain',
          'list',
          'parse',
          '--json',
          '--locale',
          'fr',
          '--section',
          'sms.send',
          '-',
          '11',
          '--format',
          'csv',
        ),
        controlText,
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(argument, { maxLength: 6 }),
          fc.oneof(
            controlText,
            body.map((value) => (typeof value === 'string' ? value : '')),
          ),
          async (args, stdin) => {
            let out = '';
            const io: CliIo = {
              stdout: (text) => {
                out += text;
              },
              stderr: (text) => {
                out += text;
              },
              readInput: async () => new TextEncoder().encode(stdin),
              stdinIsTerminal: false,
            };
            const exit = await counter.call(() => runCli(args, io));
            expect([0, 1, 2]).toContain(exit);
            // The CSV line ends (CRLF) are RFC 4180's; everything else is free of control characters.
            expect(out.replace(/\r\n/g, '\n').replace(/\n/g, '')).not.toMatch(unsafe);
          },
        ),
        { numRuns: runs },
      );
      ran.add('the CLI');
    },
    timeout,
  );

  it('has made the calls it reports', () => {
    expect(counter.count).toBeGreaterThan(runs * 10);
  });
});

/**
 * Every "never throws" sentence of the README, with the property above that backs it. A new
 * sentence without a row, or a row whose property did not run, fails.
 */
const claims: readonly { readonly sentence: RegExp; readonly property: string }[] = [
  {
    sentence: /^`parseResponse` never throws and never rejects\./,
    property: 'parseResponse of a body in hand',
  },
  {
    sentence: /^`parseResponse` never throws and never rejects\./,
    property: 'parseResponse of a Response-like object',
  },
  { sentence: /^Never a raw key, never empty, never throws\./, property: 'createTranslator and its methods' },
  {
    sentence: /^Never throws \(an `available` list that is a Proxy included\)\./,
    property: 'negotiateLocale and acceptedLocales',
  },
  {
    sentence: /^The constructor takes any value .* neither it nor `localize` ever throws\./,
    property: 'SmsPartnerError: constructor, localize, message, toJSON',
  },
  {
    sentence: /^It never throws, whatever its three arguments are/,
    property: 'toProblemDetails and problemStatus',
  },
];

describe('packages/node/README.md', () => {
  it('backs each of its never-throws sentences with a property of this suite', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const sentences = neverThrowsSentences(readme);
    expect(sentences.length).toBeGreaterThanOrEqual(5);
    for (const sentence of sentences) {
      const rows = claims.filter((claim) => claim.sentence.test(sentence));
      expect(rows.length, `no property backs the README sentence: ${sentence}`).toBeGreaterThan(0);
      for (const row of rows)
        expect(ran, `the property "${row.property}" did not run`).toContain(row.property);
    }
    for (const claim of claims)
      expect(
        sentences.some((sentence) => claim.sentence.test(sentence)),
        `the README no longer says: ${claim.sentence}`,
      ).toBe(true);
    expect(lastResortText).not.toBe('');
  });
});
