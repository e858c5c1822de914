import { stripVTControlCharacters } from 'node:util';
import { terminalText } from '@smspartner-i18n/core/internal';

/**
 * Text made safe for a terminal, line by line: the colours and cursor moves of the tools run as
 * children (pnpm, publint, attw) are dropped, any other control character is escaped visibly.
 */
export function terminalLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => terminalText(stripVTControlCharacters(line), Number.POSITIVE_INFINITY))
    .join('\n');
}

/** `console.log` and `console.error` of terminal-safe text: every line the release tools print goes through these. */
export const print = (text: string): void => console.log(terminalLines(text));
export const printError = (text: string): void => console.error(terminalLines(text));
