import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { messageKeys } from '@smspartner-i18n/core';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkLocales } from './check.ts';
import { main } from './cli.ts';
import { copyLocales, damaged, type LocalesCopy } from './test-support.ts';
import { exportXliff, importXliff, XliffCheckError, XliffError, xliffNamespace } from './xliff.ts';

/**
 * XLIFF 2.0 both ways, on the real French and on a language scaffolded by
 * add-locale, always in a private copy of locales/.
 */

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['file', 'unit', 'note'].includes(name),
});

interface Unit {
  readonly file: string;
  readonly id: string;
  readonly translate?: string;
  readonly state: string;
  readonly source: string;
  readonly target?: string;
  readonly notes: Record<string, string>;
}

function unitsOf(xml: string): { root: Node; units: Unit[] } {
  const root = (parser.parse(xml) as Node)['xliff'] as Node;
  const units: Unit[] = [];
  for (const file of root['file'] as Node[]) {
    for (const unit of file['unit'] as Node[]) {
      const segment = unit['segment'] as Node;
      const notes = Object.fromEntries(
        ((unit['notes'] as Node)['note'] as Node[]).map((note) => [note['@_category'], note['#text']]),
      ) as Record<string, string>;
      units.push({
        file: file['@_id'] as string,
        id: unit['@_id'] as string,
        ...(unit['@_translate'] ? { translate: unit['@_translate'] as string } : {}),
        state: segment['@_state'] as string,
        source: segment['source'] as string,
        ...('target' in segment ? { target: segment['target'] as string } : {}),
        notes,
      });
    }
  }
  return { root, units };
}

const problemsOfRule = (copy: LocalesCopy, rule: string): (string | undefined)[] =>
  checkLocales({ localesDir: copy.localesDir })
    .problems.filter((problem) => problem.rule === rule)
    .map((problem) => problem.key);

/** Every file of a tree with its content, to prove what an import did and did not touch. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([path, text]) => before.get(path) !== text).map(([path]) => path);
}

/** Replaces the target of one unit in an exported document (the XML text is ours: one line per target). */
function setTarget(xml: string, file: string, key: string, target: string): string {
  const unitStart = xml.indexOf(`<unit id="${key}"`, xml.indexOf(`<file id="${file}"`));
  const open = xml.indexOf('<target>', unitStart);
  const close = xml.indexOf('</target>', open);
  expect(unitStart).toBeGreaterThan(-1);
  const escaped = target.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  return `${xml.slice(0, open)}<target>${escaped}${xml.slice(close)}`;
}

const frenchApiKey =
  'Le message n’a pas pu être envoyé en raison d’un problème technique de notre côté. Contactez le support.';

