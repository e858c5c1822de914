import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { evaluate, type MemberNode } from '@humanwhocodes/momoa';
import { entryByKey, type MessageKey } from '@smspartner-i18n/core';
import { fieldKeyInfo } from '@smspartner-i18n/core/fields';
import { terminalText } from '@smspartner-i18n/core/internal';
import { isEdition } from '@smspartner-i18n/reference';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { closestMatch } from 'leven';
import { checkAdvice } from './check-advice.ts';
import { checkCharacters } from './check-characters.ts';
import { checkAgainstEnglish, inconsistentTranslations } from './check-consistency.ts';
import { checkGlossary } from './check-glossary.ts';
import { checkLength } from './check-length.ts';
import type { Finding, TextRule, TextUnderCheck } from './check-rules.ts';
import { checkApostrophe, checkFrenchTypography } from './check-typography.ts';
import { readGlossary } from './glossary.ts';
import {
  argumentsOf,
  explainSyntaxError,
  literalTextOf,
  parseMessage,
  structuralDifference,
  toI18next,
} from './icu.ts';
import {
  canonicalTag,
  type FileId,
  fileIdOfString,
  fileIds,
  fileNameOf,
  forbiddenKeySegments,
  isFallbackKey,
  keysOfFile,
  type Register,
  registers,
  sameAsEnglishMember,
  schemaFolderName,
  schemaReferenceOf,
} from './layout.ts';
import {
  describeJsonType,
  discoverLocales,
  localeFilePath,
  memberName,
  type Position,
  parseJsonText,
  positionInString,
  startOf,
} from './locale-files.ts';
import { isVerbatim, type ReferenceText, referenceTexts } from './reference-texts.ts';
import { buildSchema, renderSchemas } from './schema.ts';
import { translatorContexts } from './translator-context.ts';

/** Rules about style and translation, which SMSPartner's verbatim wording is exempt from. */
const styleRules: ReadonlySet<string> = new Set([
  'ellipsis',
  'end-punctuation',
  'same-as-source',
  'duplicate-word',
]);

/** The rules about one text, in the order their problems are listed. */
const textRules: readonly TextRule[] = [
  checkCharacters,
  checkApostrophe,
  checkFrenchTypography,
  checkAdvice,
  checkGlossary,
  checkLength,
  checkAgainstEnglish,
];

export type Severity = 'error' | 'warning';

/** Every kind of problem the check reports; each has a test that provokes it. */
export type RuleId =
  | 'invalid-json'
  | 'not-an-object'
  | 'duplicate-key'
  | 'not-a-string'
  | 'empty-text'
  | 'whitespace'
  | 'forbidden-key'
  | 'unknown-key'
  | 'wrong-file'
  | 'missing-key'
  | 'missing-file'
  | 'unexpected-file'
  | 'locale-folder'
  | 'schema-reference'
  | 'schema-stale'
  | 'icu-syntax'
  | 'structure-differs'
  | 'argument-without-default'
  | 'argument-not-number'
  | 'code-argument'
  | 'field-argument'
  | 'official-arguments'
  | 'official-differs'
  | 'i18next-incompatible'
  | 'literal-limit'
  | 'untranslated'
  | 'same-as-english'
  // check-characters.ts
  | 'control-character'
  | 'not-nfc'
  | 'invisible-character'
  | 'markup'
  | 'double-space'
  | 'ellipsis'
  // check-typography.ts
  | 'apostrophe'
  | 'fr-punctuation-space'
  | 'fr-guillemet-space'
  | 'fr-number-unit'
  // check-advice.ts: the friendly text against its catalog entry
  | 'advice-retry'
  | 'advice-temporary'
  | 'advice-end-user-instruction'
  | 'advice-cause'
  | 'advice-administrator'
  // check-glossary.ts and glossary.ts
  | 'glossary'
  | 'glossary-file'
  // check-length.ts
  | 'length'
  // check-consistency.ts
  | 'same-as-source'
  | 'end-punctuation'
  | 'duplicate-word'
  | 'inconsistent';

