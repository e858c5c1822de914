import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { entries, sectionFallbackKey } from '@smspartner-i18n/core';
import { isFieldKey } from '@smspartner-i18n/core/fields';
import { IntlMessageFormat } from 'intl-messageformat';
import { locale, section } from '../bench-data.ts';
import { repoRoot } from '../report.ts';
import type { Values } from './contenders.ts';

/**
 * The sentences every peer contender is built from, read at bench time from the translators' file, never
 * copied: each text with its API code and default arguments (from core's catalog), and the section's fallback
 * for any other code (the section's field texts are left out).
 */

export const peerTextsFile = join(repoRoot, 'locales', locale, 'friendly', `${section}.json`);

export interface PeerMessage {
  readonly code: number;
  readonly key: string;
  /** The ICU MessageFormat source, as the JSON file has it. */
  readonly source: string;
  /** The `{x, number}` arguments of the source, in order. */
  readonly numberArguments: readonly string[];
  /** The catalog's default values of those arguments (the API sends none). */
  readonly defaults: Values;
}

export interface PeerTexts {
  readonly locale: string;
  /** Every code of the section, in the catalog's order. */
  readonly messages: readonly PeerMessage[];
  /** The ICU source of the section's fallback, shown for any other code. */
  readonly fallback: string;
}

/** An ICU source as literal text and `{x, number}` arguments (by name); any other element is refused. */
export function piecesOf(source: string, where = 'bench'): (string | { readonly number: string })[] {
  return parse(source).map((element) => {
    if (element.type === TYPE.literal) return element.value;
    if (element.type === TYPE.number && element.style == null) return { number: element.value };
    throw new Error(
      `${where}: the peers are built from literal text and plain {x, number} arguments; found element type ${element.type} in ${JSON.stringify(source)}`,
    );
  });
}

const numberArgumentsOf = (source: string, where: string) =>
  piecesOf(source, where).flatMap((piece) => (typeof piece === 'string' ? [] : [piece.number]));

/** Reads `file` (default: the French friendly texts of sms.send) and joins each text to its catalog entry. */
export function readPeerTexts(file: string = peerTextsFile): PeerTexts {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const text = (key: string): string => {
    const value = json[key];
    if (typeof value !== 'string' || value.trim() === '')
      throw new Error(`${file}: "${key}" is missing or not a text (expected an ICU string).`);
    return value;
  };
  const inSection = entries.filter((entry) => entry.section === section);
  const messages = inSection.map((entry): PeerMessage => {
    if (typeof entry.code !== 'number')
      throw new Error(`bench: ${entry.key} has a string code; the peers expect numeric codes in ${section}`);
    const source = text(entry.key);
    return {
      code: entry.code,
      key: entry.key,
      source,
      numberArguments: numberArgumentsOf(source, `${file}: "${entry.key}"`),
      defaults: entry.params,
    };
  });
  const fallbackKey = sectionFallbackKey(section);
  const known = new Set([...inSection.map((entry) => entry.key), fallbackKey, '$schema']);
  // Field texts belong to the field layer, not to the code texts the peers answer with.
  const extra = Object.keys(json).filter((key) => !known.has(key) && !isFieldKey(key));
  if (extra.length > 0) throw new Error(`${file}: keys the catalog does not know: ${extra.join(', ')}`);
  const fallback = text(fallbackKey);
  numberArgumentsOf(fallback, `${file}: "${fallbackKey}"`);
  return { locale, messages, fallback };
}

/** The same texts restricted to the given codes (the fallback kept): a smaller app, same code. */
export function onlyCodes(texts: PeerTexts, codes: readonly number[]): PeerTexts {
  const messages = texts.messages.filter((message) => codes.includes(message.code));
  if (messages.length !== codes.length)
    throw new Error(`bench: not every code of ${codes.join(', ')} has a text`);
  return { ...texts, messages };
}

/** `code`'s sentence with `values` over its defaults, by intl-messageformat: every contender's reference. */
export function expectedSentence(texts: PeerTexts, code: number, values?: Values): string {
  const message = texts.messages.find((candidate) => candidate.code === code);
  const source = message?.source ?? texts.fallback;
  const formatted = new IntlMessageFormat(source, texts.locale).format({ ...message?.defaults, ...values });
  if (typeof formatted !== 'string') throw new Error(`bench: ${source} did not format to a string`);
  return formatted;
}
