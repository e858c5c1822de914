import type { CatalogEntry, MessageKey } from '@smspartner-i18n/core';
import type { Glossary } from './glossary.ts';
import type { Register } from './layout.ts';

/** What a rule about one text (check-*.ts) sees; check.ts locates its findings in the file. */
export interface TextUnderCheck {
  readonly locale: string;
  readonly register: Register;
  readonly key: MessageKey;
  /** The text as the file holds it (ICU source, JSON escapes decoded). */
  readonly source: string;
  /** The English text of the same key and register, when there is one. */
  readonly english?: string;
  /** The catalog entry; `undefined` for the texts of unknown codes. */
  readonly entry?: CatalogEntry;
  readonly glossary: Glossary;
}

export interface Finding {
  readonly severity: 'error' | 'warning';
  readonly rule: string;
  /** Where in `source` the problem starts; the start of the text when absent. */
  readonly offset?: number;
  readonly message: string;
}

export type TextRule = (text: TextUnderCheck) => readonly Finding[];

/** Code point as U+XXXX, for messages. */
export const codePoint = (char: string): string =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The primary language subtag: `fr-BE` → `fr`. */
export const languageOf = (locale: string): string => locale.split('-')[0]!.toLowerCase();

/** Sentences of a text, with the offset each starts at (after the space that follows . ! ? : ;). */
export function sentenceStarts(source: string): number[] {
  const starts = [0];
  for (const match of source.matchAll(/[.!?;:][\s\u00a0\u202f]+/g)) {
    starts.push(match.index + match[0].length);
  }
  return starts;
}