export interface Problem {
  readonly severity: Severity;
  readonly rule: RuleId;
  /** Absolute path of the file the problem is in. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly key?: string;
  /** For a problem of one text: its language and register. */
  readonly locale?: string;
  readonly register?: Register;
  /** One clear sentence: what is wrong, and what to do. */
  readonly message: string;
}

/** One text as read from a locale file, with what is needed to point into it. */
export interface LoadedText {
  readonly key: MessageKey;
  readonly locale: string;
  readonly register: Register;
  readonly source: string;
  readonly file: string;
  /** `undefined` when the text is not valid ICU (the problem is reported). */
  readonly ast: MessageFormatElement[] | undefined;
  /** Where the character at an offset of the ICU source is in the file (no offset: the text's start). */
  readonly locate: (offset?: number) => Position;
}

export type LocaleTexts = Readonly<Record<Register, ReadonlyMap<MessageKey, LoadedText>>>;

export interface CheckResult {
  readonly problems: readonly Problem[];
  readonly locales: readonly string[];
  readonly files: number;
  readonly texts: number;
  /** Everything that could be read, per locale: the generator builds from it. */
  readonly loaded: ReadonlyMap<string, LocaleTexts>;
  /** Per locale and register, the keys still equal to English and not marked `$sameAsEnglish`. */
  readonly untranslated: ReadonlyMap<string, Readonly<Record<Register, ReadonlySet<MessageKey>>>>;
}

const excerpt = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

class Collector {
  readonly problems: Problem[] = [];

  add(severity: Severity, rule: RuleId, file: string, at: Position, message: string, key?: string) {
    this.problems.push({ severity, rule, file, ...at, ...(key !== undefined ? { key } : {}), message });
  }
  error(rule: RuleId, file: string, at: Position, message: string, key?: string) {
    this.add('error', rule, file, at, message, key);
  }
  /** A finding of a text rule, located at an offset of its source, with its language and register. */
  text(text: LoadedText, { severity, rule, message, offset }: Finding) {
    const { file, key, locale, register } = text;
    const at = text.locate(offset);
    this.problems.push({ severity, rule: rule as RuleId, file, ...at, key, locale, register, message });
  }
  /** An error of one text, at an offset of its source (or its start), with no language or register. */
  textError(text: LoadedText, rule: RuleId, message: string, offset?: number) {
    this.error(rule, text.file, text.locate(offset), message, text.key);
  }
}

const top: Position = { line: 1, column: 1 };

/** Where the texts of one register of a language, and its `$sameAsEnglish` marks, are collected. */
interface FileTarget {
  readonly locale: string;
  readonly register: Register;
  readonly texts: Map<MessageKey, LoadedText>;
  readonly marks: Map<MessageKey, Position>;
}

