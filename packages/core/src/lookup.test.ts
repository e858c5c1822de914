import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entries, messageKeys } from './catalog.ts';
import { entryByKey, isKnownCode, isMessageKey, isSectionId, lookup, sanitizeCode } from './lookup.ts';
import { type SectionId, sectionIds } from './types.ts';

const sectionArbitrary = fc.constantFrom(...sectionIds);
/** What JSON bodies and webhooks put around a code. */
const padding = fc.constantFrom('', ' ', '  ', '\t', '\n', ' \r\n ');
const numericEntries = entries.filter((entry) => typeof entry.code === 'number');
const namedEntries = entries.filter((entry) => entry.name !== undefined);

const tenMegabytes = 10 * 1024 * 1024;

/** Inputs that are not a code of any section. */
const notCodes: readonly unknown[] = [
  null,
  undefined,
  true,
  false,
  {},
  [],
  [11],
  { code: 11 },
  Object.create(null),
  new Number(11),
  new String('11'),
  () => 11,
  Symbol('11'),
  Number.NaN,
  -1,
  1.5,
  // What JSON.parse gives for a body with an out-of-range number.
  JSON.parse('1e999'),
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  -1n,
  10n ** 30n,
  '',
  '   ',
  '-1',
  '1.5',
  '11.0',
  '1e1',
  '1e999',
  '0x0B',
  '+11',
  '1 1',
  'Infinity',
  'NaN',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'unknownCode',
  'x'.repeat(tenMegabytes),
  '1'.repeat(tenMegabytes),
  ' '.repeat(tenMegabytes),
  `${' '.repeat(tenMegabytes)}11`,
  `DELIVRD${' '.repeat(tenMegabytes)}`,
  new Proxy(
    {},
    {
      get() {
        throw new Error('a proxy trap was called');
      },
      getPrototypeOf() {
        throw new Error('a proxy trap was called');
      },
    },
  ),
  {
    toString() {
      throw new Error('toString was called');
    },
    valueOf() {
      throw new Error('valueOf was called');
    },
    [Symbol.toPrimitive]() {
      throw new Error('Symbol.toPrimitive was called');
    },
  },
];

/**
 * Runs `call` while Object.prototype carries getters under `names`, and
 * reports which of them were read. Restored in `finally`, so a failing
 * call cannot leave the prototype poisoned for other tests.
 */
function readsFromPoisonedPrototype<T>(
  names: readonly string[],
  call: () => T,
): { result: T; reads: string[] } {
  const reads: string[] = [];
  const originals = names.map(
    (name) => [name, Object.getOwnPropertyDescriptor(Object.prototype, name)] as const,
  );
  try {
    for (const name of names) {
      Object.defineProperty(Object.prototype, name, {
        configurable: true,
        get() {
          reads.push(name);
          return entries[0];
        },
      });
    }
    return { result: call(), reads };
  } finally {
    for (const [name, original] of originals) {
      if (original) Object.defineProperty(Object.prototype, name, original);
      else delete (Object.prototype as Record<string, unknown>)[name];
    }
  }
}

