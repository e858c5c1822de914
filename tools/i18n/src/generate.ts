import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import {
  type CompiledMessages,
  globalFallbackKey,
  type MessageKey,
  messageKeys,
  sectionIds,
  toPackText,
  toSectionTexts,
} from '@smspartner-i18n/core';
import { type CheckResult, checkLocales, formatProblem } from './check.ts';
import type { CliValues, Io } from './cli.ts';
import { compileWithFormatjs } from './compile.ts';
import { toI18next, toIcuSource } from './icu.ts';
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

/**
 * Builds the generated half of a locale package (`packages/locale-<lng>/generated/`)
 * from `locales/<lng>/`: TypeScript modules per section and register, the
 * entry points, the i18next type declaration and the JSON files. Everything
 * it writes is deterministic, so a test can pin it against a fresh run.
 */

export const generatedDirName = 'generated';
export const i18nextNamespaces: Readonly<Record<Register, string>> = {
  official: 'smspartner-official',
  friendly: 'smspartner-friendly',
};

/** The messages of one register, compiled, with the two text forms derived from the AST. */
interface RegisterTexts {
  readonly icu: ReadonlyMap<MessageKey, string>;
  readonly compiled: ReadonlyMap<MessageKey, MessageFormatElement[]>;
  readonly i18next: ReadonlyMap<MessageKey, string>;
}

export interface PackTexts {
  /** The BCP 47 tag of the pack (`en`, `fr`, `en-XA`). */
  readonly locale: string;
  /** Where the texts come from: `locales/en`, or `locales/en, pseudo-localized (en-XA)`. */
  readonly origin: string;
  readonly registers: Readonly<Record<Register, RegisterTexts>>;
}

export class GenerateError extends Error {
  override name = 'GenerateError';
}

const header = (origin: string, what: string) =>
  `// GENERATED — do not edit. Built by tools/i18n from ${origin}: ${what}.\n// Edit the texts in locales/ and rebuild the package (pnpm build).\n`;

/** Reads, checks and compiles one locale's texts; throws with every problem when the locale has errors. */
export async function loadPackTexts(options: {
  readonly localesDir: string;
  readonly locale: string;
  readonly pseudoLocale?: string;
  readonly checked?: CheckResult;
}): Promise<PackTexts> {
  const { localesDir, locale, pseudoLocale } = options;
  const result = options.checked ?? checkLocales({ localesDir });
  const folder = resolve(localesDir, locale) + sep;
  const english = resolve(localesDir, 'en') + sep;
  const blocking = result.problems.filter(
    (problem) =>
      problem.severity === 'error' &&
      (problem.file.startsWith(folder) ||
        problem.file.startsWith(english) ||
        problem.rule === 'locale-folder'),
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
  const perRegister = {} as Record<Register, RegisterTexts>;
  for (const register of registers) {
    const sources = new Map<MessageKey, string>(
      messageKeys.map((key) => [key, loaded[register].get(key)!.source] as const),
    );
    const compiled = (await compileWithFormatjs(sources, pseudoLocale ? { pseudoLocale } : {})) as Map<
      MessageKey,
      MessageFormatElement[]
    >;
    const icu = new Map<MessageKey, string>();
    const i18next = new Map<MessageKey, string>();
    for (const key of messageKeys) {
      const ast = compiled.get(key)!;
      const asI18next = toI18next(ast);
      const asIcu = pseudoLocale ? toIcuSource(ast) : ({ ok: true, text: sources.get(key)! } as const);
      if (!asI18next.ok || !asIcu.ok) {
        throw new GenerateError(
          `${key} (${register}): ${asI18next.ok ? '' : asI18next.reason}${asIcu.ok ? '' : asIcu.reason}`,
        );
      }
      icu.set(key, asIcu.text);
      i18next.set(key, asI18next.text);
    }
    perRegister[register] = { icu, compiled, i18next };
  }
  return {
    locale: pseudoLocale ?? locale,
    origin: pseudoLocale ? `locales/${locale}, pseudo-localized as ${pseudoLocale}` : `locales/${locale}`,
    registers: perRegister,
  };
}

const literal = (value: string): string => JSON.stringify(value);
const propertyName = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name));