/** Reads one locale file; its shape is checked by the generated JSON Schema, the rest by the rules here. */
function readLocaleFile(
  report: Collector,
  file: string,
  text: string,
  fileId: FileId,
  into: FileTarget,
): void {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    report.error('invalid-json', file, parsed.position, `the file is not valid JSON: ${parsed.reason}`);
    return;
  }
  const body = parsed.document.body;
  // Parsing keeps only one value per key: duplicates are found on the syntax tree, the first one is validated.
  const members = new Map<string, MemberNode>();
  for (const member of body.type === 'Object' ? body.members : []) {
    const key = memberName(member);
    const earlier = members.get(key);
    if (!earlier) members.set(key, member);
    else
      report.error(
        'duplicate-key',
        file,
        startOf(member.name),
        `"${key}" is given twice in this file (first at line ${earlier.loc.start.line}); keep one`,
        key,
      );
  }
  const validate = schemaValidators().get(fileId)!;
  validate(
    body.type === 'Object'
      ? Object.fromEntries([...members].map(([key, member]) => [key, evaluate(member.value)]))
      : evaluate(body),
  );
  // The faults by member; ajv's instance paths only name the schema's own keys, which need no unescaping.
  const faults = new Map<string, ErrorObject[]>();
  const missing: string[] = [];
  for (const fault of validate.errors ?? []) {
    const [member, ...rest] = fault.instancePath.split('/').slice(1);
    if (member === undefined && fault.keyword === 'type') {
      report.error(
        'not-an-object',
        file,
        startOf(body),
        `the file must hold one object {"key": "text", …}, not ${describeJsonType(body)}`,
      );
      return;
    }
    if (fault.keyword === 'required') missing.push(String(fault.params['missingProperty']));
    else {
      const key = member ?? String(fault.params['additionalProperty']);
      faults.set(key, [...(faults.get(key) ?? []), { ...fault, instancePath: rest.join('/') }]);
    }
  }
  for (const [key, member] of members) {
    const found = faults.get(key) ?? [];
    if (key === '$schema') {
      if (found.length > 0)
        report.error(
          'schema-reference',
          file,
          startOf(member.value),
          `"$schema" must be "${schemaReferenceOf(fileId)}"`,
        );
      continue;
    }
    if (key === sameAsEnglishMember) {
      readSameAsEnglish(report, file, fileId, member, found, into.marks);
      continue;
    }
    if (found.some((fault) => fault.keyword === 'additionalProperties')) {
      reportStrayKey(report, file, fileId, key, startOf(member.name));
      continue;
    }
    const node = member.value;
    if (node.type !== 'String') {
      report.error(
        'not-a-string',
        file,
        startOf(node),
        `the text must be a string in double quotes, not ${describeJsonType(node)}`,
        key,
      );
      continue;
    }
    // The schema's minLength and pattern fail exactly on these; they are told apart for the message.
    const value = node.value;
    if (value.trim() === '') {
      report.error('empty-text', file, startOf(node), 'the text is empty; write the text for this key', key);
      continue;
    }
    const edges = [
      ['starts', value !== value.trimStart(), 0],
      ['ends', value !== value.trimEnd(), value.trimEnd().length],
    ] as const;
    for (const [edge, spaced, at] of edges) {
      const message = `the text ${edge} with a space or line break; remove it`;
      if (spaced) report.error('whitespace', file, positionInString(node, text, at), message, key);
    }
    const icu = parseMessage(value);
    if (!icu.ok) {
      report.error(
        'icu-syntax',
        file,
        positionInString(node, text, icu.offset),
        `the text is not valid ICU MessageFormat (${icu.kind}): ${explainSyntaxError(icu.kind)}`,
        key,
      );
    }
    into.texts.set(key as MessageKey, {
      key: key as MessageKey,
      locale: into.locale,
      register: into.register,
      source: value,
      file,
      ast: icu.ok ? icu.ast : undefined,
      locate: (offset) => (offset === undefined ? startOf(node) : positionInString(node, text, offset)),
    });
  }
  if (!members.has('$schema')) {
    report.error(
      'schema-reference',
      file,
      startOf(body),
      `add "$schema": "${schemaReferenceOf(fileId)}" as the first member, so editors check the keys`,
    );
  }
  // The closing brace of the object: where a missing key's text would go.
  const end = { line: body.loc.end.line, column: Math.max(1, body.loc.end.column - 1) };
  for (const key of missing) {
    report.error(
      'missing-key',
      file,
      end,
      `"${key}" is missing; add its text (see the English file for the wording to translate)`,
      key,
    );
  }
}

/** A key the schema does not allow, told apart for the translator. */
function reportStrayKey(report: Collector, file: string, fileId: FileId, key: string, at: Position) {
  const forbidden = key.split('.').some((segment) => forbiddenKeySegments.has(segment));
  const owner = fileIdOfString(key);
  // The key of this file it most likely meant, case aside.
  const keys = keysOfFile(fileId);
  const lower = keys.map((candidate) => candidate.toLowerCase());
  const maxDistance = Math.max(3, Math.floor(key.length / 4));
  const match = closestMatch(key.toLowerCase(), lower, { maxDistance });
  const suggestion = match === undefined ? undefined : keys[lower.indexOf(match)];
  const [rule, message]: [RuleId, string] = forbidden
    ? [
        'forbidden-key',
        'is not allowed as a key: it names a built-in JavaScript property and could corrupt the packs',
      ]
    : owner === undefined
      ? [
          'unknown-key',
          `is not a key of the catalog${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; remove it`,
        ]
      : ['wrong-file', `belongs in ${fileNameOf(owner)}, not in this file; move it there`];
  report.error(rule, file, at, `"${key}" ${message}`, key);
}

