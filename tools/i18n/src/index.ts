/** What the explorer app's Vite plugins read of the tooling (through tsx); the CLI is bin/. */

export { checkLocales } from './check.ts';
export { textLengths } from './check-length.ts';
export { discoverLocales } from './locale-files.ts';
export { packageNameOf } from './paths.ts';
export { translatorContexts } from './translator-context.ts';