/** `sms.send` → `SmsSend`, `general` → `General`. */
const pascal = (fileId: string): string =>
  fileId
    .split('.')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

const dataModuleName = (register: Register, fileId: FileId) => `${register}${pascal(fileId)}`;

function keyTypeOf(fileId: FileId): string {
  if (fileId === generalFileId) return 'GlobalFallbackKey';
  // FieldKeyOf: the texts of the section's request fields (never, for a section without a field layer).
  return `KeyOf<${literal(fileId)}> | FieldKeyOf<${literal(fileId)}> | ${literal(`${fileId}.unknownCode`)}`;
}

/** A register's compiled messages as a record by key, what core's code-pack builders read. */
function compiledRecord(texts: PackTexts, register: Register): CompiledMessages {
  return Object.fromEntries(texts.registers[register].compiled) as CompiledMessages;
}

/**
 * The code-pack part of a data module: a section's texts by code (`codes`),
 * or, for the general file, the global fallback (`unknownCode`). Built with
 * core's own builders, so the packs hold exactly what `toCodePack` would make.
 */
function codePackLines(texts: PackTexts, register: Register, fileId: FileId): string[] {
  const messages = compiledRecord(texts, register);
  if (fileId === generalFileId) {
    const fallback = messages[globalFallbackKey];
    if (fallback === undefined)
      throw new GenerateError(`${texts.origin} (${register}): no text for ${globalFallbackKey}`);
    const text = toPackText(fallback);
    const value =
      typeof text === 'string' ? literal(text) : `/* @__PURE__ */ deepFreeze(${JSON.stringify(text)})`;
    return [
      '/** The global fallback as a code pack holds it: a string when it takes no argument, else compiled. */',
      `export const unknownCode: PackText = ${value};`,
      '',
    ];
  }
  const section = sectionIds.find((id) => id === fileId);
  const sectionTexts = section === undefined ? undefined : toSectionTexts(section, messages);
  if (sectionTexts === undefined)
    throw new GenerateError(`${texts.origin} (${register}): no text of section ${fileId} for its code pack`);
  return [
    '/** The same texts by code (as `lookup` normalises it), with argument defaults and code aliases: what `pack` holds. */',
    `export const codes: SectionTexts = /* @__PURE__ */ deepFreeze(${membersByLine(sectionTexts)});`,
    '',
  ];
}

/** An object as TypeScript, one member of each of its records per line, so that a text change is a one-line diff. */
function membersByLine(value: object): string {
  const members = Object.entries(value).map(([name, member]) => {
    if (typeof member !== 'object' || member === null || Array.isArray(member))
      return `  ${propertyName(name)}: ${JSON.stringify(member)},`;
    const inner = Object.entries(member).map(
      ([key, item]) => `    ${literal(key)}: ${JSON.stringify(item)},`,
    );
    return `  ${propertyName(name)}: {\n${inner.join('\n')}\n  },`;
  });
  return `{\n${members.join('\n')}\n}`;
}