function readSameAsEnglish(
  report: Collector,
  file: string,
  fileId: FileId,
  member: MemberNode,
  faults: readonly ErrorObject[],
  into: Map<MessageKey, Position>,
) {
  if (member.value.type !== 'Array') {
    report.error(
      'same-as-english',
      file,
      startOf(member.value),
      `"${sameAsEnglishMember}" must be a list of the keys of this file whose text is the same as in English: ["key", …]`,
    );
    return;
  }
  // ajv names an item not in the schema's enum by its index, and a repeated one as `params.i`.
  const faultOf = (index: number) =>
    faults.find((fault) =>
      fault.keyword === 'uniqueItems' ? fault.params['i'] === index : fault.instancePath === String(index),
    );
  for (const [index, element] of member.value.elements.entries()) {
    const value = element.value;
    const fault = faultOf(index);
    if (fault?.keyword === 'uniqueItems') {
      report.error('same-as-english', file, startOf(value), `"${evaluate(value)}" is listed twice`);
    } else if (fault || value.type !== 'String') {
      report.error(
        'same-as-english',
        file,
        startOf(value),
        value.type === 'String'
          ? `"${value.value}" is not a key of this file; "${sameAsEnglishMember}" lists keys of ${fileNameOf(fileId)} only`
          : 'each item must be a key in double quotes',
      );
    } else {
      into.set(value.value as MessageKey, startOf(value));
    }
  }
}

/** Formats of a default value a translator might have typed instead of the argument. */
function literalForms(value: number): RegExp {
  const digits = String(value);
  const grouped = digits.length > 3 ? [digits.replace(/\B(?=(\d{3})+(?!\d))/g, '[ ,.\u00a0\u202f]')] : [];
  return new RegExp(`(?<![\\d])(?:${[digits, ...grouped].join('|')})(?![\\d])`);
}

/**
 * The arguments a text may use (a fallback only {code}; a field text the values its rule declares, in
 * both registers; an entry's friendly text its catalog defaults), and an official text's wording.
 */