describe('lookup', () => {
  it('finds every entry by its exact code', () => {
    for (const entry of entries) expect(lookup(entry.section, entry.code), entry.key).toBe(entry);
  });

  it('finds numeric codes sent as strings, with whitespace around them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...numericEntries), padding, padding, (entry, before, after) => {
        expect(lookup(entry.section, `${before}${entry.code}${after}`)).toBe(entry);
      }),
    );
    expect(lookup('sms.send', '11')?.key).toBe('sms.send.insufficientCredit');
    expect(lookup('sms.send', ' 11 ')?.key).toBe('sms.send.insufficientCredit');
    expect(lookup('sms.send', '011')?.key).toBe('sms.send.insufficientCredit');
    expect(lookup('sms.send', 11n)?.key).toBe('sms.send.insufficientCredit');
  });

  it('finds status words in any case, with spaces, `_` or `-` between the words', () => {
    const statusEntries = entries.filter((entry) => entry.section === 'sms.deliveryStatus');
    const separator = fc.constantFrom(' ', '  ', '_', '-', ' - ', '\t');
    fc.assert(
      fc.property(
        fc.constantFrom(...statusEntries),
        separator,
        fc.infiniteStream(fc.boolean()),
        padding,
        (entry, between, upper, around) => {
          const word = String(entry.code)
            .split(' ')
            .join(between)
            .split('')
            .map((character) => (upper.next().value ? character.toUpperCase() : character))
            .join('');
          expect(lookup('sms.deliveryStatus', `${around}${word}${around}`)).toBe(entry);
        },
      ),
    );
    for (const word of [
      'Delivered',
      'NOT DELIVERED',
      'Not delivered',
      'not_delivered',
      'Not-Delivered',
      'KO',
    ]) {
      expect(lookup('sms.deliveryStatus', word), word).toBeDefined();
    }
  });

  it('finds DLR, VMS and HLR names and alias names in any case, with `_`, `-` or a space between the parts', () => {
    const forms = namedEntries.flatMap((entry) =>
      [entry.name!, ...entry.aliases].map((name) => ({ entry, name })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...forms),
        fc.constantFrom('_', '-', ' '),
        fc.infiniteStream(fc.boolean()),
        padding,
        ({ entry, name }, separator, upper, around) => {
          const sent = name
            .split('_')
            .join(separator)
            .split('')
            .map((character) => (upper.next().value ? character.toUpperCase() : character.toLowerCase()))
            .join('');
          expect(lookup(entry.section, `${around}${sent}${around}`)).toBe(entry);
        },
      ),
    );
    expect(lookup('hlr.error', 'EC_UNKNOWN_SUBSCRIBER')?.code).toBe(1);
    expect(lookup('hlr.error', 'ec-unknown-subscriber')?.code).toBe(1);
    expect(lookup('hlr.error', 'EC_SOURCE_ADDRESS_BLACKLISTED')?.code).toBe(2053);
    expect(lookup('hlr.error', 'EC_VALIDITY_EXPIRED')?.code).toBe(4101);
    expect(lookup('sms.dlr', 'delivrd')?.key).toBe('sms.dlr.delivered');
    expect(lookup('vms', 'not-credit')?.key).toBe('vms.insufficientCredit');
  });

  it('finds HLR entries by their numeric id, as a number or a string', () => {
    for (const entry of entries.filter((candidate) => candidate.section.startsWith('hlr.'))) {
      expect(lookup(entry.section, entry.code), entry.key).toBe(entry);
      expect(lookup(entry.section, String(entry.code)), entry.key).toBe(entry);
    }
  });

  it('keeps sections apart: the same number means different things in different sections', () => {
    expect(lookup('sms.send', 11)?.key).toBe('sms.send.insufficientCredit');
    expect(lookup('mail', 11)?.key).toBe('mail.insufficientCredit');
    expect(lookup('hlr.error', 11)?.key).toBe('hlr.error.teleserviceNotProvisioned');
    expect(lookup('sms.dlr', 11)).toBeUndefined();
    expect(lookup('sms.send', 'DELIVRD')).toBeUndefined();
    expect(lookup('hlr.status', 'EC_UNKNOWN_SUBSCRIBER')).toBeUndefined();
  });

  it('gives undefined, without throwing, for input that is not a code, in every section', () => {
    for (const section of sectionIds) {
      for (const input of notCodes) {
        expect(lookup(section, input), `${section}, ${describeInput(input)}`).toBeUndefined();
      }
    }
  });

  it('gives undefined for numbers that are not codes of the section', () => {
    fc.assert(
      fc.property(sectionArbitrary, fc.oneof(fc.integer(), fc.double()), (section, code) => {
        const known = entries.some((entry) => entry.section === section && entry.code === code);
        expect(lookup(section, code)).toBe(known ? lookup(section, String(code)) : undefined);
      }),
    );
  });

  it('gives undefined for unknown sections, whatever the code', () => {
    const unknownSection = fc.oneof(
      fc.string().filter((section) => !isSectionId(section)),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'SMS.SEND', ' sms.send', 'sms', 'hlr', ''),
      fc.anything(),
    );
    fc.assert(
      fc.property(unknownSection, fc.anything(), (section, code) => {
        fc.pre(!isSectionId(section));
        expect(lookup(section, code)).toBeUndefined();
      }),
    );
    expect(lookup('sms.unknown', 11)).toBeUndefined();
    expect(lookup('x'.repeat(tenMegabytes), 11)).toBeUndefined();
  });

  it('never throws, and returns either undefined or an entry of the section asked for', () => {
    fc.assert(
      fc.property(
        sectionArbitrary,
        fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true }),
        (section, code) => {
          const found = lookup(section, code);
          if (typeof code !== 'string' && typeof code !== 'number' && typeof code !== 'bigint') {
            expect(found).toBeUndefined();
          } else if (found !== undefined) {
            expect(found.section).toBe(section);
            expect(entries).toContain(found);
          }
        },
      ),
    );
  });

  it('accepts any string without throwing, and only finds what the section holds', () => {
    fc.assert(
      fc.property(sectionArbitrary, fc.string({ unit: 'binary', maxLength: 80 }), (section, code) => {
        const found = lookup(section, code);
        if (found !== undefined) {
          expect(found.section).toBe(section);
          // Case is compared both ways: toUpperCase('ı') is 'I' and toLowerCase('K', the Kelvin sign) is 'k'.
          const spellings = (text: string) =>
            [text.toLowerCase(), text.toUpperCase()].map((cased) => cased.trim().replace(/[\s_-]+/g, '_'));
          const sent = spellings(code);
          const matches =
            (/^\d+$/.test(code.trim()) && Number(code.trim()) === found.code) ||
            [found.code, found.name, ...found.aliases].some((form) => {
              const stored = spellings(String(form));
              return stored[0] === sent[0] || stored[1] === sent[1];
            });
          expect(matches, `${JSON.stringify(code)} found ${found.key}`).toBe(true);
        }
      }),
    );
  });

  it('never reads Object.prototype', () => {
    expect(lookup('sms.send', 'constructor')).toBeUndefined();
    expect(lookup('sms.send', '__proto__')).toBeUndefined();
    expect(lookup('constructor' as SectionId, 11)).toBeUndefined();
    const poisoned = ['poisoned', 'POISONED', '77777', 'sms.poisoned', 'sms.send.poisoned', 'constructor'];
    const { result, reads } = readsFromPoisonedPrototype(poisoned, () => [
      lookup('sms.poisoned', 11),
      lookup('sms.poisoned', 'poisoned'),
      lookup('sms.send', 'poisoned'),
      lookup('sms.send', '77777'),
      lookup('sms.send', 77777),
      lookup('sms.deliveryStatus', 'poisoned'),
      lookup('sms.dlr', 'POISONED'),
      lookup('vms', 'poisoned'),
      lookup('hlr.error', 'POISONED'),
      lookup('hlr.status', '77777'),
      lookup('sms.send', 'constructor'),
      lookup('constructor', 11),
      isKnownCode('sms.send', 77777),
      isKnownCode('sms.send', 'poisoned'),
      isKnownCode('sms.poisoned' as SectionId, 11),
      entryByKey('sms.send.poisoned'),
      entryByKey('constructor'),
      isMessageKey('sms.send.poisoned'),
      isMessageKey('constructor'),
      isSectionId('sms.poisoned'),
      isSectionId('constructor'),
    ]);
    expect(reads).toEqual([]);
    expect(result.every((value) => value === undefined || value === false)).toBe(true);
  });
});