function renderDataModule(texts: PackTexts, register: Register, fileId: FileId): string {
  const keys = keysOfFile(fileId);
  const { icu, compiled, i18next } = texts.registers[register];
  const typeImports =
    fileId === generalFileId ? 'GlobalFallbackKey, PackText' : 'FieldKeyOf, KeyOf, SectionTexts';
  const lines = [
    header(texts.origin, `${register} texts of ${fileId === generalFileId ? 'the global fallback' : fileId}`),
    `import type { ${typeImports} } from '@smspartner-i18n/core';`,
    `import { deepFreeze, type PackMessage } from '../../support.ts';`,
    '',
    `type Key = ${keyTypeOf(fileId)};`,
    '',
    `/** ICU MessageFormat sources, by catalog key. */`,
    `export const messages: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({`,
    ...keys.map((key) => `  ${literal(key)}: ${literal(icu.get(key)!)},`),
    '});',
    '',
    '/** The same messages compiled by `formatjs compile --ast`. */',
    `export const compiled: Readonly<Record<Key, PackMessage>> = /* @__PURE__ */ deepFreeze({`,
    ...keys.map((key) => `  ${literal(key)}: ${JSON.stringify(compiled.get(key))},`),
    '});',
    '',
    `/** The same messages in i18next's own format, keyed below ${fileId === generalFileId ? 'the namespace root' : `"${fileId}"`}. */`,
    `export const i18next = /* @__PURE__ */ deepFreeze({`,
    ...keys.map((key) => `  ${propertyName(keyInsideFile(key))}: ${literal(i18next.get(key)!)},`),
    '});',
    '',
    ...codePackLines(texts, register, fileId),
  ];
  return lines.join('\n');
}

/** What an entry point holds: which registers, and which files (all, or one section + general). */
interface EntrySpec {
  /** Output name for tsdown and the export path (`index`, `official`, `sms.send`, `friendly/sms.send`). */
  readonly name: string;
  readonly registers: readonly Register[];
  readonly fileIds: readonly FileId[];
  readonly description: string;
}

export function entrySpecs(): EntrySpec[] {
  const specs: EntrySpec[] = [
    {
      name: 'index',
      registers,
      fileIds,
      description: 'every text, both registers',
    },
  ];
  for (const register of registers) {
    specs.push({ name: register, registers: [register], fileIds, description: `every ${register} text` });
  }
  for (const section of sectionIds) {
    specs.push({
      name: section,
      registers,
      fileIds: [section, generalFileId],
      description: `the texts of ${section} and the global fallback, both registers`,
    });
    for (const register of registers) {
      specs.push({
        name: `${register}/${section}`,
        registers: [register],
        fileIds: [section, generalFileId],
        description: `the ${register} texts of ${section} and the global fallback`,
      });
    }
  }
  return specs;
}

const entrySourcePath = (spec: EntrySpec): string =>
  `entries/${spec.name === 'index' ? 'index' : spec.name}.ts`;

/**
 * The i18next tree of some files, as TypeScript referring to the data modules. The general file's
 * keys (`unknownCode`) sit at the root of the namespace: merged with the pure `merged` helper, not
 * with a spread, which a bundler must keep even when nothing reads the tree.
 */
function i18nextTreeCode(register: Register, files: readonly FileId[], indent: string): string {
  interface Node {
    readonly children: Map<string, Node>;
    leaf?: string;
  }
  const root: Node = { children: new Map() };
  const atRoot: string[] = [];
  for (const fileId of files) {
    if (fileId === generalFileId) {
      atRoot.push(`${dataModuleName(register, fileId)}.i18next`);
      continue;
    }
    let node = root;
    for (const part of fileId.split('.')) {
      let child = node.children.get(part);
      if (!child) {
        child = { children: new Map() };
        node.children.set(part, child);
      }
      node = child;
    }
    node.leaf = `${dataModuleName(register, fileId)}.i18next`;
  }
  const render = (node: Node, depth: string): string => {
    if (node.leaf) return node.leaf;
    const inner = `${depth}  `;
    const members = [...node.children].map(
      ([name, child]) => `${inner}${propertyName(name)}: ${render(child, inner)},`,
    );
    return `{\n${members.join('\n')}\n${depth}}`;
  };
  const tree = render(root, indent);
  if (atRoot.length === 0) return tree;
  return `/* @__PURE__ */ merged(${[...atRoot, tree].join(', ')})`;
}

function flatType(spec: EntrySpec): string {
  if (spec.fileIds.length === fileIds.length) return 'MessageKey';
  return spec.fileIds.map(keyTypeOf).join(' | ');
}

