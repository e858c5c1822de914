import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLocales, formatProblem } from './check.ts';
import { main } from './cli.ts';
import { defaultLocalesDir } from './paths.ts';
import { copyLocales, damaged, expectOne, positionOf, problemsOf } from './test-support.ts';

/**
 * One test per fault class: each breaks a private copy of locales/ the way
 * a translator might, and expects the check to name the rule, the file, the
 * line and column, and the key.
 */

const sendFr = 'fr/friendly/sms.send.json';
const sendEn = 'en/friendly/sms.send.json';
const officialFr = 'fr/official/sms.send.json';

describe('the repository tree', () => {
  it('is clean: no error, no warning', () => {
    const result = checkLocales({ localesDir: defaultLocalesDir });
    expect(result.problems).toEqual([]);
    expect(result.locales).toEqual(['en', 'fr']);
    expect(result.texts).toBe(2 * 2 * 265);
  });

  it('passes through the CLI with exit 0 and a one-line summary', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['check'], {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      cwd: process.cwd(),
    });
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual(['i18n:check: 2 locales (en, fr), 52 files, 1060 texts checked; no problems.']);
    // The line locales/README.md shows translators.
    expect(readFileSync(join(defaultLocalesDir, 'README.md'), 'utf8')).toContain(`\n${out[0]}\n`);
  });
});