describe('isKnownCode', () => {
  it('is true exactly for the codes as the catalog stores them', () => {
    for (const entry of entries) expect(isKnownCode(entry.section, entry.code), entry.key).toBe(true);
    fc.assert(
      fc.property(
        sectionArbitrary,
        fc.anything({ withBigInt: true, withBoxedValues: true }),
        (section, code) => {
          const stored = entries.some((entry) => entry.section === section && entry.code === code);
          expect(isKnownCode(section, code)).toBe(stored);
        },
      ),
    );
  });

  it('is strict, so the narrowed type is true: numeric strings and other spellings are not narrowed', () => {
    expect(isKnownCode('sms.send', '11')).toBe(false);
    expect(isKnownCode('sms.dlr', 'delivrd')).toBe(false);
    expect(isKnownCode('sms.deliveryStatus', 'Delivered')).toBe(false);
    expect(isKnownCode('hlr.error', 'EC_UNKNOWN_SUBSCRIBER')).toBe(false);
    expect(isKnownCode('sms.dlr', 11)).toBe(false);
  });

  it('is false for anything else, without throwing', () => {
    for (const section of sectionIds) {
      for (const input of notCodes)
        expect(isKnownCode(section, input), `${section}, ${describeInput(input)}`).toBe(false);
    }
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (section, code) => {
        fc.pre(!isSectionId(section));
        expect(isKnownCode(section as SectionId, code)).toBe(false);
      }),
    );
  });
});

