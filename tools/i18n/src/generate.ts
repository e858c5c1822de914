import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import {
  entryByKey,
  globalFallbackKey,
  type MessageKey,
  messageKeys,
  sectionFallbackKey,
  sectionIds,
} from '@smspartner-i18n/core';
import { sectionCodes, smsPartnerNamespaces, trimmedMark } from '@smspartner-i18n/core/internal';
import type { SectionId } from '@smspartner-i18n/core/types';
import { type CheckResult, checkLocales, formatProblem } from './check.ts';
import type { CommandContext } from './cli.ts';
import { compileWithFormatjs } from './compile.ts';
import { literalTextOf, toI18next, toIcuSource } from './icu.ts';
import {
  type FileId,
  fileIdOfKey,
  fileIds,
  generalFileId,
  keyInsideFile,
  keysOfFile,
  type Register,
  registers,
} from './layout.ts';
import { serializeJson } from './locale-files.ts';
import { packageFolderOf, templatesDir } from './paths.ts';

/** Builds `packages/locale-<lng>/generated/` from `locales/<lng>/`, deterministically (a test pins it). */

export const generatedDirName = 'generated';

/** A locale's texts, compiled; its keys still in English are left out, so apps fall back to English. */
export type PackTexts = Awaited<ReturnType<typeof loadPackTexts>>;

const isTranslated = (texts: PackTexts, register: Register, key: MessageKey): boolean =>
  !texts.untranslated[register].has(key);

/** True when some key of `files` is left out of `register`: its records are then typed `Partial`. */
const hasGaps = (texts: PackTexts, register: Register, files: readonly FileId[]): boolean =>
  files.some((fileId) => keysOfFile(fileId).some((key) => !isTranslated(texts, register, key)));

const recordType = (texts: PackTexts, register: Register, files: readonly FileId[], value: string) =>
  `Readonly<${hasGaps(texts, register, files) ? `Partial<Record<Key, ${value}>>` : `Record<Key, ${value}>`}>`;

export class GenerateError extends Error {
  override name = 'GenerateError';
}

/** A generated module: the notice, a blank line, `lines`, a final line break. */
const moduleText = (texts: PackTexts, what: string, lines: readonly string[]) =>
  [
    `// GENERATED — do not edit. Built by tools/i18n from ${texts.origin}: ${what}.`,
    '// Edit the texts in locales/ and rebuild the package (pnpm build).',
    '',
    ...lines,
    '',
  ].join('\n');

/** Reads, checks and compiles one locale's texts; throws with every problem when the locale has errors. */
export async function loadPackTexts(options: {
  readonly localesDir: string;
  readonly locale: string;
  readonly pseudoLocale?: string;
  readonly checked?: CheckResult;
}) {
  const { localesDir, locale, pseudoLocale } = options;
  const result = options.checked ?? checkLocales({ localesDir });
  const folders = [locale, 'en'].map((name) => resolve(localesDir, name) + sep);
  const blocking = result.problems.filter(
    (problem) =>
      problem.severity === 'error' &&
      (problem.rule === 'locale-folder' || folders.some((folder) => problem.file.startsWith(folder))),
  );
  if (!result.loaded.has(locale)) {
    throw new GenerateError(
      `locales/${locale} does not exist (locales: ${result.locales.join(', ') || 'none'})`,
    );
  }
  if (blocking.length > 0) {
    const lines = blocking.map((problem) => formatProblem(problem, (file) => relative(process.cwd(), file)));
    throw new GenerateError(
      `locales/${locale} has ${blocking.length} error(s); run pnpm i18n:check for details:\n${lines.join('\n')}`,
    );
  }
  const loaded = result.loaded.get(locale)!;
  // A register's messages, compiled, with the two text forms derived from the AST.
  const compileRegister = async (register: Register) => {
    const sources = new Map(messageKeys.map((key) => [key, loaded[register].get(key)!.source] as const));
    const compiled = await compileWithFormatjs(sources, { pseudoLocale });
    const i18next = new Map(
      messageKeys.map((key) => {
        const rendered = toI18next(compiled.get(key)!);
        if (!rendered.ok) throw new GenerateError(`${key} (${register}): ${rendered.reason}`);
        return [key, rendered.text] as const;
      }),
    );
    // What toI18next takes, toIcuSource writes: a pseudo pack's ICU is written back from its AST.
    const icu = pseudoLocale ? new Map([...compiled].map(([key, ast]) => [key, toIcuSource(ast)])) : sources;
    return { icu, compiled, i18next };
  };
  return {
    locale: pseudoLocale ?? locale,
    origin: pseudoLocale ? `locales/${locale}, pseudo-localized as ${pseudoLocale}` : `locales/${locale}`,
    registers: { official: await compileRegister('official'), friendly: await compileRegister('friendly') },
    untranslated: result.untranslated.get(locale)!,
  };
}