describe('JSON faults', () => {
  it('invalid JSON: a missing comma', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'recharger.",\n', 'recharger."\n');
    const text = copy.read(sendFr);
    const next = positionOf(text, '"sms.send.noPriceForNumbers"');
    expectOne(copy, 'invalid-json', { file: sendFr, ...next });
  });

  it('a file that is not an object', () => {
    const copy = copyLocales();
    copy.write(sendFr, '\n  ["sms.send.insufficientCredit"]\n');
    expectOne(copy, 'not-an-object', { file: sendFr, line: 2, column: 3 });
  });

  it('a key given twice in one file', () => {
    const copy = copyLocales();
    copy.replace(
      sendFr,
      '  "sms.send.unknownCode"',
      '  "sms.send.insufficientCredit": "Encore.",\n  "sms.send.unknownCode"',
    );
    const second = positionOf(copy.read(sendFr), '"sms.send.insufficientCredit"', { last: true });
    const problem = expectOne(copy, 'duplicate-key', {
      file: sendFr,
      ...second,
      key: 'sms.send.insufficientCredit',
    });
    expect(problem.message).toContain(
      `first at line ${positionOf(copy.read(sendFr), '"sms.send.insufficientCredit"').line}`,
    );
  });

  it('a value that is not a string', () => {
    const copy = copyLocales();
    const before = copy.read(sendFr).match(/"sms\.send\.messageRequired": ("[^"]*")/)![1]!;
    copy.replace(sendFr, before, '42');
    const at = positionOf(copy.read(sendFr), '"sms.send.messageRequired": 42', {
      shift: '"sms.send.messageRequired": '.length,
    });
    const problem = expectOne(copy, 'not-a-string', { file: sendFr, ...at, key: 'sms.send.messageRequired' });
    expect(problem.message).toContain('a number');
  });

  it('an empty value', () => {
    const copy = copyLocales();
    const before = copy.read(sendFr).match(/"sms\.send\.messageRequired": ("[^"]*")/)![1]!;
    copy.replace(sendFr, before, '" "');
    const at = positionOf(copy.read(sendFr), '" "');
    expectOne(copy, 'empty-text', { file: sendFr, ...at, key: 'sms.send.messageRequired' });
  });

  it('leading and trailing whitespace', () => {
    const copy = copyLocales();
    copy.replace(sendFr, '"Le crédit SMS du compte', '" Le crédit SMS du compte');
    copy.replace(
      sendFr,
      'Répartissez vos destinataires sur plusieurs envois."',
      'Répartissez vos destinataires sur plusieurs envois.\\t"',
    );
    const text = copy.read(sendFr);
    const found = problemsOf(copy, 'whitespace');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({
      key: 'sms.send.insufficientCredit',
      ...positionOf(text, '" Le crédit', { shift: 1 }),
    });
    expect(found[0]!.message).toContain('starts with');
    // The tab is written `\t` in the file: two characters, at the column of the backslash.
    expect(found[1]).toMatchObject({ key: 'sms.send.tooManyNumbers', ...positionOf(text, '\\t"') });
    expect(found[1]!.message).toContain('ends with');
  });

  it('__proto__-like keys', () => {
    const copy = copyLocales();
    copy.replace(
      sendFr,
      '  "sms.send.unknownCode"',
      '  "__proto__": "x",\n  "sms.send.constructor": "y",\n  "sms.send.unknownCode"',
    );
    const text = copy.read(sendFr);
    const found = problemsOf(copy, 'forbidden-key');
    expect(found.map(({ key, line, column }) => ({ key, line, column }))).toEqual([
      { key: '__proto__', ...positionOf(text, '"__proto__"') },
      { key: 'sms.send.constructor', ...positionOf(text, '"sms.send.constructor"') },
    ]);
    expect(problemsOf(copy, 'unknown-key')).toEqual([]);
  });

  it('a key that is not in the catalog, with a suggestion, and the key it replaced reported missing', () => {
    const copy = copyLocales();
    copy.replace(sendFr, '"sms.send.insufficientCredit"', '"sms.send.insuficientCredit"');
    const text = copy.read(sendFr);
    const problem = expectOne(copy, 'unknown-key', {
      file: sendFr,
      ...positionOf(text, '"sms.send.insuficientCredit"'),
      key: 'sms.send.insuficientCredit',
    });
    expect(problem.message).toContain('did you mean "sms.send.insufficientCredit"?');
    expectOne(copy, 'missing-key', {
      file: sendFr,
      ...positionOf(text, '\n}', { shift: 1 }),
      key: 'sms.send.insufficientCredit',
    });
  });

  it('a key of the catalog in the wrong section file', () => {
    const copy = copyLocales();
    copy.replace(
      sendFr,
      '  "sms.send.unknownCode"',
      '  "sms.cancel.formatInvalid": "Format incorrect.",\n  "sms.send.unknownCode"',
    );
    const problem = expectOne(copy, 'wrong-file', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), '"sms.cancel.formatInvalid"'),
      key: 'sms.cancel.formatInvalid',
    });
    expect(problem.message).toContain('sms.cancel.json');
  });

  it('a missing file, and a file that is not a section', () => {
    const copy = copyLocales();
    rmSync(copy.path('fr/friendly/vms.json'));
    copy.write('fr/friendly/extra.json', '{}\n');
    expectOne(copy, 'missing-file', { file: 'fr/friendly/vms.json', line: 1, column: 1 });
    expectOne(copy, 'unexpected-file', { file: 'fr/friendly/extra.json', line: 1, column: 1 });
  });

  it('a wrong or missing "$schema"', () => {
    const copy = copyLocales();
    copy.replace(sendFr, '"../../schema/sms.send.schema.json"', '"../schema/sms.send.schema.json"');
    copy.replace('fr/friendly/vms.json', '  "$schema": "../../schema/vms.schema.json",\n', '');
    const found = problemsOf(copy, 'schema-reference');
    expect(found.map(({ file, line, column }) => ({ file, line, column }))).toEqual([
      { file: copy.path(sendFr), ...positionOf(copy.read(sendFr), '"../schema') },
      { file: copy.path('fr/friendly/vms.json'), line: 1, column: 1 },
    ]);
  });

  it('a locale folder whose name is not a language tag', () => {
    const copy = copyLocales();
    mkdirSync(copy.path('fr_FR'));
    expectOne(copy, 'locale-folder', { file: 'fr_FR', line: 1, column: 1 });
  });
});