function renderEntry(texts: PackTexts, spec: EntrySpec): string {
  const depth = spec.name.split('/').length; // entries/x.ts → 1, entries/official/x.ts → 2
  const up = '../'.repeat(depth);
  const needsKeyOf =
    spec.fileIds.some((fileId) => fileId !== generalFileId) && spec.fileIds.length !== fileIds.length;
  const typeImports = [
    'CodePack',
    ...(spec.fileIds.includes(generalFileId) && spec.fileIds.length !== fileIds.length
      ? ['GlobalFallbackKey']
      : []),
    ...(needsKeyOf ? ['FieldKeyOf', 'KeyOf'] : []),
    ...(spec.fileIds.length === fileIds.length ? ['MessageKey'] : []),
  ];
  const imports = spec.registers.flatMap((register) =>
    spec.fileIds.map(
      (fileId) =>
        `import * as ${dataModuleName(register, fileId)} from '${up}data/${register}/${fileId}.ts';`,
    ),
  );
  // A pure call of `merged` rather than a spread: a bundler drops it when the app does not use the
  // export, so importing `pack` alone ships neither the ICU sources nor the ASTs.
  const mergedOf = (register: Register, what: 'messages' | 'compiled') =>
    `/* @__PURE__ */ merged(${spec.fileIds.map((fileId) => `${dataModuleName(register, fileId)}.${what}`).join(', ')})`;
  const sections = spec.fileIds.filter((fileId) => fileId !== generalFileId);
  const codeTextsOf = (register: Register) =>
    [
      `    ${register}: {`,
      '      sections: {',
      ...sections.map((fileId) => `        ${literal(fileId)}: ${dataModuleName(register, fileId)}.codes,`),
      '      },',
      ...(spec.fileIds.includes(generalFileId)
        ? [`      unknownCode: ${dataModuleName(register, generalFileId)}.unknownCode,`]
        : []),
      '    },',
    ].join('\n');
  const lines = [
    header(
      texts.origin,
      `entry point "${spec.name === 'index' ? '.' : `./${spec.name}`}" (${spec.description})`,
    ),
    `import type { ${typeImports.join(', ')} } from '@smspartner-i18n/core';`,
    `import { deepFreeze, merged, type PackMessage } from '${up}support.ts';`,
    ...imports,
    '',
    `type Key = ${flatType(spec)};`,
    '',
    `/** The BCP 47 tag of these texts. */`,
    `export const locale = ${literal(texts.locale)};`,
    '',
    `/** i18next namespaces of the two registers. */`,
    `export const namespaces = /* @__PURE__ */ deepFreeze({ ${spec.registers
      .map((register) => `${register}: ${literal(i18nextNamespaces[register])}`)
      .join(', ')} } as const);`,
    '',
  ];
  for (const register of spec.registers) {
    lines.push(
      `/** ${register === 'official' ? "SMSPartner's own wording" : "Texts for an app's end user"}: ICU MessageFormat sources by catalog key. */`,
      `export const ${register}: Readonly<Record<Key, string>> = ${mergedOf(register, 'messages')};`,
      '',
    );
  }
  lines.push(
    '/** The messages compiled by `formatjs compile --ast`, for react-intl, intl-messageformat and the adapters. */',
    `export const compiled: { ${spec.registers
      .map((register) => `readonly ${register}: Readonly<Record<Key, PackMessage>>`)
      .join('; ')} } = /* @__PURE__ */ deepFreeze({`,
    ...spec.registers.map((register) => `  ${register}: ${mergedOf(register, 'compiled')},`),
    '});',
    '',
    "/** i18next resources (JSON v4 format, keys nested on '.'): `i18next.init({ resources })` or `addResourceBundle`. */",
    `export const resources = /* @__PURE__ */ deepFreeze({`,
    `  ${literal(texts.locale)}: {`,
    ...spec.registers.map(
      (register) =>
        `    ${literal(i18nextNamespaces[register])}: ${i18nextTreeCode(register, spec.fileIds, '    ')},`,
    ),
    '  },',
    '});',
    '',
    '/** The namespaces of `resources`, for `CustomTypeOptions` (see the README). */',
    `export type I18nextResources = (typeof resources)[${literal(texts.locale)}];`,
    '',
    '/**',
    ' * What the adapters (@smspartner-i18n/node, /react) and `createResolver` take: the texts by section',
    ' * and code (a code pack), which the resolver of `@smspartner-i18n/core/runtime` reads without the',
    " * catalog. It shares the data modules' `codes`, not the sources or ASTs above.",
    ' */',
    'export const pack: CodePack = /* @__PURE__ */ deepFreeze({',
    '  locale,',
    '  codes: {',
    ...spec.registers.map(codeTextsOf),
    '  },',
    '});',
    '',
    "export type { PackElement, PackMessage } from '" + up + "support.ts';",
    '',
  );
  return lines.join('\n');
}

