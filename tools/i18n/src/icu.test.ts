import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import fc from 'fast-check';
import i18next from 'i18next';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  argumentsOf,
  escapeIcuLiteral,
  literalTextOf,
  parseMessage,
  structuralDifference,
  toI18next,
  toIcuSource,
} from './icu.ts';

const format = (source: string, values: Record<string, unknown> = {}, locale = 'en') =>
  String(
    new IntlMessageFormat(parse(source, { ignoreTag: true }), locale).format(
      values as Record<string, string>,
    ),
  );

describe('escapeIcuLiteral', () => {
  it('leaves SMSPartner apostrophes as they are where ICU reads them literally', () => {
    expect(escapeIcuLiteral("L'IP n'est pas autorisée")).toBe("L'IP n'est pas autorisée");
    expect(escapeIcuLiteral('Aucun prix par défaut n’a été trouvé')).toBe(
      'Aucun prix par défaut n’a été trouvé',
    );
  });

  it('quotes braces and doubles apostrophes that would open a quote', () => {
    expect(escapeIcuLiteral('a {b} c')).toBe("a '{b} c'");
    expect(escapeIcuLiteral("it'{s}'")).toBe("it'''{s}'''");
    expect(escapeIcuLiteral("end'")).toBe("end''");
    expect(format(escapeIcuLiteral("it'{s}"))).toBe("it'{s}");
  });

  it('formats back to any text, verbatim (property)', () => {
    const syntaxHeavy = fc.string({
      unit: fc.constantFrom("'", '{', '}', '#', '<', '>', '|', 'a', ' ', 'é', '’', '"', '\\', '$'),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), syntaxHeavy), (text) => {
        const source = escapeIcuLiteral(text);
        const parsed = parseMessage(source);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(literalTextOf(parsed.ast) ?? '').toBe(text);
        if (text !== '') expect(format(source)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('stays literal when followed by an argument', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '{', 'x', '}') }), (text) => {
        expect(format(`${escapeIcuLiteral(text)}{code}`, { code: 'C' })).toBe(`${text}C`);
      }),
    );
  });
});

describe('parseMessage', () => {
  it('returns the error kind and its offset in the source', () => {
    expect(parseMessage('at most {max, number')).toMatchObject({
      ok: false,
      kind: 'EXPECT_ARGUMENT_CLOSING_BRACE',
      offset: 8,
    });
    expect(parseMessage('a {} b')).toMatchObject({ ok: false, kind: 'EMPTY_ARGUMENT', offset: 2 });
  });

  it('reads tags as text, as `formatjs compile --ignore-tag` does', () => {
    const parsed = parseMessage('<b>bold</b> {x}');
    expect(parsed.ok && literalTextOf(parsed.ast.slice(0, 1))).toBe('<b>bold</b> ');
  });
});

describe('argumentsOf', () => {
  it('lists arguments with their type, style and offset, nested ones included', () => {
    const parsed = parseMessage(
      '{code} and {max, number} {n, plural, one {# {x, number, percent}} other {#}}',
    );
    expect(parsed.ok && argumentsOf(parsed.ast)).toEqual([
      { name: 'code', type: 'plain', offset: 0, hasStyle: false },
      { name: 'max', type: 'number', offset: 11, hasStyle: false },
      { name: 'n', type: 'plural', offset: 25, hasStyle: false },
      { name: 'x', type: 'number', offset: 44, hasStyle: true },
    ]);
  });
});

describe('structuralDifference', () => {
  const ast = (source: string) => parse(source, { ignoreTag: true });
  it('accepts the same arguments in another order and wording', () => {
    expect(structuralDifference(ast('{a} then {b, number}'), ast('{b, number} puis {a}'))).toBeUndefined();
  });
  it('rejects a missing, renamed or retyped argument', () => {
    expect(structuralDifference(ast('at most {max, number}'), ast('au plus 500'))).toBeDefined();
    expect(structuralDifference(ast('{max, number}'), ast('{maximum, number}'))).toBeDefined();
    expect(structuralDifference(ast('{max, number}'), ast('{max}'))).toBeDefined();
  });
});

describe('toI18next', () => {
  it('writes arguments and number arguments in i18next v4 syntax', () => {
    const parsed = parse("Max {max, number} for '{' {code} '}'", { ignoreTag: true });
    expect(toI18next(parsed)).toEqual({ ok: true, text: 'Max {{max, number}} for { {{code}} }' });
  });

  it('refuses what plain i18next would read differently', () => {
    const refused = [
      '{n, plural, other {#}}',
      '{d, date}',
      '{x, number, percent}',
      "'{{'x'}}'",
      'see $t(x)',
      "'{'{x}",
      "{x}'}'",
    ];
    for (const source of refused) {
      expect(toI18next(parse(source, { ignoreTag: true })).ok, source).toBe(false);
    }
  });

  it('judges a brace by its place in the merged text, not in the AST', () => {
    // Adjacent literals (as a compiled or pseudo-localised AST may hold) are one piece of text.
    const literal = (value: string) => ({ type: TYPE.literal, value }) as MessageFormatElement;
    expect(toI18next([literal('Prix '), literal('{')])).toEqual({ ok: true, text: 'Prix {' });
    expect(toI18next([literal('}'), literal(' fin')])).toEqual({ ok: true, text: '} fin' });
    const argument = { type: TYPE.argument, value: 'x' } as MessageFormatElement;
    expect(toI18next([literal('a '), literal('{'), argument]).ok).toBe(false);
  });

  it('gives plain i18next the same text as intl-messageformat (property)', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'fr', resources: { fr: { translation: {} } }, initAsync: false });
    const word = fc.string({ unit: fc.constantFrom('a', ' ', "'", '{', '}', 'é', '<', '&', '/', '"') });
    fc.assert(
      fc.property(
        word,
        word,
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.stringMatching(/^[A-Za-z0-9_.:-]{1,24}$/),
        (a, b, max, code) => {
          const source = `${escapeIcuLiteral(a)}{max, number}${escapeIcuLiteral(b)}{code}`;
          const ast = parse(source, { ignoreTag: true });
          const rendered = toI18next(ast);
          if (!rendered.ok) return; // only literal "{{" / "}}" is refused, never silently changed
          const expected = String(new IntlMessageFormat(ast, 'fr').format({ max, code }));
          i18n.addResource('fr', 'translation', 'text', rendered.text);
          expect(i18n.t('text', { max, code })).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('toIcuSource', () => {
  it('writes a compiled message back to an equivalent source', () => {
    const source = "L'IP '{'{code}'}' max {max, number}";
    const written = toIcuSource(parse(source, { ignoreTag: true }));
    expect(format(written, { code: 'c', max: 2000 })).toBe(format(source, { code: 'c', max: 2000 }));
  });

  it('refuses what lies outside the subset', () => {
    expect(() => toIcuSource(parse('{n, plural, other {# SMS}}', { ignoreTag: true }))).toThrow(
      'the argument {n} uses ICU syntax outside the supported subset',
    );
  });
});