function checkArguments(
  report: Collector,
  text: LoadedText,
  ast: MessageFormatElement[],
  reference: ReadonlyMap<string, ReferenceText> | undefined,
) {
  const args = argumentsOf(ast);
  const field = fieldKeyInfo(text.key);
  if (!field && isFallbackKey(text.key)) {
    if (text.register === 'official' && !args.some((arg) => arg.name === 'code')) {
      report.textError(
        text,
        'code-argument',
        'this text is for codes the catalog does not know: it must show the code with {code}',
      );
    }
    for (const arg of args) {
      if (arg.name !== 'code') {
        report.textError(
          text,
          'argument-without-default',
          `{${arg.name}} has no value here: texts for unknown codes can only use {code}`,
          arg.offset,
        );
      } else if (arg.type !== 'plain') {
        report.textError(
          text,
          'code-argument',
          '{code} is the code as SMSPartner sent it (text, not a number): write it as {code}',
          arg.offset,
        );
      }
    }
    return;
  }
  if (!field && text.register === 'official') {
    if (args.length > 0) {
      report.textError(
        text,
        'official-arguments',
        `official texts are SMSPartner's wording and take no arguments; write a literal brace as '{' or '}'`,
        args[0]!.offset,
      );
      return;
    }
    const expected = reference?.get(text.key);
    const found = literalTextOf(ast);
    if (!expected || found === undefined || found === expected.text) return;
    let at = 0;
    while (at < found.length && found[at] === expected.text[at]) at++;
    report.textError(
      text,
      'official-differs',
      `the official wording no longer matches SMSPartner's (${expected.source}) from character ${at + 1}: expected "${excerpt(expected.text.slice(at), 40)}", found "${excerpt(found.slice(at), 40)}"`,
    );
    return;
  }
  const entry = entryByKey(text.key);
  const params: Readonly<Record<string, 'text' | number>> = field?.params ?? entry!.params;
  const usable = Object.entries(params).map(([name, spec]) =>
    spec === 'text' ? `{${name}}` : `{${name}, number}`,
  );
  for (const arg of args) {
    const declared = field ? Object.hasOwn(params, arg.name) : arg.name in params;
    if (!declared) {
      const what = field ? 'is not a value of this field rule' : 'has no default value in the catalog entry';
      const use = field ? `use ${usable.join(', ')}` : `use one of ${usable.join(', ')}`;
      const none = field ? 'this field text takes no arguments' : 'this entry takes no arguments';
      report.textError(
        text,
        'argument-without-default',
        `{${arg.name}} ${what}, so the text could lack it; ${usable.length > 0 ? use : none}`,
        arg.offset,
      );
    } else if (params[arg.name] === 'text' && (arg.type !== 'plain' || arg.hasStyle)) {
      report.textError(
        text,
        'field-argument',
        `{${arg.name}} is the value SMSPartner quotes from the request (text, not a number): write it as {${arg.name}}`,
        arg.offset,
      );
    } else if (params[arg.name] !== 'text' && (arg.type !== 'number' || arg.hasStyle)) {
      report.textError(
        text,
        'argument-not-number',
        `${arg.name} is a number: write it as {${arg.name}, number} so it is formatted for the language`,
        arg.offset,
      );
    }
  }
  if (field) return;
  const literal = ast.flatMap((element) => (element.type === 0 ? [element.value] : [])).join(' ');
  for (const [name, value] of Object.entries(entry!.params)) {
    if (!args.some((arg) => arg.name === name) && literalForms(value).test(literal)) {
      report.add(
        'warning',
        'literal-limit',
        text.file,
        text.locate(),
        `the text writes the number ${value} itself; use {${name}, number}, so it follows the catalog and the language`,
        text.key,
      );
    }
  }
}

/** The keys of a locale still holding the English text: one warning per file; a stale mark is reported too. */
function deriveUntranslated(
  report: Collector,
  localesDir: string,
  locale: string,
  texts: LocaleTexts,
  english: LocaleTexts | undefined,
  marked: Readonly<Record<Register, ReadonlyMap<MessageKey, Position>>>,
): Record<Register, ReadonlySet<MessageKey>> {
  const found: Record<Register, Set<MessageKey>> = { official: new Set(), friendly: new Set() };
  for (const register of registers) {
    for (const fileId of fileIds) {
      const file = localeFilePath(localesDir, locale, register, fileId);
      const stillEnglish: MessageKey[] = [];
      for (const key of keysOfFile(fileId)) {
        const mark = marked[register].get(key);
        if (locale === 'en') {
          if (mark)
            report.error(
              'same-as-english',
              file,
              mark,
              'English texts are the reference; remove the mark',
              key,
            );
          continue;
        }
        const own = texts[register].get(key)?.source;
        const reference = english?.[register].get(key)?.source;
        if (own === undefined || reference === undefined) continue;
        if (mark && own !== reference) {
          report.add(
            'warning',
            'same-as-english',
            file,
            mark,
            `"${key}" is marked as the same as English but is translated; remove it from "${sameAsEnglishMember}"`,
            key,
          );
        }
        if (own === reference && !mark) stillEnglish.push(key);
      }
      if (stillEnglish.length === 0) continue;
      for (const key of stillEnglish) found[register].add(key);
      const some = `${stillEnglish.slice(0, 3).join(', ')}${stillEnglish.length > 3 ? ', …' : ''}`;
      report.add(
        'warning',
        'untranslated',
        file,
        texts[register].get(stillEnglish[0]!)!.locate(),
        `${stillEnglish.length} of ${keysOfFile(fileId).length} ${register} texts of ${fileId} are still the English text (${some}); translate them, or list a text meant to stay English in "${sameAsEnglishMember}"`,
      );
    }
  }
  return found;
}

