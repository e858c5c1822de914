import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type CatalogEntry, entryByKey, type MessageKey } from '@smspartner-i18n/core';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { checkLocales, type Problem } from './check.ts';
import { lengthBudget, lengthBudgetRule } from './check-length.ts';
import { codePoint } from './check-rules.ts';
import { type FileId, fileIds, fileNameOf, keysOfFile, type Register, registers } from './layout.ts';
import { localeFilePath, memberName, parseJsonText } from './locale-files.ts';
import { isVerbatim } from './reference-texts.ts';
import { type TranslatorContext, translatorContexts } from './translator-context.ts';

/**
 * XLIFF 2.0 for CAT tools: one <file> per locale file, one <unit> per key, context as <note>s. The
 * official texts of a language SMSPartner publishes are its own words: translate="no", never imported.
 */

export const xliffNamespace = 'urn:oasis:names:tc:xliff:document:2.0';
const sourceLanguage = 'en';
/** Attributes as `@_name` members, for both the builder and the parser. */
const xmlOptions = { ignoreAttributes: false, attributeNamePrefix: '@_' } as const;

/** `friendly.sms.send`: a <file> id (an XML NMTOKEN, so no slash). */
const fileElementId = (register: Register, fileId: FileId): string => `${register}.${fileId}`;

function readTexts(file: string): Map<string, string> {
  const texts = new Map<string, string>();
  if (!existsSync(file)) return texts;
  const parsed = parseJsonText(readFileSync(file, 'utf8'));
  if (!parsed.ok || parsed.document.body.type !== 'Object') return texts;
  for (const member of parsed.document.body.members) {
    // A key given twice: the first, the one the check validates (it reports the second).
    const key = memberName(member);
    if (member.value.type === 'String' && !texts.has(key)) texts.set(key, member.value.value);
  }
  return texts;
}

function argumentNote(context: TranslatorContext): string {
  if (context.arguments.length === 0) return 'Arguments: none.';
  return `Arguments (keep them exactly as written, never the number itself): ${context.arguments
    .map(
      (arg) =>
        `${arg.icu} = ${arg.meaning} (example: ${arg.defaultValue ?? (arg.name === 'code' ? '27' : '?')})`,
    )
    .join('; ')}.`;
}

function whoCanAct(entry: CatalogEntry | undefined, context: TranslatorContext): string {
  if (!entry) return context.audience;
  const metadata = [
    `kind: ${entry.kind}`,
    ...(entry.fixableBy ? [`fixableBy: ${entry.fixableBy}`] : []),
    `retryable: ${entry.retryable}`,
    ...(entry.permanent !== undefined ? [`permanent: ${entry.permanent}`] : []),
    ...(entry.final !== undefined ? [`final: ${entry.final}`] : []),
  ];
  return `${context.audience} Catalog: ${metadata.join(', ')}.`;
}

function notesOf(
  key: MessageKey,
  register: Register,
  context: TranslatorContext,
  english: string | undefined,
  untranslated: boolean,
  locked: boolean,
) {
  const entry = entryByKey(key);
  const { official } = context;
  // In this order; a note whose text is missing or false is left out.
  const notes: [category: string, text: string | undefined | false][] = [
    ['when', context.when],
    ['who-can-act', whoCanAct(entry, context)],
    ['arguments', argumentNote(context)],
    [
      'smspartner-wording',
      official && `SMSPartner's wording: "${official.en}" (English) / "${official.fr}" (French).`,
    ],
    ['catalog-note', context.note],
    [
      'length-budget',
      register === 'friendly' &&
        english !== undefined &&
        `At most ${lengthBudget(english, entry)} characters once shown, arguments at their example values (${lengthBudgetRule}): it must fit a toast or a form error.`,
    ],
    [
      'register',
      register === 'official'
        ? locked
          ? "Official register: SMSPartner's own published wording, kept verbatim; not translatable here."
          : "Official register: SMSPartner's English sentence, translated faithfully (for developers, logs and support)."
        : 'Friendly register: our words for the end user of an app; short, calm, no technical terms; see locales/glossary.md.',
    ],
    ['status', untranslated && 'The target is still the English placeholder: translate it.'],
  ];
  return notes.flatMap(([category, text]) => (text ? [{ '@_category': category, '#text': text }] : []));
}

/** What XML 1.0 cannot carry, not even as a character reference: C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF. */
// With the u flag a surrogate range matches only unpaired surrogates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const notInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/** A text as a unit carries it; an XliffError naming the file and key for one XML cannot hold. */
function xmlText(text: string | undefined, file: string, key: string): string | undefined {
  const found = text === undefined ? null : notInXml.exec(text);
  if (found)
    throw new XliffError(
      `${file} "${key}": the text holds ${codePoint(found[0])}, which an XLIFF file cannot carry; remove it (pnpm i18n:check reports it too)`,
    );
  return text;
}

