/**
 * Test support only (not exported by the package): the expected texts,
 * read from the translators' files in `locales/`, the source the locale
 * packages are generated from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const localesDir = new URL('../../../locales/', import.meta.url);

/** The ICU source of `key` in `locales/<locale>/<register>/`; a plain text is also the formatted sentence. */
export function readLocaleText(locale: string, register: 'official' | 'friendly', key: string): string {
  const section = key === 'unknownCode' ? 'general' : key.slice(0, key.lastIndexOf('.'));
  const file = join(localesDir.pathname, locale, register, `${section}.json`);
  const text = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[key];
  if (text === undefined) throw new Error(`${file}: no text for ${key}`);
  return text;
}
