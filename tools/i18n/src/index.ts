/**
 * What the explorer app reads of the translator tooling (its Vite plugins import it through tsx):
 * the check with the untranslated texts it derives, the languages, their package names, the
 * lengths of the texts and the translator context of every key. The CLI and the locale package
 * builds run bin/smspartner-i18n-tools.mjs.
 */

export { checkLocales } from './check.ts';
export { textLengths } from './check-length.ts';
export { discoverLocales } from './locale-files.ts';
export { packageNameOf } from './paths.ts';
export { translatorContexts } from './translator-context.ts';
