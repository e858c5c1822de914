import type { CodePack } from '@smspartner-i18n/core/types';
// `./texts`: every text compiled to code in one module per locale, so a server loads one file each.
import { pack as englishPack } from '@smspartner-i18n/locale-en/texts';
import { pack as frenchPack } from '@smspartner-i18n/locale-fr/texts';

/** The packs every translator starts with: both registers of English and French. */
export const builtInPacks: readonly CodePack[] = Object.freeze([englishPack, frenchPack]);

/** The locales the built-in packs cover, the default `available` of `negotiateLocale`. */
export const builtInLocales: readonly string[] = Object.freeze(['en', 'fr']);
