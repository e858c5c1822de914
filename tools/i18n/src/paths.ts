import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file (tools/i18n/src). */
export const repoRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const defaultLocalesDir: string = resolve(repoRoot, 'locales');
export const defaultPackagesDir: string = resolve(repoRoot, 'packages');
/** `pt-BR` → `locale-pt-br` (npm names are lowercase): the folder of a locale package under packages/. */
export const packageFolderOf = (locale: string): string => `locale-${locale.toLowerCase()}`;
export const packageNameOf = (locale: string): string => `@smspartner-i18n/${packageFolderOf(locale)}`;
/** Templates that add-locale copies into a new locale package. */
export const templatesDir: string = resolve(repoRoot, 'tools/i18n/templates');
