import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { CommandContext } from './cli.ts';
import { packageExports } from './generate.ts';
import {
  canonicalTag,
  fileIds,
  fileNameOf,
  keysOfFile,
  registers,
  schemaFolderName,
  schemaReferenceOf,
} from './layout.ts';
import { localeFilePath, parseJsonText, serializeJson } from './locale-files.ts';
import { packageFolderOf, packageNameOf, repoRoot, templatesDir } from './paths.ts';

/** Scaffolds `locales/<lng>/` (English placeholders), its package and the explorer's dependency on it. */

export function checkLocaleTag(
  input: string | undefined,
): { ok: true; tag: string } | { ok: false; reason: string } {
  if (input === undefined || input.trim() === '')
    return { ok: false, reason: 'give the language tag: add-locale <lng>' };
  const canonical = canonicalTag(input);
  if (canonical === undefined)
    return { ok: false, reason: `"${input}" is not a BCP 47 language tag (en, de, pt-BR)` };
  if (canonical !== input) return { ok: false, reason: `write the tag as "${canonical}"` };
  if (input === schemaFolderName) return { ok: false, reason: `"${input}" is reserved` };
  return { ok: true, tag: canonical };
}

/** An object of `entries` sorted by name, as pnpm keeps dependency lists. */
const sortedByName = (entries: [string, string][]): Record<string, string> =>
  Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function languageName(locale: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** The package.json of a locale package; `pseudoOf`: a private pack pseudo-localized from that language. */
export function localePackageManifest({ locale, pseudoOf }: { locale: string; pseudoOf?: string }) {
  const folder = pseudoOf ? 'locale-pseudo' : packageFolderOf(locale);
  const manifestOf = (path: string) =>
    JSON.parse(readFileSync(path, 'utf8')) as {
      devDependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
  const englishManifestPath = join(repoRoot, 'packages/locale-en/package.json');
  const english = manifestOf(englishManifestPath);
  const versionsIn = (manifest: ReturnType<typeof manifestOf>, names: readonly string[]) =>
    names.map((name): [string, string] => {
      const range = manifest.devDependencies[name];
      if (range === undefined) throw new Error(`no version of ${name} to give a new locale package`);
      return [name, range];
    });
  // publint and attw as the English package runs them, which the release hygiene gate checks.
  const packageCheck = english.scripts['check:package'];
  if (packageCheck === undefined)
    throw new Error(`${englishManifestPath}: no "check:package" script to give a new locale package`);
  const devDependencies: [string, string][] = [
    ['@smspartner-i18n/core', 'workspace:*'],
    ['@smspartner-i18n/i18n-tools', 'workspace:*'],
    // The README examples check (src/readme.test.ts); react-intl's at the English pack's versions.
    ['@smspartner-i18n/test-support', 'workspace:*'],
    ...versionsIn(manifestOf(join(templatesDir, '../package.json')), ['i18next', 'intl-messageformat']),
    ...versionsIn(english, ['@types/react', 'react', 'react-intl']),
  ];
  const build = pseudoOf
    ? `smspartner-i18n-tools generate --pseudo ${locale} --from ${pseudoOf} --package . && tsdown`
    : `smspartner-i18n-tools generate --locale ${locale} && tsdown`;
  return {
    name: `@smspartner-i18n/${folder}`,
    version: '0.1.0',
    ...(pseudoOf ? { private: true } : {}),
    description: pseudoOf
      ? `Pseudo-localized (${locale}) texts of every SMSPartner API code, for QA of text expansion and hard-coded strings. Not published.`
      : `${languageName(locale)} texts for every SMSPartner API error and status code, official (SMSPartner's wording) and friendly: ICU sources, compiled ASTs for react-intl and intl-messageformat, i18next resources, JSON.`,
    keywords: ['smspartner', 'sms', 'error-codes', 'i18n', 'i18next', 'react-intl', 'icu', locale],
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.19' },
    repository: {
      type: 'git',
      url: 'git+https://github.com/smspartner-i18n/smspartner-i18n.git',
      directory: `packages/${folder}`,
    },
    ...(pseudoOf ? {} : { publishConfig: { access: 'public', provenance: true } }),
    files: ['dist'],
    main: './dist/index.cjs',
    module: './dist/index.mjs',
    types: './dist/index.d.cts',
    exports: packageExports(),
    scripts: {
      build,
      typecheck: 'tsc -p tsconfig.json',
      test: 'vitest run',
      ...(pseudoOf ? {} : { 'check:package': packageCheck }),
    },
    devDependencies: sortedByName(devDependencies),
  };
}

/** Writes a language's package: its hand-kept files (everything but generated/ and dist/). */
export function scaffoldLocalePackage(packageDir: string, { locale }: { locale: string }): void {
  const root = join(templatesDir, 'locale-package');
  for (const item of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (item.isDirectory()) continue;
    const template = join(item.parentPath, item.name);
    const target = join(packageDir, relative(root, template));
    mkdirSync(dirname(target), { recursive: true });
    const content = readFileSync(template, 'utf8')
      .replaceAll('%LOCALE%', locale)
      .replaceAll('%PACKAGE%', packageNameOf(locale))
      .replaceAll('%LANGUAGE%', languageName(locale));
    writeFileSync(target, content);
  }
  writeFileSync(join(packageDir, 'package.json'), serializeJson(localePackageManifest({ locale })));
}

/** Writes `locales/<lng>/` with the English texts as placeholders. */
export function scaffoldLocaleTexts(localesDir: string, locale: string): string[] {
  return registers.flatMap((register) =>
    fileIds.map((fileId) => {
      const english = readFileSync(localeFilePath(localesDir, 'en', register, fileId), 'utf8');
      if (!parseJsonText(english).ok)
        throw new Error(`locales/en/${register}/${fileNameOf(fileId)} is not valid JSON; fix it first`);
      const texts = JSON.parse(english) as Record<string, unknown>;
      const out: Record<string, unknown> = { $schema: schemaReferenceOf(fileId) };
      for (const key of keysOfFile(fileId)) out[key] = texts[key];
      const target = localeFilePath(localesDir, locale, register, fileId);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, serializeJson(out));
      return target;
    }),
  );
}

/** What to do after `add-locale`: the one list the command and locales/README.md show (a test holds it). */
export function nextSteps(locale: string): string[] {
  return [
    `pnpm install: links packages/${packageFolderOf(locale)} into the workspace; this adds it to pnpm-lock.yaml (any pnpm command run first does the same), so commit the lockfile with the language.`,
    `Fill in "${locale}" in locales/README.md ("A new language: what to decide first") and its column in locales/glossary.md: form of address, typography, the glossary terms.`,
    `Translate the texts in locales/${locale}/ (friendly first). A text left equal to English is untranslated: apps show English, labelled English. List a text meant to stay the same as English in the file's "$sameAsEnglish".`,
    'pnpm i18n:check: fix every error; it counts the texts still in English per register and file.',
    `pnpm build: builds ${packageNameOf(locale)} (and the explorer, which shows the language).`,
    `Commit locales/${locale}/, packages/${packageFolderOf(locale)}/, apps/explorer/package.json and pnpm-lock.yaml.`,
  ];
}

/** The next steps as locales/README.md prints them: a numbered list. */
export const nextStepsMarkdown = (locale: string): string =>
  nextSteps(locale)
    .map((step, index) => `${index + 1}. ${step.replace(/^(pnpm [\w:]+)(:)/, '`$1`$2')}`)
    .join('\n');

export function addLocaleCommand(context: CommandContext, input: string | undefined): number {
  const { localesDir, packagesDir, io, shown } = context;
  const tag = checkLocaleTag(input);
  if (!tag.ok) {
    io.err(`add-locale: ${tag.reason}`);
    return 2;
  }
  const locale = tag.tag;
  const localeDir = join(localesDir, locale);
  const packageDir = join(packagesDir, packageFolderOf(locale));
  const existing = [localeDir, packageDir].find((dir) => existsSync(dir));
  if (existing) {
    io.err(`add-locale: ${shown(existing)} already exists`);
    return 1;
  }
  const texts = scaffoldLocaleTexts(localesDir, locale);
  scaffoldLocalePackage(packageDir, { locale });
  // The explorer app's package.json lists the locale packages it shows, sorted as pnpm keeps them.
  const explorer = join(packagesDir, '..', 'apps', 'explorer', 'package.json');
  const listed = existsSync(explorer);
  if (listed) {
    const manifest = JSON.parse(readFileSync(explorer, 'utf8')) as { dependencies?: Record<string, string> };
    const dependencies = { ...manifest.dependencies, [packageNameOf(locale)]: 'workspace:*' };
    manifest.dependencies = sortedByName(Object.entries(dependencies));
    writeFileSync(explorer, serializeJson(manifest));
  }
  io.out(`created ${shown(localeDir)} (${texts.length} files, the English texts as placeholders)`);
  io.out(`created ${shown(packageDir)} (${packageNameOf(locale)})`);
  if (listed) io.out(`added ${packageNameOf(locale)} to ${shown(explorer)}`);
  io.out('next steps (the same as in locales/README.md):');
  for (const [index, step] of nextSteps(locale).entries()) io.out(`  ${index + 1}. ${step}`);
  return 0;
}
