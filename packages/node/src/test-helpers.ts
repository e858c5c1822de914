/**
 * Test support only (not exported by the package): packs compiled at test
 * time from the translators' files in `locales/`, used while the generated
 * `@smspartner-i18n/locale-*` packages are not built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { CompiledMessage, LocalePack } from '@smspartner-i18n/core';

const localesDir = new URL('../../../locales/', import.meta.url);

function compileRegister(locale: string, register: 'official' | 'friendly'): Record<string, CompiledMessage> {
  const dir = join(localesDir.pathname, locale, register);
  const messages: Record<string, CompiledMessage> = {};
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  } catch {
    return messages;
  }
  for (const file of files) {
    const sources = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
    for (const [key, source] of Object.entries(sources)) {
      if (key === '$schema') continue;
      messages[key] = parse(source) as unknown as CompiledMessage;
    }
  }
  return messages;
}

export function packFromLocales(locale: string): LocalePack {
  return {
    locale,
    compiled: {
      official: compileRegister(locale, 'official'),
      friendly: compileRegister(locale, 'friendly'),
    },
  };
}

export function readLocaleText(locale: string, register: 'official' | 'friendly', key: string): string {
  const section = key === 'unknownCode' ? 'general' : key.slice(0, key.lastIndexOf('.'));
  const file = join(localesDir.pathname, locale, register, `${section}.json`);
  const text = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[key];
  if (text === undefined) throw new Error(`${file}: no text for ${key}`);
  return text;
}
