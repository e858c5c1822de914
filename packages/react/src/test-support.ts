// TEMPORARY until @smspartner-i18n/locale-* are built: modules of the same
// shape compiled from the real texts in locales/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { CompiledMessage, LocalePack } from '@smspartner-i18n/core';
import type { LocaleModule } from './types.ts';

const localesDir = join(import.meta.dirname, '../../../locales');

function readTexts(locale: string, tone: 'official' | 'friendly'): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const file of readdirSync(join(localesDir, locale, tone))) {
    const json = JSON.parse(readFileSync(join(localesDir, locale, tone, file), 'utf8')) as Record<
      string,
      string
    >;
    for (const [key, value] of Object.entries(json)) if (key !== '$schema') texts[key] = value;
  }
  return texts;
}

function nest(flat: Record<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts.at(-1)!] = value.replace(/\{(\w+)(, number)?\}/g, '{{$1$2}}');
  }
  return root;
}

function moduleOf(
  locale: string,
): LocaleModule & { official: Record<string, string>; friendly: Record<string, string> } {
  const official = readTexts(locale, 'official');
  const friendly = readTexts(locale, 'friendly');
  const compileAll = (texts: Record<string, string>) =>
    Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, parse(v) as unknown as CompiledMessage]));
  const pack: LocalePack = {
    locale,
    compiled: { official: compileAll(official), friendly: compileAll(friendly) },
  };
  return {
    pack,
    official,
    friendly,
    resources: { [locale]: { 'smspartner-official': nest(official), 'smspartner-friendly': nest(friendly) } },
  };
}

export const en = moduleOf('en');
export const fr = moduleOf('fr');