/** The XLIFF 2.0 document of one language (the target), English being the source. */
export function exportXliff(options: { readonly localesDir: string; readonly locale: string }): string {
  const { localesDir, locale } = options;
  if (!existsSync(join(localesDir, locale))) {
    throw new XliffError(`there is no locales/${locale}/ to export`);
  }
  const contexts = translatorContexts();
  // The keys still in English, as the check derives them (equal to English, not marked `$sameAsEnglish`).
  const untranslated = checkLocales({ localesDir }).untranslated.get(locale);
  const files = registers.flatMap((register) =>
    fileIds.map((fileId) => {
      const english = readTexts(localeFilePath(localesDir, sourceLanguage, register, fileId));
      const targets = readTexts(localeFilePath(localesDir, locale, register, fileId));
      const locked = isVerbatim(locale, register);
      const units = keysOfFile(fileId).map((key) => {
        const where = (lng: string) => `${lng}/${register}/${fileNameOf(fileId)}`;
        const source = xmlText(english.get(key), where(sourceLanguage), key);
        const target = xmlText(targets.get(key), where(locale), key);
        const waiting = untranslated?.[register].has(key) ?? false;
        return {
          '@_id': key,
          '@_name': key,
          ...(locked ? { '@_translate': 'no' } : {}),
          notes: { note: notesOf(key, register, contexts.get(key)!, source, waiting, locked) },
          segment: {
            '@_state': locked ? 'final' : waiting || target === undefined ? 'initial' : 'translated',
            source: source ?? '',
            ...(target !== undefined ? { target } : {}),
          },
        };
      });
      return {
        '@_id': fileElementId(register, fileId),
        '@_original': `${register}/${fileNameOf(fileId)}`,
        ...(locked ? { '@_translate': 'no' } : {}),
        unit: units,
      };
    }),
  );
  const builder = new XMLBuilder({
    ...xmlOptions,
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
  });
  return `${builder
    .build({
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      xliff: {
        '@_xmlns': xliffNamespace,
        '@_version': '2.0',
        '@_srcLang': sourceLanguage,
        '@_trgLang': locale,
        file: files,
      },
    })
    .trimEnd()}\n`;
}

export class XliffError extends Error {
  override readonly name = 'XliffError';
}

/** One target read from a file, with where it goes. */
interface ImportedUnit {
  readonly unit: string;
  readonly register: Register;
  readonly fileId: FileId;
  readonly key: MessageKey;
  readonly target: string;
}

export interface ImportResult {
  readonly locale: string;
  /** Texts whose value changed, and the files written. */
  readonly changed: readonly Pick<ImportedUnit, 'unit' | 'key' | 'register'>[];
  readonly files: readonly string[];
  /** Units ignored on purpose (locked, or without a target). */
  readonly skipped: readonly string[];
}

type Attributes = Record<string, unknown>;

const attribute = (node: Attributes, name: string): string | undefined => {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
};

const asArray = (value: unknown): Attributes[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (item): item is Attributes => typeof item === 'object' && item !== null,
  );

/** The plain text of a <target>; `undefined` when it holds inline markup the import cannot map back. */
function plainText(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null) return undefined;
  const keys = Object.keys(node).filter((name) => !name.startsWith('@_'));
  if (keys.some((name) => name !== '#text')) return undefined;
  return String((node as Attributes)['#text'] ?? '');
}

const fileOfElementId = new Map(
  registers.flatMap((register) =>
    fileIds.map((fileId) => [fileElementId(register, fileId), { register, fileId }] as const),
  ),
);

function readUnits(xml: string): { locale: string; units: ImportedUnit[]; skipped: string[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new XliffError(
      `the file is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}): ${valid.err.msg}`,
    );
  }
  const parser = new XMLParser({
    ...xmlOptions,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => ['file', 'unit', 'segment', 'note'].includes(name),
  });
  let document: Attributes;
  try {
    document = parser.parse(xml) as Attributes;
  } catch (error) {
    // The parser refuses some files its validator lets through (a damaged `<?xml ?>` declaration).
    throw new XliffError(`the file is not well-formed XML: ${(error as Error).message}`);
  }
  const xliff = asArray(document['xliff'])[0];
  if (!xliff) throw new XliffError('the file has no <xliff> root element');
  if (attribute(xliff, 'version') !== '2.0') {
    throw new XliffError(`expected XLIFF version="2.0", found "${attribute(xliff, 'version') ?? 'none'}"`);
  }
  if (attribute(xliff, 'srcLang') !== sourceLanguage) {
    throw new XliffError(
      `expected srcLang="${sourceLanguage}" (the source is English), found "${attribute(xliff, 'srcLang')}"`,
    );
  }
  const locale = attribute(xliff, 'trgLang');
  if (!locale) throw new XliffError('the <xliff> element has no trgLang: which language is this?');
  const units: ImportedUnit[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const file of asArray(xliff['file'])) {
    const fileId = attribute(file, 'id') ?? '';
    const place = fileOfElementId.get(fileId);
    if (!place) {
      throw new XliffError(
        `<file id="${fileId}"> is not a locale file of this project (expected ids like "friendly.sms.send")`,
      );
    }
    const expected = new Set<string>(keysOfFile(place.fileId));
    for (const unit of asArray(file['unit'])) {
      const key = attribute(unit, 'id') ?? '';
      const unitName = `${fileId}/${key}`;
      if (!expected.has(key)) {
        throw new XliffError(`unit ${unitName}: "${key}" is not a key of ${fileNameOf(place.fileId)}`);
      }
      if (seen.has(unitName)) throw new XliffError(`unit ${unitName} is given twice`);
      seen.add(unitName);
      if (
        isVerbatim(locale, place.register) ||
        attribute(unit, 'translate') === 'no' ||
        attribute(file, 'translate') === 'no'
      ) {
        skipped.push(unitName);
        continue;
      }
      const segments = asArray(unit['segment']);
      if (segments.length !== 1) {
        throw new XliffError(
          `unit ${unitName}: expected one <segment>, found ${segments.length} (do not split units)`,
        );
      }
      const segment = segments[0]!;
      if (!('target' in segment)) {
        skipped.push(unitName);
        continue;
      }
      const target = plainText(segment['target']);
      if (target === undefined) {
        throw new XliffError(
          `unit ${unitName}: the <target> holds inline elements; the texts are plain text (write the argument as {max, number})`,
        );
      }
      units.push({ unit: unitName, ...place, key: key as MessageKey, target });
    }
  }
  return { locale, units, skipped };
}