describe('entryByKey, isMessageKey and isSectionId', () => {
  it('recognise exactly the catalog’s keys and section ids', () => {
    for (const entry of entries) expect(entryByKey(entry.key)).toBe(entry);
    for (const key of messageKeys) expect(isMessageKey(key), key).toBe(true);
    for (const id of sectionIds) expect(isSectionId(id), id).toBe(true);
    expect(entryByKey('sms.send.unknownCode')).toBeUndefined();
    expect(isMessageKey('sms.send.unknownCode')).toBe(true);
    expect(isMessageKey('unknownCode')).toBe(true);
    expect(isMessageKey('sms.send.madeUp')).toBe(false);
    expect(isSectionId('SMS.SEND')).toBe(false);
  });

  it('give undefined or false for anything else, without throwing', () => {
    const inputs = fc.oneof(
      fc.anything({ withBigInt: true, withBoxedValues: true }),
      fc.string(),
      fc.constantFrom(...notCodes),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const entry = entryByKey(input);
        expect(entry === undefined || (entries.includes(entry) && entry.key === input)).toBe(true);
        expect(isMessageKey(input)).toBe(typeof input === 'string' && messageKeys.includes(input as never));
        expect(isSectionId(input)).toBe(typeof input === 'string' && sectionIds.includes(input as SectionId));
      }),
    );
  });
});

describe('sanitizeCode', () => {
  const safe = /^[\p{L}\p{N}_.:+\- ]*…?$/u;
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it('keeps codes as they are', () => {
    expect(sanitizeCode(11)).toBe('11');
    expect(sanitizeCode(0)).toBe('0');
    expect(sanitizeCode(11n)).toBe('11');
    expect(sanitizeCode(' EC_UNKNOWN_SUBSCRIBER ')).toBe('EC_UNKNOWN_SUBSCRIBER');
    expect(sanitizeCode('not delivered')).toBe('not delivered');
    expect(sanitizeCode('1e+21')).toBe('1e21');
    expect(sanitizeCode(1e21)).toBe('1e+21');
  });

  it('strips markup, control and bidi characters, and collapses whitespace', () => {
    expect(sanitizeCode('<script>alert(1)</script>')).toBe('scriptalert1script');
    expect(sanitizeCode('\u202Eevil\u0000 \n\t code')).toBe('evil code');
    expect(sanitizeCode('{code}')).toBe('code');
  });

  it('cuts long input to 24 characters with an ellipsis, without splitting a character', () => {
    expect(sanitizeCode('x'.repeat(tenMegabytes))).toBe(`${'x'.repeat(23)}…`);
    const astral = sanitizeCode('𝐀'.repeat(30))!;
    expect(Array.from(astral)).toEqual([...Array.from('𝐀'.repeat(23)), '…']);
    expect(astral).not.toMatch(loneSurrogate);
    // JavaScript prints -π/10⁶ with 25 characters: -0.0000031415926535897933.
    expect(sanitizeCode(-Math.PI / 1e6)).toBe('-0.00000314159265358979…');
  });

  it('gives undefined for what cannot be shown', () => {
    for (const input of [
      null,
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '',
      '   ',
      '<<>>',
      '\u200B',
      {},
      [],
      ['11'],
      new String('11'),
      Symbol('11'),
      () => 11,
      true,
    ]) {
      expect(sanitizeCode(input), describeInput(input)).toBeUndefined();
    }
  });

  it('always gives undefined or at most 24 safe, trimmed characters, and never throws', () => {
    const input = fc.oneof(
      fc.anything({ withBigInt: true, withBoxedValues: true }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.double(),
      fc.bigInt(),
    );
    fc.assert(
      fc.property(input, (code) => {
        const shown = sanitizeCode(code);
        if (shown === undefined) return;
        expect(Array.from(shown).length).toBeGreaterThan(0);
        expect(Array.from(shown).length).toBeLessThanOrEqual(24);
        expect(shown).toMatch(safe);
        expect(shown).toBe(shown.trim());
        expect(shown).not.toMatch(loneSurrogate);
      }),
    );
  });
});

function describeInput(input: unknown): string {
  if (typeof input === 'string')
    return input.length > 40 ? `a string of ${input.length} characters` : JSON.stringify(input);
  if (typeof input === 'symbol' || typeof input === 'bigint' || typeof input === 'function')
    return String(input);
  try {
    return Object.prototype.toString.call(input);
  } catch {
    return 'an object that throws';
  }
}
