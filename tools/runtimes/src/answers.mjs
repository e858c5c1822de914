// What the public entries answer, as plain JSON. Every runtime runs this same
// file (workerd runs it bundled); the test compares each runtime's JSON with
// Node's. Plain JavaScript, so that Node runs it as a user's app would.
import { entries, isKnownCode, lookup, sanitizeCode, sections } from '@smspartner-i18n/core';
import { createResolver } from '@smspartner-i18n/core/runtime';
import * as en from '@smspartner-i18n/locale-en';
import * as fr from '@smspartner-i18n/locale-fr';
import { pack as frenchSmsSend } from '@smspartner-i18n/locale-fr/friendly/sms.send';
import {
  acceptedLocales,
  createTranslator,
  isSmsPartnerError,
  negotiateLocale,
  parseResponse,
  SmsPartnerError,
  toProblemDetails,
} from '@smspartner-i18n/node';

const locales = ['en', 'fr', 'fr-CA', 'en-GB', 'de', 'not a locale'];
const registers = ['friendly', 'official'];

// Raw codes as SMSPartner and apps send them: numbers, numeric strings, names, junk.
const rawCodes = [
  11,
  '11',
  ' 11 ',
  '011',
  11.5,
  -1,
  0,
  999,
  'NOT_CREDIT',
  'Delivered',
  'delivered',
  '',
  null,
  true,
];

/** A value with params replaced by a large fractional number: the locale's number formatting shows. */
function bigParams(params) {
  return Object.fromEntries(Object.keys(params ?? {}).map((name) => [name, 1234567.891]));
}

/** `make(locale, register)` for every locale and register, by `locale/register`. */
function byLocaleAndRegister(make) {
  return Object.fromEntries(
    locales.flatMap((locale) =>
      registers.map((register) => [`${locale}/${register}`, make(locale, register)]),
    ),
  );
}

function describeError(error) {
  return {
    isSmsPartnerError: isSmsPartnerError(error),
    instanceOf: error instanceof SmsPartnerError,
    json: error.toJSON(),
    entryKey: error.entry?.key ?? null,
    localized: byLocaleAndRegister((locale, register) => error.localize(locale, { register })),
  };
}

function describeResult(result) {
  if (result.ok) return { ok: true, data: result.data, items: result.items };
  return { ok: false, items: result.items ?? null, error: describeError(result.error) };
}

// Real `Response` objects, as fetch hands them over.
const responses = {
  success: () => Response.json({ success: true, code: 200, message_id: 4242, cost: 0.045, currency: 'EUR' }),
  credit: () => Response.json({ success: false, code: 11, message: 'Crédit insuffisant' }),
  'string code': () => Response.json({ success: false, code: '10', message: 'Clé API incorrecte' }),
  'unknown code': () => Response.json({ success: false, code: 777 }),
  validation: () =>
    Response.json(
      {
        success: false,
        code: 9,
        error: [{ elementId: 'children[phoneNumbers].data', message: 'Le numero est invalide' }],
      },
      { status: 400 },
    ),
  list: () =>
    Response.json({
      success: true,
      code: 200,
      StatutResponse_List: [
        { phoneNumber: '+33600000001', success: true, code: 200 },
        { phoneNumber: '+33600000002', success: false, code: 4 },
      ],
    }),
  'html 429': () => new Response('<html><body>Too Many Requests</body></html>', { status: 429 }),
  'truncated json': () => new Response('{"success":false,"code":1', { status: 200 }),
  empty: () => new Response(null, { status: 502 }),
  'json array': () => Response.json([1, 2, 3]),
  'too large': () => new Response(`{"success":false,"message":"${'x'.repeat(3000)}"}`),
  'utf-8 bytes': () => new Response(new TextEncoder().encode('{"success":false,"code":"NOT_CREDIT"}')),
  'already read': async () => {
    const used = Response.json({ success: false, code: 11 });
    await used.text();
    return used;
  },
  'stream error': () =>
    new Response(
      new ReadableStream({ pull: (controller) => controller.error(new Error('connection reset')) }),
    ),
};

const acceptLanguages = [
  'fr-CA,fr;q=0.9,en;q=0.8',
  'en-GB',
  'de-DE,de;q=0.9',
  'fr;q=0, en;q=0.5',
  '*',
  'xx-invalid-;q=abc',
  '',
  undefined,
  ['fr-BE', 'en'],
];

export async function answers() {
  const result = {};

  result.core = {
    sections: sections.map(({ id, size, fallbackKey }) => ({ id, size, fallbackKey })),
    lookups: sections.flatMap((section) =>
      rawCodes.map((code) => ({
        section: section.id,
        code,
        key: lookup(section.id, code)?.key ?? null,
        known: isKnownCode(section.id, code),
      })),
    ),
    sanitized: rawCodes.map((code) => sanitizeCode(code) ?? null),
    everyEntry: entries.map(({ key, section, code }) => ({ key, found: lookup(section, code)?.key ?? null })),
  };

  result.locales = {};
  for (const pack of [en, fr]) {
    const resolver = createResolver({ packs: [pack.pack], locale: pack.locale });
    result.locales[pack.locale] = {
      namespaces: pack.namespaces,
      resourceKeys: Object.keys(pack.resources[pack.locale]['smspartner-friendly']).length,
      officialSources: pack.official,
      friendlySources: pack.friendly,
      resolved: entries.map((entry) => [
        resolver.message(entry.section, entry.code),
        resolver.message(entry.section, entry.code, {
          register: 'official',
          params: bigParams(entry.params),
        }),
      ]),
    };
  }

  // A one-section, one-register entry, resolved without the catalog.
  const sectionResolver = createResolver({ packs: [frenchSmsSend], locale: 'fr-CA' });
  result.locales.sectionEntry = entries
    .filter((entry) => entry.section === 'sms.send')
    .map((entry) => sectionResolver.explain(entry.section, entry.code, { params: bigParams(entry.params) }));

  result.translator = byLocaleAndRegister((locale, register) => {
    const translator = createTranslator({ locale, register });
    return {
      locale: translator.locale,
      localeChain: translator.localeChain,
      availableLocales: translator.availableLocales,
      texts: entries.map((entry) => {
        const explained = translator.explain(entry.section, entry.code, { params: bigParams(entry.params) });
        const { text, locale: shown, matched, key } = explained;
        return [text, shown, matched, key, translator.message(entry.section, entry.code)];
      }),
      unknown: sections.map((section) => translator.explain(section.id, 'no-such-code').text),
      noSection: translator.explain('no.such.section', 11).text,
    };
  });

  result.parseResponse = {};
  result.problems = {};
  for (const [name, make] of Object.entries(responses)) {
    const parsed = await parseResponse(await make(), { section: 'sms.send', maxBytes: 2048 });
    result.parseResponse[name] = describeResult(parsed);
    if (!parsed.ok) {
      result.problems[name] = Object.fromEntries(
        ['en', 'fr-CA', 'de'].map((locale) => [
          locale,
          toProblemDetails(parsed.error, createTranslator({ locale })),
        ]),
      );
    }
  }
  result.problems.network = toProblemDetails(
    new SmsPartnerError({ section: 'sms.send', reason: 'network', cause: new Error('offline') }),
    createTranslator({ locale: 'fr' }),
  );
  result.problems['not an error'] = toProblemDetails(new Error('boom'));

  result.negotiate = acceptLanguages.map((header) => ({
    header: header ?? null,
    builtIn: negotiateLocale(header),
    custom: negotiateLocale(header, ['en-US', 'fr-FR', 'de'], 'de'),
    accepted: acceptedLocales(header),
  }));

  return result;
}