const literal = (value: string): string => JSON.stringify(value);
const propertyName = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name));

/** `friendly.sms.send` → `friendlySmsSend`: the names the modules are imported under. */
const camel = (path: string) => path.replace(/\.(.)/g, (_, letter: string) => letter.toUpperCase());
const dataModuleName = (register: Register, fileId: FileId) => camel(`${register}.${fileId}`);
const textModuleName = (register: Register, fileId: FileId) => `${dataModuleName(register, fileId)}Texts`;
const aliasModuleName = (section: SectionId) => `${camel(section)}Aliases`;

// FieldKeyOf: the texts of the section's request fields (never, for a section without a field layer).
const keyTypeOf = (fileId: FileId) =>
  fileId === generalFileId
    ? 'GlobalFallbackKey'
    : `KeyOf<${literal(fileId)}> | FieldKeyOf<${literal(fileId)}> | ${literal(`${fileId}.unknownCode`)}`;

/** `head` and `members` as a frozen object literal; `end` is `,` for a member, `;` for a declaration. */
const frozen = (indent: string, head: string, members: readonly string[], end: ',' | ';' = ','): string[] => [
  `${indent}${head}/* @__PURE__ */ Object.freeze({`,
  ...members,
  `${indent}})${end}`,
];

/**
 * One message as code: a string, or a function of its arguments with the catalog's defaults inlined
 * (`(a) => \`Au plus ${a.n("max", 500)} numéros.\``), trimmed, as the resolver shows it as it is.
 */
