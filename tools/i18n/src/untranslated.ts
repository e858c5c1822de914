import { existsSync, readFileSync } from 'node:fs';
import { isMessageKey, type MessageKey } from '@smspartner-i18n/core';
import { type Register, registers } from './layout.ts';
import { untranslatedListPath } from './locale-files.ts';

/** The keys of a language whose text is still the English placeholder, per register. */
export type UntranslatedKeys = Readonly<Record<Register, ReadonlySet<MessageKey>>>;

/**
 * Reads `locales/<lng>/untranslated.json` (written by add-locale) for the
 * explorer. Lenient on purpose: a missing file means "nothing untranslated",
 * and whatever is not a list of catalog keys is left out; `pnpm i18n:check`
 * is what reports such mistakes, with their positions.
 */
export function readUntranslated(localesDir: string, locale: string): UntranslatedKeys {
  const empty = (): Record<Register, Set<MessageKey>> => ({ official: new Set(), friendly: new Set() });
  const path = untranslatedListPath(localesDir, locale);
  if (!existsSync(path)) return empty();
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return empty();
  }
  const keys = empty();
  if (typeof parsed !== 'object' || parsed === null) return keys;
  for (const register of registers) {
    const list = Object.hasOwn(parsed, register) ? (parsed as Record<string, unknown>)[register] : undefined;
    if (!Array.isArray(list)) continue;
    for (const key of list) if (isMessageKey(key)) keys[register].add(key);
  }
  return keys;
}
