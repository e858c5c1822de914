import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { CompiledMessage, MessagePack, Register } from './types.ts';

/**
 * The real texts of `locales/` as message packs, compiled the way
 * `formatjs compile --ast --ignore-tag` compiles them for the locale
 * packages: tests of the resolvers and of `toCodePack` run on them.
 */
const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../locales');

export function messagePackOf(locale: string): MessagePack {
  const compiledOf = (register: Register): Record<string, CompiledMessage> => {
    const dir = join(localesDir, locale, register);
    const messages: Record<string, CompiledMessage> = {};
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const sources = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
      for (const [key, source] of Object.entries(sources)) {
        if (!key.startsWith('$'))
          messages[key] = parse(source, { ignoreTag: true }) as unknown as CompiledMessage;
      }
    }
    return messages;
  };
  return { locale, compiled: { official: compiledOf('official'), friendly: compiledOf('friendly') } };
}