export function textCode(
  ast: readonly MessageFormatElement[],
  defaults: Readonly<Record<string, number>>,
  where: string,
): string {
  const text = literalTextOf(ast);
  if (text !== undefined) return literal(text.trim());
  const parts: string[] = [];
  for (const element of ast) {
    if (element.type === 0) {
      parts.push(element.value.replace(/[`\\]|\$\{/g, (match) => `\\${match}`));
      continue;
    }
    const isArgument = element.type === 1;
    const isNumber = element.type === 2 && element.style == null;
    if (!isArgument && !isNumber)
      throw new GenerateError(
        `${where}: only text, {name} and {name, number} compile to code; use toCodePack of @smspartner-i18n/core for other ICU forms`,
      );
    const name = element.value;
    const fallback = Object.hasOwn(defaults, name) ? defaults[name] : undefined;
    if (name === 'code' && isArgument) parts.push(`\${a.c()}`);
    else if (isNumber || fallback !== undefined)
      parts.push(`\${a.n(${literal(name)}${fallback === undefined ? '' : `, ${fallback}`})}`);
    else parts.push(`\${a.s(${literal(name)})}`);
  }
  if (ast[0]?.type === 0) parts[0] = parts[0]!.trimStart();
  if (ast.at(-1)?.type === 0) parts[parts.length - 1] = parts.at(-1)!.trimEnd();
  // The resolver shows what a generated text returns as it is: one that may start or end with an
  // argument (or with text that is all white space) trims.
  const plain = (element: MessageFormatElement | undefined) =>
    element?.type === 0 && element.value.trim() !== '';
  const trim = plain(ast[0]) && plain(ast.at(-1)) ? '' : '.trim()';
  return `(a: TextArgs) => \`${parts.join('')}\`${trim}`;
}

/** `sms.send.fields.phoneNumbers.required` → `phoneNumbers.required`, for the `fields` map of a section. */
const fieldKeyOf = (section: string, key: string): string | undefined =>
  key.startsWith(`${section}.fields.`) ? key.slice(section.length + '.fields.'.length) : undefined;

/** Whether a file has texts of request fields (`<section>.fields.*` keys). */
const hasFieldTexts = (section: FileId): boolean =>
  keysOfFile(section).some((key) => fieldKeyOf(section, key) !== undefined);

/** A translated text as code; `undefined` when the pack leaves it out. */
function codeOf(
  texts: PackTexts,
  register: Register,
  key: MessageKey,
  defaults: Readonly<Record<string, number>> = {},
): string | undefined {
  if (!isTranslated(texts, register, key)) return undefined;
  const where = `${texts.origin} (${register}) ${key}`;
  return textCode(texts.registers[register].compiled.get(key)!, defaults, where);
}

/** A file's texts of a register as code: `codes` by code, `unknownCode`, `fields` by `<field>.<rule>`. */
function sectionParts(texts: PackTexts, register: Register, section: FileId) {
  if (section === generalFileId)
    return { codeLines: [], unknownCode: codeOf(texts, register, globalFallbackKey), fieldLines: [] };
  const member = (name: string, code: string | undefined) =>
    code === undefined ? [] : [`  ${literal(name)}: ${code},`];
  const codeLines = sectionCodes(section).flatMap(({ entry, code }) =>
    member(String(code), codeOf(texts, register, entry.key, entry.params)),
  );
  const fieldLines = keysOfFile(section).flatMap((key) => {
    const field = fieldKeyOf(section, key);
    return field === undefined ? [] : member(field, codeOf(texts, register, key, entryByKey(key)?.params));
  });
  const unknownCode = codeOf(texts, register, sectionFallbackKey(section));
  return { codeLines, unknownCode, fieldLines };
}

/** The import of core's runtime `type`, with `TextArgs` when a text of `lines` is a function of it. */
const runtimeImport = (type: string, lines: readonly (string | undefined)[]) =>
  `import type { ${type}${lines.some((line) => line?.includes('(a: TextArgs)')) ? ', TextArgs' : ''} } from '@smspartner-i18n/core/runtime';`;

/** `texts/<register>/<file>.ts`: a file's texts compiled to code. */
function renderTextModule(texts: PackTexts, register: Register, fileId: FileId): string {
  const { codeLines, unknownCode, fieldLines } = sectionParts(texts, register, fileId);
  const record = 'Readonly<Record<string, PackText>> = ';
  const general = fileId === generalFileId;
  const what = `${register} ${general ? 'global fallback' : `texts of ${fileId}`}, compiled to code`;
  return moduleText(texts, what, [
    runtimeImport('PackText', [...codeLines, unknownCode, ...fieldLines]),
    '',
    ...(general
      ? ['/** The text for a code of a section no pack knows. */']
      : [
          '/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */',
          ...frozen('', `export const codes: ${record}`, codeLines, ';'),
          '',
          '/** The text for codes the section does not list. */',
        ]),
    `export const unknownCode: PackText${unknownCode === undefined ? ' | undefined' : ''} = ${unknownCode};`,
    ...(hasFieldTexts(fileId)
      ? [
          '',
          '/** Texts of request fields, by `<field>.<rule>`. */',
          ...frozen('', `export const fields: ${record}`, fieldLines, ';'),
        ]
      : []),
  ]);
}

/** The other names of a section's codes (`EC_UNKNOWN_SUBSCRIBER` → `1`) as object members. */
const aliasMembers = (section: SectionId) =>
  Object.entries(
    Object.fromEntries(
      sectionCodes(section).flatMap(({ code, aliases }) => aliases.map((name) => [name, code])),
    ),
  ).map(([name, code]) => `  ${literal(name)}: ${JSON.stringify(code)},`);

const hasAliases = (fileId: FileId): fileId is SectionId =>
  fileId !== generalFileId && aliasMembers(fileId).length > 0;

/** A frozen `pack` as TypeScript, with core's trimmed mark: every function `textCode` writes trims. */
function packLines(
  registersOf: readonly Register[],
  sectionsOf: (register: Register) => string[],
  unknownCodeOf: (register: Register) => string | undefined,
): string[] {
  const registerLines = (register: Register) => {
    const unknownCode = unknownCodeOf(register);
    return frozen(`    `, `${register}: `, [
      ...frozen('      ', 'sections: ', sectionsOf(register)),
      ...(unknownCode === undefined ? [] : [`      unknownCode: ${unknownCode},`]),
    ]);
  };
  return [
    'export const pack: CodePack = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({',
    '  locale,',
    ...frozen('  ', 'codes: ', registersOf.flatMap(registerLines)),
    `}, ${literal(trimmedMark)}, { value: true }));`,
  ];
}

/** The `pack` of an entry over the compiled-text modules: the codes' texts, the field texts, or both. */
function packCode({ registers: registersOf, fileIds: files, part }: EntrySpec): string[] {
  const sectionCode = (register: Register, section: SectionId) => {
    const module = textModuleName(register, section);
    // A fields pack has no code texts: an empty `codes` keeps it a code pack the resolvers skip.
    const members =
      part === 'fields'
        ? ['codes: /* @__PURE__ */ Object.freeze({})']
        : [`codes: ${module}.codes`, `unknownCode: ${module}.unknownCode`];
    if (part !== 'fields' && hasAliases(section))
      members.push(`aliases: ${aliasModuleName(section)}.aliases`);
    if (part !== 'codes' && hasFieldTexts(section)) members.push(`fields: ${module}.fields`);
    return `        ${literal(section)}: /* @__PURE__ */ Object.freeze({ ${members.join(', ')} }),`;
  };
  return packLines(
    registersOf,
    (register) =>
      files
        .filter((fileId): fileId is SectionId => fileId !== generalFileId)
        .map((section) => sectionCode(register, section)),
    (register) =>
      files.includes(generalFileId) ? `${textModuleName(register, generalFileId)}.unknownCode` : undefined,
  );
}

/** The imports of an entry's data or compiled-text modules, one per register and file; `pack` reads the latter. */
function moduleImports(spec: EntrySpec, up: string, folder: 'data' | 'texts'): string[] {
  const imports = spec.registers.flatMap((register) =>
    spec.fileIds.map((fileId) => {
      const name = folder === 'data' ? dataModuleName(register, fileId) : textModuleName(register, fileId);
      return `import * as ${name} from '${up}${folder}/${register}/${fileId}.ts';`;
    }),
  );
  if (folder === 'data' || spec.part === 'fields') return imports;
  for (const fileId of spec.fileIds.filter(hasAliases))
    imports.push(`import * as ${aliasModuleName(fileId)} from '${up}texts/aliases/${fileId}.ts';`);
  return imports;
}

function renderDataModule(texts: PackTexts, register: Register, fileId: FileId): string {
  const keys = keysOfFile(fileId).filter((key) => isTranslated(texts, register, key));
  const { icu, compiled, i18next } = texts.registers[register];
  const general = fileId === generalFileId;
  return moduleText(texts, `${register} texts of ${general ? 'the global fallback' : fileId}`, [
    `import type { ${general ? 'GlobalFallbackKey' : 'KeyOf'} } from '@smspartner-i18n/core';`,
    ...(general ? [] : ["import type { FieldKeyOf } from '@smspartner-i18n/core/fields';"]),
    `import { deepFreeze, type PackMessage } from '../../support.ts';`,
    '',
    `type Key = ${keyTypeOf(fileId)};`,
    '',
    `/** ICU MessageFormat sources, by catalog key. */`,
    `export const messages: ${recordType(texts, register, [fileId], 'string')} = /* @__PURE__ */ deepFreeze({`,
    ...keys.map((key) => `  ${literal(key)}: ${literal(icu.get(key)!)},`),
    '});',
    '',
    '/** The same messages compiled by `formatjs compile --ast`. */',
    `export const compiled: ${recordType(texts, register, [fileId], 'PackMessage')} = /* @__PURE__ */ deepFreeze({`,
    ...keys.map((key) => `  ${literal(key)}: ${JSON.stringify(compiled.get(key))},`),
    '});',
    '',
    `/** The same messages in i18next's own format, keyed below ${general ? 'the namespace root' : `"${fileId}"`}. */`,
    `export const i18next = /* @__PURE__ */ deepFreeze({`,
    ...keys.map((key) => `  ${propertyName(keyInsideFile(key))}: ${literal(i18next.get(key)!)},`),
    '});',
  ]);
}

/** What an entry point holds: which registers, and which files (all, or one section + general). */
type EntrySpec = ReturnType<typeof entrySpecs>[number];

function entrySpecs() {
  // `name`: the tsdown output and export path (`index`, `sms.send`, `friendly/sms.send`). `part`: what
  // a per-register, per-section entry's `pack` holds; field texts have entries of their own
  // (`./friendly/sms.send/fields`), so an app showing none ships none.
  const spec = (
    name: string,
    registersOf: readonly Register[],
    files: readonly FileId[],
    description: string,
    part: 'all' | 'codes' | 'fields' = 'all',
  ) => ({ name, registers: registersOf, fileIds: files, description, part });
  return [
    spec('index', registers, fileIds, 'every text, both registers'),
    ...registers.map((register) => spec(register, [register], fileIds, `every ${register} text`)),
    ...sectionIds.flatMap((section) => [
      spec(
        section,
        registers,
        [section, generalFileId],
        `the texts of ${section} and the global fallback, both registers`,
      ),
      ...registers.flatMap((register) => [
        spec(
          `${register}/${section}`,
          [register],
          [section, generalFileId],
          `the ${register} texts of ${section}'s codes and the global fallback`,
          'codes',
        ),
        ...(hasFieldTexts(section)
          ? [
              spec(
                `${register}/${section}/fields`,
                [register],
                [section],
                `the ${register} texts of ${section}'s request fields`,
                'fields',
              ),
            ]
          : []),
      ]),
    ]),
  ];
}

/** The output names of every entry point: the specs', the i18next declaration and `./texts`. */
const entryNames = () => [...entrySpecs().map((spec) => spec.name), 'i18next', 'texts'];

/** Where a key sits in an i18next namespace: `sms.send.x` → `sms` › `send` › `x`; the general file's at the root. */
function i18nextPath(key: MessageKey): string[] {
  const fileId = fileIdOfKey(key);
  return fileId === generalFileId ? [key] : [...fileId.split('.'), keyInsideFile(key)];
}

type Tree = { [name: string]: Tree | string };

/** Nests leaves by their path, in the order given. */
function nest(leaves: readonly (readonly [path: readonly string[], leaf: string])[]): Tree {
  const tree: Tree = {};
  for (const [path, leaf] of leaves) {
    let node = tree;
    for (const part of path.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Tree;
    }
    node[path.at(-1)!] = leaf;
  }
  return tree;
}

/** A tree as TypeScript, one member a line, each ended by `end` (`,` in an object, `;` in a type). */
function treeCode(tree: Tree, depth: string, end: ',' | ';'): string {
  const inner = `${depth}  `;
  const members = Object.entries(tree).map(
    ([name, child]) =>
      `${inner}${propertyName(name)}: ${typeof child === 'string' ? child : treeCode(child, inner, end)}${end}`,
  );
  return `{\n${members.join('\n')}\n${depth}}`;
}

function renderEntry(texts: PackTexts, spec: EntrySpec): string {
  const up = '../'.repeat(spec.name.split('/').length); // entries/x.ts → ../, entries/official/x.ts → ../../
  // A per-register, per-section entry: the compiled texts only, so `import * as` of it ships nothing else.
  if (spec.part !== 'all') return renderTextsEntry(texts, spec, up);
  // The other entries hold every file, or one section and the general file (see entrySpecs).
  const whole = spec.fileIds.length === fileIds.length;
  // A pure call of `merged` rather than a spread: a bundler drops it when the app does not use the
  // export, so importing `pack` alone ships neither the ICU sources nor the ASTs.
  const mergedOf = (register: Register, what: 'messages' | 'compiled') =>
    `/* @__PURE__ */ merged(${spec.fileIds.map((fileId) => `${dataModuleName(register, fileId)}.${what}`).join(', ')})`;
  const namespace = (register: Register) => literal(smsPartnerNamespaces[register]);
  const record = (register: Register, value: string) => recordType(texts, register, spec.fileIds, value);
  // The i18next tree over the data modules; the general file's keys merged in at the root.
  const i18nextTree = (register: Register) => {
    const leaves = spec.fileIds
      .filter((fileId) => fileId !== generalFileId)
      .map((fileId) => [fileId.split('.'), `${dataModuleName(register, fileId)}.i18next`] as const);
    const tree = treeCode(nest(leaves), '    ', ',');
    if (!spec.fileIds.includes(generalFileId)) return tree;
    return `/* @__PURE__ */ merged(${dataModuleName(register, generalFileId)}.i18next, ${tree})`;
  };
  const what = `entry point "${spec.name === 'index' ? '.' : `./${spec.name}`}" (${spec.description})`;
  return moduleText(texts, what, [
    `import type { ${whole ? 'MessageKey' : 'GlobalFallbackKey, KeyOf'} } from '@smspartner-i18n/core';`,
    ...(whole ? [] : ["import type { FieldKeyOf } from '@smspartner-i18n/core/fields';"]),
    "import type { CodePack } from '@smspartner-i18n/core/runtime';",
    `import { deepFreeze, merged, type PackMessage } from '${up}support.ts';`,
    ...moduleImports(spec, up, 'data'),
    ...moduleImports(spec, up, 'texts'),
    '',
    `type Key = ${whole ? 'MessageKey' : spec.fileIds.map(keyTypeOf).join(' | ')};`,
    '',
    `/** The BCP 47 tag of these texts. */`,
    `export const locale = ${literal(texts.locale)};`,
    '',
    `/** i18next namespaces of the two registers. */`,
    `export const namespaces = /* @__PURE__ */ deepFreeze({ ${spec.registers
      .map((register) => `${register}: ${namespace(register)}`)
      .join(', ')} } as const);`,
    '',
    ...spec.registers.flatMap((register) => [
      `/** ${register === 'official' ? "SMSPartner's own wording" : "Texts for an app's end user"}: ICU MessageFormat sources by catalog key. */`,
      `export const ${register}: ${record(register, 'string')} = ${mergedOf(register, 'messages')};`,
      '',
    ]),
    '/** The messages compiled by `formatjs compile --ast`, for react-intl, intl-messageformat and the adapters. */',
    `export const compiled: { ${spec.registers
      .map((register) => `readonly ${register}: ${record(register, 'PackMessage')}`)
      .join('; ')} } = /* @__PURE__ */ deepFreeze({`,
    ...spec.registers.map((register) => `  ${register}: ${mergedOf(register, 'compiled')},`),
    '});',
    '',
    "/** i18next resources (JSON v4 format, keys nested on '.'): `i18next.init({ resources })` or `addResourceBundle`. */",
    `export const resources = /* @__PURE__ */ deepFreeze({`,
    `  ${literal(texts.locale)}: {`,
    ...spec.registers.map((register) => `    ${namespace(register)}: ${i18nextTree(register)},`),
    '  },',
    '});',
    '',
    '/** The namespaces of `resources`, for `CustomTypeOptions` (see the README). */',
    `export type I18nextResources = (typeof resources)[${literal(texts.locale)}];`,
    '',
    '/**',
    ' * What the adapters (@smspartner-i18n/node, /react) and `createResolver` take: the texts by section',
    ' * and code (a code pack), which the resolver of `@smspartner-i18n/core/runtime` reads without the',
    ' * catalog: the texts compiled to code, not the sources or ASTs above.',
    ' */',
    ...packCode(spec),
    '',
    `export type { PackElement, PackMessage } from '${up}support.ts';`,
  ]);
}

/** `./texts`: every text compiled to code in one self-contained module, so a server loads one file. */
function renderAllTexts(texts: PackTexts): string {
  const nested = (lines: string[]) => lines.map((line) => `        ${line}`);
  const sectionLines = (register: Register) =>
    sectionIds.flatMap((section) => {
      const { codeLines, unknownCode, fieldLines } = sectionParts(texts, register, section);
      return frozen('        ', `${literal(section)}: `, [
        ...frozen('          ', 'codes: ', nested(codeLines)),
        ...(unknownCode === undefined ? [] : [`          unknownCode: ${unknownCode},`]),
        ...(hasAliases(section) ? [`          aliases: ${aliasModuleName(section)},`] : []),
        ...(fieldLines.length > 0 ? frozen('          ', 'fields: ', nested(fieldLines)) : []),
      ]);
    });
  const pack = packLines(registers, sectionLines, (register) => codeOf(texts, register, globalFallbackKey));
  const what = 'entry point "./texts" (every text of both registers, compiled to code, in one module)';
  return moduleText(texts, what, [
    runtimeImport('CodePack', pack),
    '',
    '/** The BCP 47 tag of these texts. */',
    `export const locale = ${literal(texts.locale)};`,
    '',
    ...sectionIds
      .filter(hasAliases)
      .flatMap((section) => [
        ...frozen('', `const ${aliasModuleName(section)} = `, aliasMembers(section), ';'),
        '',
      ]),
    '/** Every text by section and code, for servers (the adapters take it as a pack or as this module). */',
    ...pack,
  ]);
}

function renderTextsEntry(texts: PackTexts, spec: EntrySpec, up: string): string {
  const [section] = spec.fileIds as [SectionId];
  return moduleText(texts, `entry point "./${spec.name}" (${spec.description}, compiled to code)`, [
    "import type { CodePack } from '@smspartner-i18n/core/runtime';",
    ...moduleImports(spec, up, 'texts'),
    '',
    '/** The BCP 47 tag of these texts. */',
    `export const locale = ${literal(texts.locale)};`,
    '',
    '/**',
    ...(spec.part === 'fields'
      ? [
          ` * The texts of ${section}'s request fields compiled to code, by \`<field>.<rule>\`: what the`,
          ' * field adapters (`@smspartner-i18n/react/fields`, `SmsPartnerError.localize`, `explainField`)',
          ` * take beside the codes' entry ("./${spec.registers[0]}/${section}"), as this pack or as this`,
          ' * module (`import * as`).',
        ]
      : [
          ' * The texts compiled to code, by section and code: what the adapters (@smspartner-i18n/node,',
          ' * /react) and the resolvers take, as this pack or as this module (`import * as`). The ICU sources,',
          ' * compiled ASTs and i18next resources of the same texts are in the section entry',
          ` * ("./${section}") and the JSON files.${hasFieldTexts(section) ? ` The texts of its request fields are in "./${spec.name}/fields".` : ''}`,
        ]),
    ' */',
    ...packCode(spec),
  ]);
}

/** The types and helpers every generated module shares: templates/generated-support.ts, as it is. */
function renderSupport(texts: PackTexts): string {
  const source = readFileSync(join(templatesDir, 'generated-support.ts'), 'utf8').trimEnd();
  return moduleText(texts, 'types and the freezing helper the modules share', source.split('\n'));
}

function renderI18nextDeclaration(texts: PackTexts): string {
  // A pack with texts still in English declares every key: i18next answers those from the
  // English pack (its fallbackLng), so t() takes them all.
  const gaps = registers.some((register) => hasGaps(texts, register, fileIds));
  const everyKey = nest(messageKeys.map((key) => [i18nextPath(key), 'string'] as const));
  return moduleText(texts, 'the ready i18next type declaration', [
    "import type { I18nextResources } from './index.ts';",
    '',
    ...(gaps
      ? [
          '/** Every key of the catalog; texts this pack lacks come from the English pack (fallbackLng). */',
          `type CompleteNamespace = ${treeCode(everyKey, '', ';')};`,
          '',
        ]
      : []),
    '/**',
    " * Types i18next's `t()` keys with this pack's two namespaces: import it once",
    " * (`import '@smspartner-i18n/locale-…/i18next'`). It adds the namespaces to",
    " * i18next's `ResourceNamespaceMap` (i18next 26.7+) and makes the friendly one",
    ' * the default namespace, as `init({ ns: [friendly, official] })` does at run',
    " * time: without a default namespace among the resources, i18next's own types",
    ' * fail to compile (TS2344) and prefixed keys go unchecked. For an app whose',
    ' * i18next holds only these namespaces; an app with its own declares the merge',
    ' * itself (see the README).',
    ' */',
    "declare module 'i18next' {",
    '  interface ResourceNamespaceMap {',
    ...registers.map((register) => {
      const namespace = literal(smsPartnerNamespaces[register]);
      return `    ${namespace}: ${gaps ? 'CompleteNamespace' : `I18nextResources[${namespace}]`};`;
    }),
    '  }',
    '  interface CustomTypeOptions {',
    `    defaultNS: ${literal(smsPartnerNamespaces.friendly)};`,
    '  }',
    '}',
    '',
    'export type { I18nextResources };',
  ]);
}

/** Every generated file of a locale package, by path relative to `generated/`. */
export function renderGenerated(texts: PackTexts): Map<string, string> {
  const files = new Map<string, string>();
  for (const register of registers) {
    for (const fileId of fileIds) {
      files.set(`data/${register}/${fileId}.ts`, renderDataModule(texts, register, fileId));
      files.set(`texts/${register}/${fileId}.ts`, renderTextModule(texts, register, fileId));
    }
  }
  for (const section of sectionIds.filter(hasAliases)) {
    const members = aliasMembers(section);
    files.set(
      `texts/aliases/${section}.ts`,
      moduleText(texts, `the other names of the codes of ${section}`, [
        '/** Other names of codes, normalised, to the code the texts are keyed by. */',
        ...frozen('', 'export const aliases: Readonly<Record<string, string | number>> = ', members, ';'),
      ]),
    );
  }
  for (const spec of entrySpecs()) files.set(`entries/${spec.name}.ts`, renderEntry(texts, spec));
  files.set('entries/i18next.ts', renderI18nextDeclaration(texts));
  files.set('entries/texts.ts', renderAllTexts(texts));
  files.set('support.ts', renderSupport(texts));
  files.set(
    'build-entries.ts',
    moduleText(texts, 'the entry points tsdown builds', [
      '/** Output name → source: `dist/<name>.mjs|.cjs` for the export `./<name>`. */',
      'export const entry: Record<string, string> = {',
      ...entryNames().map((name) => `  ${literal(name)}: ${literal(`generated/entries/${name}.ts`)},`),
      '};',
    ]),
  );
  // The keys the JSON files leave out because their text is still the English one.
  const untranslated: Partial<Record<Register, MessageKey[]>> = {};
  for (const register of registers) {
    const { icu, compiled, i18next } = texts.registers[register];
    untranslated[register] = messageKeys.filter((key) => !isTranslated(texts, register, key));
    const translated = messageKeys.filter((key) => isTranslated(texts, register, key));
    const byKey = (of: ReadonlyMap<MessageKey, unknown>) =>
      serializeJson(Object.fromEntries(translated.map((key) => [key, of.get(key)])));
    files.set(`json/${register}.json`, byKey(icu));
    files.set(`json/compiled/${register}.json`, byKey(compiled));
    files.set(
      `json/i18next/${smsPartnerNamespaces[register]}.json`,
      serializeJson(nest(translated.map((key) => [i18nextPath(key), i18next.get(key)!] as const))),
    );
  }
  files.set('json/untranslated.json', serializeJson(untranslated));
  return files;
}

/** The package.json `exports` of a locale package (written by add-locale, kept in sync by generate). */
export function packageExports(): Record<string, unknown> {
  const conditions = (name: string) => ({
    import: { types: `./dist/${name}.d.mts`, default: `./dist/${name}.mjs` },
    require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
  });
  const entries = entryNames().map((name) => [name === 'index' ? '.' : `./${name}`, conditions(name)]);
  return { ...Object.fromEntries(entries), './json/*': './dist/json/*', './package.json': './package.json' };
}

/** Writes `generated/` (removing files no longer generated) and syncs package.json's exports. */
export function writeGenerated(packageDir: string, files: ReadonlyMap<string, string>): void {
  const root = join(packageDir, generatedDirName);
  for (const item of existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }) : []) {
    const file = join(item.parentPath, item.name);
    if (!item.isDirectory() && !files.has(relative(root, file).split(sep).join('/'))) rmSync(file);
  }
  for (const [path, content] of files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    if (!existsSync(target) || readFileSync(target, 'utf8') !== content) writeFileSync(target, content);
  }
  const manifestPath = join(packageDir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  const exports = packageExports();
  if (JSON.stringify(manifest['exports']) !== JSON.stringify(exports)) {
    manifest['exports'] = exports;
    writeFileSync(manifestPath, serializeJson(manifest));
  }
}

export async function generateCommand(context: CommandContext): Promise<number> {
  const { localesDir, packagesDir, values, io, shown } = context;
  const { pseudo } = values;
  const locale = pseudo ? values.from : values.locale;
  if (!locale) {
    io.err('generate needs --locale <lng>, or --pseudo <tag> --from <lng> --package <dir>');
    return 2;
  }
  const packageDir = values.package
    ? resolve(io.cwd, values.package)
    : join(packagesDir, packageFolderOf(pseudo ? 'pseudo' : locale));
  if (!existsSync(join(packageDir, 'package.json'))) {
    io.err(
      `${shown(packageDir)} is not a package (no package.json); run smspartner-i18n-tools add-locale ${locale}`,
    );
    return 1;
  }
  try {
    const texts = await loadPackTexts({ localesDir, locale, pseudoLocale: pseudo });
    const files = renderGenerated(texts);
    writeGenerated(packageDir, files);
    io.out(
      `generated ${files.size} files for ${texts.locale} in ${shown(join(packageDir, generatedDirName))}`,
    );
    return 0;
  } catch (error) {
    io.err(
      error instanceof GenerateError ? error.message : String(error instanceof Error ? error.stack : error),
    );
    return 1;
  }
}