function checkSchemas(report: Collector, localesDir: string) {
  const dir = join(localesDir, schemaFolderName);
  const expected = renderSchemas();
  for (const [name, content] of expected) {
    const path = join(dir, name);
    const onDisk = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (onDisk === content) continue;
    const problem = onDisk === undefined ? 'is missing' : 'is out of date with the catalog';
    report.error('schema-stale', path, top, `the schema ${problem}; run pnpm i18n:schema`);
  }
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (name.endsWith('.json') && !expected.has(name)) {
      report.error(
        'schema-stale',
        join(dir, name),
        top,
        'this schema belongs to no locale file; run pnpm i18n:schema and delete it',
      );
    }
  }
}

let compiledValidators: ReadonlyMap<FileId, ValidateFunction> | undefined;

/** The schemas of locales/schema, compiled once per process (it takes about half a second). */
function schemaValidators(): ReadonlyMap<FileId, ValidateFunction> {
  if (!compiledValidators) {
    const ajv = new Ajv({ allErrors: true });
    const contexts = translatorContexts();
    compiledValidators = new Map(fileIds.map((id) => [id, ajv.compile(buildSchema(id, contexts))]));
  }
  return compiledValidators;
}

/**
 * Checks every file of locales/; never throws on bad input: a broken file is a problem.
 * `replaced` gives some files' texts as they are about to be written (the XLIFF import).
 */