describe('ICU faults', () => {
  it('an ICU syntax error, at the character that breaks it', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'au plus {max, number}\u00a0numéros', 'au plus {max, number\u00a0numéros');
    const problem = expectOne(copy, 'icu-syntax', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), '{max, number\u00a0numéros'),
      key: 'sms.send.tooManyNumbers',
    });
    expect(problem.message).toContain('EXPECT_ARGUMENT_CLOSING_BRACE');
    // locales/README.md shows translators this very line.
    const line = formatProblem(problem, (file) => relative(copy.localesDir, file));
    expect(readFileSync(join(defaultLocalesDir, 'README.md'), 'utf8')).toContain(`\nlocales/${line}\n`);
  });

  it('ICU positions count JSON escapes: an error after \\u00e9 and \\" is still found', () => {
    const copy = copyLocales();
    copy.replace(sendFr, '"Le crédit SMS du compte', '"Le cr\\u00e9dit \\"SMS\\" {du compte');
    expectOne(copy, 'icu-syntax', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), '{du compte'),
      key: 'sms.send.insufficientCredit',
    });
  });

  it('arguments that differ from English (structural equality)', () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'au plus {max, number}\u00a0numéros', 'au plus 500\u00a0numéros');
    const problem = expectOne(copy, 'structure-differs', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), '"Un envoi peut compter'),
      key: 'sms.send.tooManyNumbers',
    });
    expect(problem.message).toContain('max');
    // Writing the limit itself is also flagged, as a warning.
    expectOne(copy, 'literal-limit', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), '"Un envoi peut compter'),
      key: 'sms.send.tooManyNumbers',
      severity: 'warning',
    });
  });

  it('an argument the entry has no default value for', () => {
    const copy = copyLocales();
    copy.replace(sendEn, 'at most {max, number} numbers', 'at most {count, number} numbers');
    const problem = expectOne(copy, 'argument-without-default', {
      file: sendEn,
      ...positionOf(copy.read(sendEn), '{count, number}'),
      key: 'sms.send.tooManyNumbers',
    });
    expect(problem.message).toContain('{max, number}');
  });

  it('a number argument written without ", number"', () => {
    const copy = copyLocales();
    copy.replace(sendEn, 'at most {max, number} numbers', 'at most {max} numbers');
    expectOne(copy, 'argument-not-number', {
      file: sendEn,
      ...positionOf(copy.read(sendEn), '{max}'),
      key: 'sms.send.tooManyNumbers',
    });
  });

  it('{code} misused in a fallback, and an official fallback without {code}', () => {
    const copy = copyLocales();
    copy.replace(
      'en/friendly/general.json',
      'An unexpected error occurred.',
      'Error {code, number} occurred.',
    );
    copy.replace('en/official/general.json', 'returned code {code} for', 'returned a code for');
    const found = problemsOf(copy, 'code-argument');
    expect(found.map(({ file, line, column, key }) => ({ file, line, column, key }))).toEqual([
      {
        file: copy.path('en/official/general.json'),
        ...positionOf(copy.read('en/official/general.json'), '"SMSPartner returned'),
        key: 'unknownCode',
      },
      {
        file: copy.path('en/friendly/general.json'),
        ...positionOf(copy.read('en/friendly/general.json'), '{code, number}'),
        key: 'unknownCode',
      },
    ]);
  });

  it('a text that plain i18next could not format the same way', () => {
    const copy = copyLocales();
    copy.replace(sendEn, 'Split your recipients into several sends.', 'See $t(help) for more.');
    const problem = expectOne(copy, 'i18next-incompatible', {
      file: sendEn,
      ...positionOf(copy.read(sendEn), '"A single send'),
      key: 'sms.send.tooManyNumbers',
    });
    expect(problem.message).toContain('$t(');
  });
});

describe('official wording', () => {
  it('official text that no longer matches SMSPartner reference', () => {
    const copy = copyLocales();
    copy.replace(officialFr, '"Crédit insuffisant"', '"Crédit insufisant"');
    const problem = expectOne(copy, 'official-differs', {
      file: officialFr,
      ...positionOf(copy.read(officialFr), '"Crédit insufisant"'),
      key: 'sms.send.insufficientCredit',
    });
    expect(problem.message).toMatch(/reference\/smspartner-error-codes\.fr\.md:\d+/);
    expect(problem.message).toContain('from character 13');
  });

  it('a typo of the reference "corrected" in the official text is also reported', () => {
    const copy = copyLocales();
    copy.replace(officialFr, '"Clef API incorrecte"', '"Clé API incorrecte"');
    expectOne(copy, 'official-differs', {
      file: officialFr,
      ...positionOf(copy.read(officialFr), '"Clé API incorrecte"'),
      key: 'sms.send.apiKeyIncorrect',
    });
  });

  it('an argument in an official text', () => {
    const copy = copyLocales();
    copy.replace(officialFr, '"Crédit insuffisant"', '"Crédit {x} insuffisant"');
    expectOne(copy, 'official-arguments', {
      file: officialFr,
      ...positionOf(copy.read(officialFr), '{x}'),
      key: 'sms.send.insufficientCredit',
    });
  });
});

