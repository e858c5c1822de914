/**
 * The translator tooling of locales/, for the CLI, the locale package builds
 * and the explorer app: the check, the translator context of every key, the
 * untranslated texts (derived by the check) and the generator.
 */
export { checkLocaleTag, localePackageManifest, packageFolderOf, packageNameOf } from './add-locale.ts';
export {
  type CheckOptions,
  type CheckResult,
  checkLocales,
  formatProblem,
  type LoadedText,
  type LocaleTexts,
  type Problem,
  type RuleId,
  type Severity,
  summarize,
} from './check.ts';
export { lengthBudget, textLengths } from './check-length.ts';
export { main } from './cli.ts';
export {
  GenerateError,
  i18nextNamespaces,
  loadPackTexts,
  type PackTexts,
  packageExports,
  renderGenerated,
} from './generate.ts';
export { escapeIcuLiteral, toI18next } from './icu.ts';
export {
  type FileId,
  fileIdOfKey,
  fileIds,
  keysOfFile,
  type Register,
  registers,
  sameAsEnglishMember,
} from './layout.ts';
export { discoverLocales } from './locale-files.ts';
export { defaultLocalesDir, repoRoot } from './paths.ts';
export { type ReferenceText, referenceTexts } from './reference-texts.ts';
export { buildSchema, renderSchemas, writeSchemas } from './schema.ts';
export { type TranslatorContext, translatorContexts } from './translator-context.ts';
export { exportXliff, importXliff, XliffCheckError, XliffError } from './xliff.ts';