export function checkLocales(options: {
  readonly localesDir: string;
  readonly replaced?: ReadonlyMap<string, string>;
}): CheckResult {
  const { localesDir, replaced } = options;
  const report = new Collector();
  const locales = discoverLocales(localesDir);
  const loaded = new Map<string, LocaleTexts>();
  const sameAsEnglish = new Map<string, Record<Register, Map<MessageKey, Position>>>();
  const fileNames = fileIds.map(fileNameOf);
  let files = 0;
  let texts = 0;
  if (!locales.includes('en')) {
    report.error(
      'locale-folder',
      join(localesDir, 'en'),
      top,
      'English (locales/en) is missing: every language is checked against it',
    );
  }
  for (const locale of locales) {
    if (canonicalTag(locale) !== locale) {
      report.error(
        'locale-folder',
        join(localesDir, locale),
        top,
        `"${locale}" is not a language tag as a folder name (write en, fr, pt-BR)`,
      );
      continue;
    }
    const perRegister: Record<Register, Map<MessageKey, LoadedText>> = {
      official: new Map(),
      friendly: new Map(),
    };
    const marked: Record<Register, Map<MessageKey, Position>> = { official: new Map(), friendly: new Map() };
    sameAsEnglish.set(locale, marked);
    for (const register of registers) {
      const into = { locale, register, texts: perRegister[register], marks: marked[register] };
      const dir = join(localesDir, locale, register);
      for (const name of existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir) : []) {
        if (!fileNames.includes(name)) {
          report.error(
            'unexpected-file',
            join(dir, name),
            top,
            `"${name}" is not a locale file; the files are named after the sections (${fileNames.join(', ')})`,
          );
        }
      }
      for (const fileId of fileIds) {
        const file = localeFilePath(localesDir, locale, register, fileId);
        if (!existsSync(file)) {
          report.error(
            'missing-file',
            file,
            top,
            `the file is missing; create it with the ${keysOfFile(fileId).length} keys of ${fileId} (copy locales/en/${register}/${fileNameOf(fileId)})`,
          );
          continue;
        }
        files++;
        readLocaleFile(report, file, replaced?.get(file) ?? readFileSync(file, 'utf8'), fileId, into);
      }
    }
    loaded.set(locale, perRegister);
  }

  const glossary = readGlossary(localesDir);
  for (const problem of glossary.problems) {
    report.error('glossary-file', glossary.file, problem.position, problem.message);
  }
  const english = loaded.get('en');
  for (const [locale, perRegister] of loaded) {
    // SMSPartner's published wording, read once per edition present.
    const references = isEdition(locale) ? referenceTexts(locale) : undefined;
    for (const register of registers) {
      // SMSPartner's own wording is compared with its page, not styled.
      const verbatim = isVerbatim(locale, register);
      const compared: TextUnderCheck[] = [];
      for (const text of perRegister[register].values()) {
        texts++;
        const reference = english?.[register].get(text.key);
        const entry = entryByKey(text.key);
        const underCheck: TextUnderCheck = {
          locale,
          register,
          key: text.key,
          source: text.source,
          ...(reference !== undefined ? { english: reference.source } : {}),
          ...(entry ? { entry } : {}),
          glossary,
        };
        // A text still equal to English is counted untranslated (or marked $sameAsEnglish), not styled.
        const waiting = locale !== 'en' && reference?.source === text.source;
        for (const rule of textRules) {
          for (const finding of rule(underCheck)) {
            if (finding.rule === 'same-as-source' && waiting) continue;
            if (verbatim && styleRules.has(finding.rule)) continue;
            report.text(text, finding);
          }
        }
        if (locale !== 'en' && !verbatim && !waiting) compared.push(underCheck);
        if (!text.ast) continue;
        const rendered = toI18next(text.ast);
        if (!rendered.ok) report.textError(text, 'i18next-incompatible', rendered.reason);
        checkArguments(report, text, text.ast, references);
        if (locale !== 'en' && reference?.ast) {
          const difference = structuralDifference(reference.ast, text.ast);
          if (difference) {
            report.textError(
              text,
              'structure-differs',
              `the arguments differ from the English text "${excerpt(reference.source)}": ${difference}`,
            );
          }
        }
      }
      for (const [key, first] of inconsistentTranslations(compared)) {
        report.text(perRegister[register].get(key)!, {
          severity: 'warning',
          rule: 'inconsistent',
          message: `the English text is the same as for ${first}, but the translation differs; translate it the same way (or reword the English of one)`,
        });
      }
    }
  }

  const untranslated = new Map<string, Record<Register, ReadonlySet<MessageKey>>>();
  for (const [locale, perRegister] of loaded) {
    untranslated.set(
      locale,
      deriveUntranslated(report, localesDir, locale, perRegister, english, sameAsEnglish.get(locale)!),
    );
  }
  checkSchemas(report, localesDir);
  return { problems: report.problems, locales, files, texts, loaded, untranslated };
}

/** Core's `terminalText`, uncut: control, bidi and line-separator characters escaped visibly, so a quoted text cannot drive the terminal. */
export const terminalSafe = (text: string): string => terminalText(text, Number.POSITIVE_INFINITY);

export function formatProblem(problem: Problem, relativeTo: (file: string) => string): string {
  const key = problem.key !== undefined ? ` ${problem.key}:` : '';
  return terminalSafe(
    `${relativeTo(problem.file)}:${problem.line}:${problem.column}: ${problem.severity} [${problem.rule}]${key} ${problem.message}`,
  );
}

export function summarize(result: CheckResult): string {
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const counts = `${result.locales.length} locales (${result.locales.join(', ')}), ${result.files} files, ${result.texts} texts`;
  const remaining = [...result.untranslated]
    .map(([locale, keys]) => [locale, keys.official.size, keys.friendly.size] as const)
    .filter(([, official, friendly]) => official + friendly > 0)
    .map(([locale, official, friendly]) => `${locale} ${official} official + ${friendly} friendly`);
  const untranslated = remaining.length > 0 ? ` Untranslated: ${remaining.join(', ')}.` : '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const verdict =
    errors === 0 && warnings === 0
      ? 'no problems.'
      : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}.${untranslated}`;
  // Locale names are folder names: whatever is on disk, shown escaped.
  return terminalSafe(`i18n:check: ${counts} checked; ${verdict}`);
}
