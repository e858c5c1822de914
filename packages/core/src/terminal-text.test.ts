import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultTerminalTextLength, terminalJson, terminalLines, terminalText } from './terminal-text.ts';

/** Every character a terminal or a log reader may act on, or that reorders what is shown. */
const forbidden =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\0-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const controls = fc.constantFrom(
  '\x1B]0;owned\x07',
  '\x1B[2J',
  '\x1B[31m',
  '\u009B2J',
  '\u009D0;x\u009C',
  '\r\n',
  '\n',
  '\0',
  '\x7F',
  '\u202E',
  '\u2066',
  '\u200F',
  '\u2028',
  '\uD800',
  '\uDFFF',
  '\u{1F600}',
  'é',
  '\\',
);
/** Text with hostile characters mixed in. */
const hostileText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), controls), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('terminalText', () => {
  it('escapes controls, escape sequences, C1 and bidi controls visibly', () => {
    expect(terminalText('a\x1B]0;title\x07b')).toBe('a\\x1B]0;title\\x07b');
    expect(terminalText('\x1B[2J\u009B2J')).toBe('\\x1B[2J\\u009B2J');
    expect(terminalText('line one\r\nline two\tend')).toBe('line one\\r\\nline two\\tend');
    expect(terminalText('abc\u202Edef\u2066')).toBe('abc\\u202Edef\\u2066');
    expect(terminalText('\uD800x\uDC00')).toBe('\\uD800x\\uDC00');
  });

  it('gives printable text back unchanged, accents, emoji and backslashes included', () => {
    const text = 'Crédit insuffisant \u{1F600} C:\\path';
    expect(terminalText(text)).toBe(text);
  });

  it('caps the length, marks the cut, and never splits a surrogate pair or an escape', () => {
    expect(terminalText('x'.repeat(128 * 1024))).toBe(`${'x'.repeat(defaultTerminalTextLength - 1)}…`);
    expect(terminalText('ab\u{1F600}cd', 4)).toBe('ab…');
    expect(terminalText('abc\x1B\x1B', 7)).toBe('abc…');
    expect(terminalText('\x1B'.repeat(10), 9)).toBe('\\x1B\\x1B…');
  });

  it('shows numbers, bigints and booleans, and nothing for other values', () => {
    expect(terminalText(11)).toBe('11');
    expect(terminalText(10n ** 30n)).toBe('1000000000000000000000000000000');
    expect(terminalText(false)).toBe('false');
    const throwing = {
      toString() {
        throw new Error('toString');
      },
    };
    for (const value of [undefined, null, {}, [], Symbol('x'), throwing, () => 1])
      expect(terminalText(value)).toBe('');
  });

  it('for any text and cap: nothing unsafe comes out, and the cap holds', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 80 }), (text, max) => {
        const shown = terminalText(text, max);
        expect(shown).not.toMatch(forbidden);
        expect(shown.length).toBeLessThanOrEqual(max);
      }),
      { numRuns: 2000 },
    );
  });

  it('for any text that fits: the escapes can be read back into the original', () => {
    const readBack = (shown: string) =>
      shown.replace(/\\(?:x([0-9A-F]{2})|u([0-9A-F]{4})|([nrt]))/g, (_, x, u, named) =>
        named !== undefined
          ? ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[named]!
          : String.fromCharCode(Number.parseInt(x ?? u, 16)),
      );
    fc.assert(
      fc.property(
        hostileText.filter((text) => !text.includes('\\')),
        (text) => {
          expect(readBack(terminalText(text, 100_000))).toBe(text);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('costs no more for a 50 MB string than for the capped part of it', () => {
    const huge = '\x1B'.repeat(50 * 1024 * 1024);
    expect(terminalText(huge, 100)).toBe(`${'\\x1B'.repeat(24)}…`);
  });
});

describe('terminalLines', () => {
  it('keeps the line breaks between lines and makes each line what terminalText makes it', () => {
    expect(terminalLines('one \u001b[2J\ntwo\u202e\n\nfour\r')).toBe('one \\x1B[2J\ntwo\\u202E\n\nfour\\r');
    expect(terminalLines(`${'x'.repeat(30)}\nshort`, 10)).toBe(`${'x'.repeat(9)}…\nshort`);
    expect(terminalLines('x'.repeat(5000), Number.POSITIVE_INFINITY)).toBe('x'.repeat(5000));
    expect(terminalLines(5 as never)).toBe('');
  });

  it('gives any text as many lines, each without a control character and at most max long', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 80 }), (text, max) => {
        const lines = terminalLines(text, max).split('\n');
        expect(lines).toHaveLength(text.split('\n').length);
        for (const line of lines) {
          expect(line).not.toMatch(/[\p{Cc}\u2028-\u202e\u2066-\u2069]/u);
          expect(line.length).toBeLessThanOrEqual(max);
        }
      }),
    );
  });
});

describe('terminalJson', () => {
  it('writes the same JSON, with DEL, C1, line separators and bidi controls escaped', () => {
    const value = { text: 'a\x7F\u009B2J\u202Eb\u2028\x1B[2J\n', list: [1, '\u2066'] };
    const json = terminalJson(value);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).toBe(
      JSON.stringify(value, null, 2)
        .replace('\x7F', '\\u007F')
        .replace('\u009B', '\\u009B')
        .replace('\u202E', '\\u202E')
        .replace('\u2028', '\\u2028')
        .replace('\u2066', '\\u2066'),
    );
  });

  it('for any value JSON can hold: nothing unsafe besides the layout’s newlines, and the same value back', () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostileText, (value, text) => {
        const given = { value, text };
        const json = terminalJson(given);
        expect(json.replace(/\n/g, '')).not.toMatch(forbidden);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(given)));
      }),
      { numRuns: 500 },
    );
  });
});