function renderSupport(texts: PackTexts): string {
  return [
    header(texts.origin, 'types and the freezing helper the modules share'),
    '/**',
    ' * One element of a compiled message (the subset of the formatjs AST the packs',
    ' * use: text, `{code}`, `{x, number}`). Typed so that a message is both a',
    " * core `CompiledMessage` and a formatjs `MessageFormatElement[]` (react-intl's",
    ' * `messages`, `new IntlMessageFormat(ast, locale)`), with no cast.',
    ' */',
    'export type PackElement =',
    '  | { type: 0; value: string }',
    '  | { type: 1; value: string }',
    '  | { type: 2; value: string; style: null };',
    '',
    '/** A compiled message: `formatjs compile --ast` output for one key. */',
    'export type PackMessage = PackElement[];',
    '',
    '/** Freezes the data modules all the way down: every importer shares them, none may change them. */',
    'export function deepFreeze<T>(value: T): T {',
    "  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {",
    '    Object.freeze(value);',
    '    for (const child of Object.values(value)) deepFreeze(child);',
    '  }',
    '  return value;',
    '}',
    '',
    '/** The members of every part of `parts`, in one object. */',
    'type Merged<Parts extends readonly object[]> = Parts extends readonly [infer First, ...infer Rest extends readonly object[]]',
    '  ? First & Merged<Rest>',
    '  : unknown;',
    '',
    '/**',
    " * The members of the data modules' records in one frozen object. The entries call it marked",
    ' * `@__PURE__`, where they would otherwise spread: a bundler must keep a spread (it may run',
    ' * getters) but drops an unused pure call, so an app ships only the exports it imports.',
    ' */',
    'export function merged<Parts extends readonly object[]>(...parts: Parts): Merged<Parts> {',
    '  return deepFreeze(Object.assign({}, ...parts)) as Merged<Parts>;',
    '}',
    '',
  ].join('\n');
}

function renderI18nextDeclaration(texts: PackTexts): string {
  return [
    header(texts.origin, 'the ready i18next type declaration'),
    "import type { I18nextResources } from './index.ts';",
    '',
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
    ...registers.map(
      (register) =>
        `    ${literal(i18nextNamespaces[register])}: I18nextResources[${literal(i18nextNamespaces[register])}];`,
    ),
    '  }',
    '  interface CustomTypeOptions {',
    `    defaultNS: ${literal(i18nextNamespaces.friendly)};`,
    '  }',
    '}',
    '',
    'export type { I18nextResources };',
    '',
  ].join('\n');
}