/** The file's text with some values replaced in place; a key it lacks is added after the last member. */
function replaceValues(text: string, values: ReadonlyMap<string, string>): string {
  const parsed = parseJsonText(text);
  if (!parsed.ok || parsed.document.body.type !== 'Object') return text;
  const members = parsed.document.body.members;
  const edits = members
    .filter((member) => member.value.type === 'String' && values.has(memberName(member)))
    .map((member) => ({ range: member.value.range!, text: JSON.stringify(values.get(memberName(member))!) }));
  const present = new Set(members.map(memberName));
  const missing = [...values].filter(([key]) => !present.has(key));
  const last = members.at(-1);
  if (missing.length > 0 && last) {
    const indent = ' '.repeat(last.loc.start.column - 1);
    const end = last.value.range![1];
    edits.push({
      range: [end, end],
      text: missing
        .map(([key, value]) => `,\n${indent}${JSON.stringify(key)}: ${JSON.stringify(value)}`)
        .join(''),
    });
  }
  let result = text;
  for (const { range, text: replacement } of edits.sort((a, b) => b.range[0] - a.range[0])) {
    result = result.slice(0, range[0]) + replacement + result.slice(range[1]);
  }
  return result;
}

export class XliffCheckError extends XliffError {
  constructor(
    message: string,
    readonly problems: readonly Problem[],
  ) {
    super(message);
  }
}

/**
 * Writes the targets of an XLIFF 2.0 document back into locales/<trgLang>/, checked first as they
 * would be written: on any error nothing is written and the error names the unit.
 */
export function importXliff(options: { readonly localesDir: string; readonly xml: string }): ImportResult {
  const { localesDir } = options;
  const { locale, units, skipped } = readUnits(options.xml);
  if (!existsSync(join(localesDir, locale))) {
    throw new XliffError(
      `trgLang="${locale}" but there is no locales/${locale}/ (add it with pnpm i18n:add-locale ${locale})`,
    );
  }
  /** The new values by file. */
  const changes = new Map<string, Map<string, string>>();
  const changed: Pick<ImportedUnit, 'unit' | 'key' | 'register'>[] = [];
  // Each locale file read once, however many of its units the document holds.
  const current = new Map<string, Map<string, string>>();
  for (const { unit, register, fileId, key, target } of units) {
    const path = localeFilePath(localesDir, locale, register, fileId);
    if (!current.has(path)) current.set(path, readTexts(path));
    if (current.get(path)!.get(key) === target) continue;
    changes.set(path, (changes.get(path) ?? new Map()).set(key, target));
    changed.push({ unit, key, register });
  }
  const rendered = new Map(
    [...changes].map(([path, values]) => [path, replaceValues(readFileSync(path, 'utf8'), values)]),
  );

  // The real folder is only written when the result is clean.
  const errors = checkLocales({ localesDir, replaced: rendered }).problems.filter(
    (problem) => problem.severity === 'error',
  );
  if (errors.length > 0) {
    const unitOf = (problem: Problem): string => {
      const rel = relative(localesDir, problem.file).split(sep);
      const unit = changed.find(
        (candidate) => rel[0] === locale && rel[1] === candidate.register && candidate.key === problem.key,
      );
      return unit ? `unit ${unit.unit}` : `${rel.join('/')}${problem.key ? ` ${problem.key}` : ''}`;
    };
    throw new XliffCheckError(
      `nothing was written: ${errors.length} error(s) in the imported texts:\n${errors
        .map(
          (problem) =>
            `  ${unitOf(problem)}: [${problem.rule}] ${problem.message} (${relative(localesDir, problem.file)}:${problem.line}:${problem.column})`,
        )
        .join('\n')}`,
      errors,
    );
  }
  for (const [path, text] of rendered) writeFileSync(path, text);
  return { locale, changed, files: [...rendered.keys()], skipped };
}
