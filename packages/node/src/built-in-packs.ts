import type { LocalePack } from '@smspartner-i18n/core';
import { pack as englishPack } from '@smspartner-i18n/locale-en';
import { pack as frenchPack } from '@smspartner-i18n/locale-fr';

/** The packs every translator starts with: both registers of English and French. */
export const builtInPacks: readonly LocalePack[] = Object.freeze([englishPack, frenchPack]);

/** The locales the built-in packs cover, the default `available` of `negotiateLocale`. */
export const builtInLocales: readonly string[] = Object.freeze(['en', 'fr']);