function nestedI18next(texts: PackTexts, register: Register): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const key of messageKeys) {
    const fileId = fileIdOfKey(key);
    const path = fileId === generalFileId ? [key] : [...fileId.split('.'), keyInsideFile(key)];
    let node = tree;
    for (const part of path.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[path.at(-1)!] = texts.registers[register].i18next.get(key);
  }
  return tree;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Every generated file of a locale package, by path relative to `generated/`. */
export function renderGenerated(texts: PackTexts): Map<string, string> {
  const files = new Map<string, string>();
  for (const register of registers) {
    for (const fileId of fileIds) {
      files.set(`data/${register}/${fileId}.ts`, renderDataModule(texts, register, fileId));
    }
  }
  const specs = entrySpecs();
  for (const spec of specs) files.set(entrySourcePath(spec), renderEntry(texts, spec));
  files.set('entries/i18next.ts', renderI18nextDeclaration(texts));
  files.set('support.ts', renderSupport(texts));
  files.set(
    'build-entries.ts',
    [
      header(texts.origin, 'the entry points tsdown builds'),
      '/** Output name → source: `dist/<name>.mjs|.cjs` for the export `./<name>`. */',
      'export const entry: Record<string, string> = {',
      ...[...specs.map((spec) => spec.name), 'i18next'].map(
        (name) => `  ${literal(name)}: ${literal(`generated/entries/${name}.ts`)},`,
      ),
      '};',
      '',
    ].join('\n'),
  );
  for (const register of registers) {
    const { icu, compiled } = texts.registers[register];
    files.set(
      `json/${register}.json`,
      json(Object.fromEntries(messageKeys.map((key) => [key, icu.get(key)]))),
    );
    files.set(
      `json/compiled/${register}.json`,
      json(Object.fromEntries(messageKeys.map((key) => [key, compiled.get(key)]))),
    );
    files.set(`json/i18next/${i18nextNamespaces[register]}.json`, json(nestedI18next(texts, register)));
  }
  return files;
}

/** The package.json `exports` of a locale package (written by add-locale, kept in sync by generate). */
export function packageExports(): Record<string, unknown> {
  const conditions = (name: string) => ({
    import: { types: `./dist/${name}.d.mts`, default: `./dist/${name}.mjs` },
    require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
  });
  const exports: Record<string, unknown> = {};
  for (const spec of entrySpecs())
    exports[spec.name === 'index' ? '.' : `./${spec.name}`] = conditions(spec.name);
  exports['./i18next'] = conditions('i18next');
  exports['./json/*'] = './dist/json/*';
  exports['./package.json'] = './package.json';
  return exports;
}

/** Writes `generated/` (removing files no longer generated) and syncs package.json's exports. */
export function writeGenerated(packageDir: string, files: ReadonlyMap<string, string>): void {
  const root = join(packageDir, generatedDirName);
  const stale = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
          item.isDirectory() ? stale(join(dir, item.name)) : [join(dir, item.name)],
        )
      : [];
  for (const file of stale(root)) {
    if (!files.has(relative(root, file).split(sep).join('/'))) rmSync(file);
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
    writeFileSync(manifestPath, json(manifest));
  }
}

export async function generateCommand(options: {
  readonly localesDir: string;
  readonly packagesDir: string;
  readonly values: CliValues;
  readonly io: Io;
  readonly shown: (file: string) => string;
}): Promise<number> {
  const { localesDir, packagesDir, values, io, shown } = options;
  const pseudo = values.pseudo;
  const locale = pseudo ? values.from : values.locale;
  if (!locale) {
    io.err('generate needs --locale <lng>, or --pseudo <tag> --from <lng> --package <dir>');
    return 2;
  }
  const packageDir = values.package
    ? resolve(io.cwd, values.package)
    : join(packagesDir, `locale-${(pseudo ? 'pseudo' : locale).toLowerCase()}`);
  if (!existsSync(join(packageDir, 'package.json'))) {
    io.err(
      `${shown(packageDir)} is not a package (no package.json); run smspartner-i18n-tools add-locale ${locale}`,
    );
    return 1;
  }
  try {
    const texts = await loadPackTexts({ localesDir, locale, ...(pseudo ? { pseudoLocale: pseudo } : {}) });
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