describe('untranslated texts and the schemas', () => {
  it('a French text left equal to English is untranslated; a bad or stale $sameAsEnglish is reported', () => {
    const copy = copyLocales();
    const english = JSON.parse(copy.read('en/friendly/sms.send.json'))['sms.send.insufficientCredit'];
    const french = JSON.parse(copy.read(sendFr))['sms.send.insufficientCredit'];
    copy.replace(sendFr, JSON.stringify(french), JSON.stringify(english));
    expectOne(copy, 'untranslated', {
      file: sendFr,
      ...positionOf(copy.read(sendFr), JSON.stringify(english)),
      severity: 'warning',
    });
    const marks = 'fr/official/hlr.error.json';
    copy.replace(
      marks,
      '["hlr.error.timeOut"]',
      '["hlr.error.timeOut", "hlr.error.noError", "sms.send.nope", 3]',
    );
    const text = copy.read(marks);
    const problems = problemsOf(copy, 'same-as-english');
    expect(problems.map(({ line, column, severity }) => ({ line, column, severity }))).toEqual([
      { ...positionOf(text, '"sms.send.nope"'), severity: 'error' },
      { ...positionOf(text, '3]'), severity: 'error' },
      // Marked, but the French text differs from English: the mark is stale.
      { ...positionOf(text, '"hlr.error.noError"'), severity: 'warning' },
    ]);
    expect(checkLocales({ localesDir: copy.localesDir }).untranslated.get('fr')).toEqual({
      official: new Set(),
      friendly: new Set(['sms.send.insufficientCredit']),
    });
  });

  it('a schema that no longer matches the catalog', () => {
    const copy = copyLocales();
    copy.replace('schema/vms.schema.json', '"title": "SMSPartner texts:', '"title": "Texts:');
    expectOne(copy, 'schema-stale', { file: 'schema/vms.schema.json', line: 1, column: 1 });
  });

  it('fails through the CLI with file:line:column, key and rule, exit 1', async () => {
    const copy = copyLocales();
    copy.replace(sendFr, 'au plus {max, number}\u00a0numéros', 'au plus {max, number\u00a0numéros');
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['check', '--locales', copy.localesDir], {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      cwd: copy.root,
    });
    const at = positionOf(copy.read(sendFr), '{max, number\u00a0numéros');
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      new RegExp(
        `^${join('locales', sendFr).replaceAll('.', '\\.')}:${at.line}:${at.column}: error \\[icu-syntax\\] sms\\.send\\.tooManyNumbers: `,
      ),
    );
    expect(out.at(-1)).toBe(
      'i18n:check: 2 locales (en, fr), 52 files, 1060 texts checked; 1 error, 0 warnings.',
    );
  });
});

describe('any damage to a locale file', () => {
  // What an editor or a merge can do to a file: cut it anywhere, add quotes, braces, escapes,
  // control characters, lone surrogates, ICU syntax.
  const pieces = [
    '"',
    '{',
    '}',
    ',',
    ':',
    '\\',
    '\\u',
    "'",
    '{max, number}',
    '{x, plural,',
    '\u0000',
    '\uDFFF',
    '\n',
  ];

  it('gives problems that say what, where and which rule, and never throws (property)', () => {
    const copy = copyLocales();
    const text = copy.read(sendFr);
    fc.assert(
      fc.property(damaged(text, pieces), (damagedText) => {
        copy.write(sendFr, damagedText);
        const { problems } = checkLocales({ localesDir: copy.localesDir });
        let json = true;
        try {
          JSON.parse(damagedText);
        } catch {
          json = false;
        }
        // A file JSON cannot read is an error of that file, with its place.
        if (!json)
          expect(
            problems.some((problem) => problem.severity === 'error' && problem.file === copy.path(sendFr)),
          ).toBe(true);
        for (const problem of problems) {
          expect(problem.message.trim()).not.toBe('');
          expect(problem.rule).toMatch(/^[a-z-]+$/);
          expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
          expect(Number.isInteger(problem.column) && problem.column >= 1).toBe(true);
          if (problem.file === copy.path(sendFr))
            expect(problem.line).toBeLessThanOrEqual(damagedText.split('\n').length + 1);
        }
      }),
      { numRuns: 30 },
    );
  }, 180_000);
});