describe('pnpm i18n:export fr --format xliff', () => {
  it('writes one unit per key and register, English source, French target, context as notes', () => {
    const copy = copyLocales();
    const xml = exportXliff({ localesDir: copy.localesDir, locale: 'fr' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const { root, units } = unitsOf(xml);
    expect(root).toMatchObject({
      '@_xmlns': xliffNamespace,
      '@_version': '2.0',
      '@_srcLang': 'en',
      '@_trgLang': 'fr',
    });
    expect(units).toHaveLength(2 * messageKeys.length);
    expect(new Set(units.map((unit) => `${unit.file}/${unit.id}`)).size).toBe(units.length);

    const english = JSON.parse(copy.read('en/friendly/sms.send.json'));
    const french = JSON.parse(copy.read('fr/friendly/sms.send.json'));
    const friendly = units.find(
      (unit) => unit.file === 'friendly.sms.send' && unit.id === 'sms.send.tooManyNumbers',
    )!;
    expect(friendly).toMatchObject({
      state: 'translated',
      source: english['sms.send.tooManyNumbers'],
      target: french['sms.send.tooManyNumbers'],
    });
    expect(friendly.translate).toBeUndefined();
    expect(friendly.notes['when']).toContain('SMSPartner returns the code');
    expect(friendly.notes['who-can-act']).toContain('fixableBy: end-user');
    expect(friendly.notes['arguments']).toContain('{max, number}');
    expect(friendly.notes['arguments']).toContain('example: 500');
    // "… at most 500 numbers …" is 88 characters long once shown.
    expect(friendly.notes['length-budget']).toBe(
      'At most 176 characters once shown, arguments at their example values (twice the English text, at least 40): it must fit a toast or a form error.',
    );

    // SMSPartner publishes French: its official texts are locked.
    const official = units.filter((unit) => unit.file.startsWith('official.'));
    expect(official.every((unit) => unit.translate === 'no' && unit.state === 'final')).toBe(true);
    expect(units.filter((unit) => unit.translate === 'no')).toHaveLength(messageKeys.length);

    const fallback = units.find((unit) => unit.file === 'friendly.general' && unit.id === 'unknownCode')!;
    expect(fallback.notes['arguments']).toContain('{code}');
  });

  it('passes through the CLI to a file, and refuses a language that is not there', async () => {
    const copy = copyLocales();
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      out: (line: string) => out.push(line),
      err: (line: string) => err.push(line),
      cwd: copy.root,
    };
    expect(
      await main(['export', 'fr', '--format', 'xliff', '--out', 'fr.xlf', '--locales', copy.localesDir], io),
    ).toBe(0);
    expect(readFileSync(join(copy.root, 'fr.xlf'), 'utf8')).toBe(
      exportXliff({ localesDir: copy.localesDir, locale: 'fr' }),
    );
    expect(await main(['export', 'de', '--format', 'xliff', '--locales', copy.localesDir], io)).toBe(1);
    expect(await main(['export', 'fr', '--format', 'po', '--locales', copy.localesDir], io)).toBe(2);
    expect(err).toEqual([
      'export: there is no locales/de/ to export',
      'export: unknown format "po"; the only format is xliff',
    ]);
  });
});

describe('pnpm i18n:import <file>', () => {
  it('round trip on the real French: an unchanged file writes nothing', () => {
    const copy = copyLocales();
    const before = snapshot(copy.localesDir);
    const xml = exportXliff({ localesDir: copy.localesDir, locale: 'fr' });
    const result = importXliff({ localesDir: copy.localesDir, xml });
    expect(result.changed).toEqual([]);
    expect(result.skipped).toHaveLength(messageKeys.length);
    expect(changedFiles(before, snapshot(copy.localesDir))).toEqual([]);
  });

  it('writes a changed target in place: same key order and formatting, only that line differs', () => {
    const copy = copyLocales();
    const before = snapshot(copy.localesDir);
    const edited =
      'Le message n’a pas pu partir en raison d’un problème technique de notre côté. Contactez le support.';
    const xml = setTarget(
      exportXliff({ localesDir: copy.localesDir, locale: 'fr' }),
      'friendly.sms.send',
      'sms.send.apiKeyRequired',
      edited,
    );
    const result = importXliff({ localesDir: copy.localesDir, xml });
    expect(result.changed).toEqual([
      {
        unit: 'friendly.sms.send/sms.send.apiKeyRequired',
        key: 'sms.send.apiKeyRequired',
        register: 'friendly',
      },
    ]);
    const after = snapshot(copy.localesDir);
    expect(changedFiles(before, after)).toEqual([join('fr', 'friendly', 'sms.send.json')]);
    const oldLines = before.get(join('fr', 'friendly', 'sms.send.json'))!.split('\n');
    const newLines = after.get(join('fr', 'friendly', 'sms.send.json'))!.split('\n');
    expect(newLines).toHaveLength(oldLines.length);
    const differing = newLines.filter((line, index) => line !== oldLines[index]);
    expect(differing).toEqual([`  "sms.send.apiKeyRequired": ${JSON.stringify(edited)},`]);
    expect(oldLines).toContain(`  "sms.send.apiKeyRequired": ${JSON.stringify(frenchApiKey)},`);
    // Exporting again gives back the edited document.
    expect(exportXliff({ localesDir: copy.localesDir, locale: 'fr' })).toBe(xml);
    expect(checkLocales({ localesDir: copy.localesDir }).problems).toEqual([]);
  });

  it('exports the text of a duplicated key that the check validates, the first', () => {
    const copy = copyLocales();
    const file = 'fr/friendly/vms.json';
    const line = copy
      .read(file)
      .split('\n')
      .find((text) => text.includes('"vms.insufficientCredit"'))!;
    copy.replace(file, line, `${line.replace(/,?$/, ',')}\n  "vms.insufficientCredit": "Un double",`);
    expect(problemsOfRule(copy, 'duplicate-key')).toEqual(['vms.insufficientCredit']);
    const unit = unitsOf(exportXliff({ localesDir: copy.localesDir, locale: 'fr' })).units.find(
      (candidate) => candidate.file === 'friendly.vms' && candidate.id === 'vms.insufficientCredit',
    );
    expect(unit?.target).toBe(JSON.parse(`{${line.replace(/,$/, '')}}`)['vms.insufficientCredit']);
  });

  it('adds a key the file lacks (a code the catalog gained), so the check finds it', () => {
    const copy = copyLocales();
    const xml = exportXliff({ localesDir: copy.localesDir, locale: 'fr' });
    const file = 'fr/friendly/vms.json';
    const line = copy
      .read(file)
      .split('\n')
      .find((text) => text.includes('"vms.insufficientCredit"'))!;
    copy.replace(file, `${line.replace(/,$/, '')},\n`, '');
    expect(problemsOfRule(copy, 'missing-key')).toEqual(['vms.insufficientCredit']);
    const result = importXliff({ localesDir: copy.localesDir, xml });
    expect(result.changed.map((change) => change.key)).toEqual(['vms.insufficientCredit']);
    expect(checkLocales({ localesDir: copy.localesDir }).problems).toEqual([]);
    expect(copy.read(file)).toContain(`,\n${line.replace(/,$/, '')}\n}`);
  });

  it('never imports a locked official text of a language SMSPartner publishes', () => {
    const copy = copyLocales();
    const before = snapshot(copy.localesDir);
    const xml = setTarget(
      exportXliff({ localesDir: copy.localesDir, locale: 'fr' }),
      'official.sms.send',
      'sms.send.insufficientCredit',
      'Crédit vraiment insuffisant',
    );
    const result = importXliff({ localesDir: copy.localesDir, xml });
    expect(result.changed).toEqual([]);
    expect(result.skipped).toContain('official.sms.send/sms.send.insufficientCredit');
    expect(changedFiles(before, snapshot(copy.localesDir))).toEqual([]);
  });

  it('runs the check first: on an error nothing is written and the error names the unit', () => {
    const copy = copyLocales();
    const before = snapshot(copy.localesDir);
    let xml = exportXliff({ localesDir: copy.localesDir, locale: 'fr' });
    // A fine edit in one file, and a target that contradicts the catalog in another.
    xml = setTarget(
      xml,
      'friendly.mail',
      'mail.dateInvalid',
      'La date d’envoi de cet e-mail est incorrecte. Choisissez-en une autre.',
    );
    xml = setTarget(
      xml,
      'friendly.sms.send',
      'sms.send.apiKeyRequired',
      `${frenchApiKey} Réessayez plus tard.`,
    );
    let error: unknown;
    try {
      importXliff({ localesDir: copy.localesDir, xml });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(XliffCheckError);
    const message = (error as Error).message;
    expect(message).toContain('nothing was written');
    expect(message).toContain('unit friendly.sms.send/sms.send.apiKeyRequired: [advice-retry]');
    expect(message).toMatch(/fr\/friendly\/sms\.send\.json:4:\d+\)/);
    expect((error as XliffCheckError).problems.map((problem) => problem.rule)).toEqual(['advice-retry']);
    expect(changedFiles(before, snapshot(copy.localesDir))).toEqual([]);
  });

  it('a CAT tool that damaged an argument is caught, naming the unit', () => {
    const copy = copyLocales();
    const french = JSON.parse(copy.read('fr/friendly/sms.send.json'))['sms.send.tooManyNumbers'] as string;
    const xml = setTarget(
      exportXliff({ localesDir: copy.localesDir, locale: 'fr' }),
      'friendly.sms.send',
      'sms.send.tooManyNumbers',
      french.replace('{max, number}', '{max number}'),
    );
    expect(() => importXliff({ localesDir: copy.localesDir, xml })).toThrow(
      /unit friendly\.sms\.send\/sms\.send\.tooManyNumbers: \[icu-syntax\]/,
    );
    const renamed = setTarget(
      exportXliff({ localesDir: copy.localesDir, locale: 'fr' }),
      'friendly.sms.send',
      'sms.send.tooManyNumbers',
      french.replace('{max, number}', '{maximum, number}'),
    );
    expect(() => importXliff({ localesDir: copy.localesDir, xml: renamed })).toThrow(
      /unit friendly\.sms\.send\/sms\.send\.tooManyNumbers: \[structure-differs\]/,
    );
  });

  it('refuses a file that is not this project’s XLIFF, with what is wrong', () => {
    const copy = copyLocales();
    const xml = exportXliff({ localesDir: copy.localesDir, locale: 'fr' });
    const refuse = (text: string) => () => importXliff({ localesDir: copy.localesDir, xml: text });
    expect(refuse('<xliff version="2.0"')).toThrow(XliffError);
    // A damaged declaration: the XML validator lets it through, the parser does not.
    expect(refuse(`${xml.slice(0, 3)}${xml.slice(15)}`)).toThrow(/not well-formed XML/);
    expect(refuse(xml.replace('version="2.0"', 'version="1.2"'))).toThrow(/version="2.0"/);
    expect(refuse(xml.replace('<file id="friendly.sms.send"', '<file id="friendly.sms.sent"'))).toThrow(
      /not a locale file/,
    );
    expect(
      refuse(xml.replace('<unit id="sms.send.tooManyNumbers"', '<unit id="sms.send.tooManyNumber"')),
    ).toThrow(/unit official\.sms\.send\/sms\.send\.tooManyNumber: /);
    expect(
      refuse(
        setTarget(xml, 'friendly.sms.send', 'sms.send.tooManyNumbers', 'x').replace(
          '<target>x</target>',
          '<target>au plus <ph id="1"/> numéros</target>',
        ),
      ),
    ).toThrow(/inline elements/);
    expect(refuse(xml.replace('trgLang="fr"', 'trgLang="de"'))).toThrow(/no locales\/de\//);
  });
});

describe('round trip on a language scaffolded with add-locale', () => {
  async function scaffold(copy: LocalesCopy, locale: string) {
    const io = { out: () => {}, err: (line: string) => expect.fail(line), cwd: copy.root };
    expect(
      await main(['add-locale', locale, '--locales', copy.localesDir, '--packages', copy.packagesDir], io),
    ).toBe(0);
  }

  it('exports English placeholders as untranslated units, imports the translations, which then count as translated', async () => {
    const copy = copyLocales();
    await scaffold(copy, 'de');
    const exported = exportXliff({ localesDir: copy.localesDir, locale: 'de' });
    const { root, units } = unitsOf(exported);
    expect(root['@_trgLang']).toBe('de');
    // No SMSPartner page in German: the official texts are translatable too.
    expect(units.filter((unit) => unit.translate === 'no')).toEqual([]);
    expect(units.every((unit) => unit.state === 'initial' && unit.target === unit.source)).toBe(true);
    expect(units[0]!.notes['status']).toContain('English placeholder');

    let xml = exported;
    xml = setTarget(
      xml,
      'friendly.sms.send',
      'sms.send.tooManyNumbers',
      'Ein Versand kann höchstens {max, number} Nummern enthalten. Teilen Sie die Empfänger auf mehrere Versände auf.',
    );
    xml = setTarget(xml, 'official.sms.send', 'sms.send.insufficientCredit', 'Unzureichendes Guthaben');
    const before = snapshot(copy.localesDir);
    const result = importXliff({ localesDir: copy.localesDir, xml });
    expect(result.changed.map((change) => change.unit)).toEqual([
      'official.sms.send/sms.send.insufficientCredit',
      'friendly.sms.send/sms.send.tooManyNumbers',
    ]);
    expect(changedFiles(before, snapshot(copy.localesDir)).sort()).toEqual(
      [join('de', 'friendly', 'sms.send.json'), join('de', 'official', 'sms.send.json')].sort(),
    );
    expect(JSON.parse(copy.read('de/friendly/sms.send.json'))['sms.send.tooManyNumbers']).toContain(
      'höchstens',
    );
    const checked = checkLocales({ localesDir: copy.localesDir });
    // Derived: the imported texts differ from English, so they are no longer untranslated.
    const left = checked.untranslated.get('de')!;
    expect(left.friendly.size).toBe(messageKeys.length - 1);
    expect(left.friendly.has('sms.send.tooManyNumbers')).toBe(false);
    expect(left.official.has('sms.send.insufficientCredit')).toBe(false);
    expect(checked.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(checked.problems.filter((problem) => problem.rule === 'untranslated' && problem.key)).toEqual([]);

    // And back out: the imported units are translated now, the rest still waiting.
    const again = unitsOf(exportXliff({ localesDir: copy.localesDir, locale: 'de' })).units;
    const translated = again
      .filter((unit) => unit.state === 'translated')
      .map((unit) => `${unit.file}/${unit.id}`);
    expect(translated).toEqual([
      'official.sms.send/sms.send.insufficientCredit',
      'friendly.sms.send/sms.send.tooManyNumbers',
    ]);
  });

  it('passes through the CLI', async () => {
    const copy = copyLocales();
    await scaffold(copy, 'es');
    const xml = setTarget(
      exportXliff({ localesDir: copy.localesDir, locale: 'es' }),
      'friendly.sms.send',
      'sms.send.messageRequired',
      'El mensaje está vacío. Escriba su texto y vuelva a enviarlo.',
    );
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(copy.root, 'es.xlf'), xml);
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      out: (line: string) => out.push(line),
      err: (line: string) => err.push(line),
      cwd: copy.root,
    };
    expect(await main(['import', 'es.xlf', '--locales', copy.localesDir], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toMatch(/^imported 1 changed text\(s\) into locales\/es \(1 file\(s\) written/);
    writeFileSync(
      join(copy.root, 'bad.xlf'),
      xml.replace('El mensaje está vacío.', 'El mensaje está &lt;b&gt;vacío&lt;/b&gt;.'),
    );
    expect(await main(['import', 'bad.xlf', '--locales', copy.localesDir], io)).toBe(1);
    expect(err.join('\n')).toContain('unit friendly.sms.send/sms.send.messageRequired: [markup]');
  });
});

describe('importXliff of a damaged file', () => {
  // What a CAT tool or a hand edit can do to the file: cut it anywhere, drop or add markup and
  // entities, change attribute values.
  const pieces = [
    '<',
    '>',
    '&',
    '&amp;',
    '&#0;',
    '"',
    '</target>',
    '<target>',
    '<ph id="1"/>',
    ']]>',
    '\u0000',
    '\uDFFF',
  ];

  it('refuses it with an XliffError and writes nothing, or imports it clean (property)', () => {
    const copy = copyLocales();
    const xml = exportXliff({ localesDir: copy.localesDir, locale: 'fr' });
    fc.assert(
      fc.property(damaged(xml, pieces), (damagedXml) => {
        const before = snapshot(copy.localesDir);
        let result: ReturnType<typeof importXliff> | undefined;
        try {
          result = importXliff({ localesDir: copy.localesDir, xml: damagedXml });
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(XliffError);
          expect((error as Error).message).not.toBe('');
          expect(changedFiles(before, snapshot(copy.localesDir))).toEqual([]);
          return;
        }
        // Imported: what changed passed the check.
        expect(result.locale).toBe('fr');
        expect(
          checkLocales({ localesDir: copy.localesDir }).problems.filter((p) => p.severity === 'error'),
        ).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 180_000);
});

describe('exportXliff of a damaged locale file', () => {
  it('refuses a text holding a character XML cannot carry, naming the file and key; the check reports it too', () => {
    const copy = copyLocales();
    copy.replace('fr/friendly/sms.send.json', 'Le crédit SMS', 'Le cr\\u0007dit SMS');
    expect(() => exportXliff({ localesDir: copy.localesDir, locale: 'fr' })).toThrow(
      'fr/friendly/sms.send.json "sms.send.insufficientCredit": the text holds U+0007, which an XLIFF file cannot carry',
    );
    expect(
      checkLocales({ localesDir: copy.localesDir }).problems.filter(
        (problem) => problem.severity === 'error' && problem.key === 'sms.send.insufficientCredit',
      ),
    ).not.toEqual([]);
  });

  it('writes well-formed XLIFF of the texts it can read, or refuses a text XML cannot carry (property)', () => {
    const copy = copyLocales();
    const file = 'fr/friendly/sms.send.json';
    const text = copy.read(file);
    fc.assert(
      fc.property(damaged(text, ['"', '<', '&', ']]>', '\u0000', '\uDFFF', '\\u0007']), (damagedText) => {
        copy.write(file, damagedText);
        let xml: string;
        try {
          xml = exportXliff({ localesDir: copy.localesDir, locale: 'fr' });
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(XliffError);
          expect((error as Error).message).toMatch(
            /^fr\/friendly\/sms\.send\.json "sms\.send\.[\w.]+": the text holds U\+[0-9A-F]{4}/,
          );
          return;
        }
        expect(XMLValidator.validate(xml)).toBe(true);
        // What XML 1.0 forbids even as a reference: C0 controls but tab and newlines, lone surrogates.
        // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
        expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF]/u);
        expect(unitsOf(xml).units.length).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
