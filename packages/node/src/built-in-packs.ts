import { type LocalePack, toCodePack } from '@smspartner-i18n/core';
import type { CodePack, MessagePack } from '@smspartner-i18n/core/types';
import { pack as englishPack } from '@smspartner-i18n/locale-en';
import { pack as frenchPack } from '@smspartner-i18n/locale-fr';

/**
 * A pack in the form core's resolver reads directly (texts by section and
 * code). Done once here, at load, so that making a translator per request
 * does not redo it; a pack that already is a code pack is kept as it is.
 */
function asCodePack(pack: LocalePack): CodePack {
  return 'codes' in pack ? pack : toCodePack(pack as MessagePack);
}

/** The packs every translator starts with: both registers of English and French. */
export const builtInPacks: readonly LocalePack[] = Object.freeze([
  asCodePack(englishPack),
  asCodePack(frenchPack),
]);

/** The locales the built-in packs cover, the default `available` of `negotiateLocale`. */
export const builtInLocales: readonly string[] = Object.freeze(['en', 'fr']);
