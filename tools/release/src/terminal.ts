import { stripVTControlCharacters } from 'node:util';
import { terminalLines as coreTerminalLines } from '@smspartner-i18n/core/internal';

/**
 * Text made safe for a terminal, line by line: the colours and cursor moves of the tools run as
 * children (pnpm, publint, attw) are dropped, any other control character is escaped visibly.
 */
export function terminalLines(text: string): string {
  return coreTerminalLines(stripVTControlCharacters(text).replace(/\r\n/g, '\n'), Number.POSITIVE_INFINITY);
}

/** `console.log` and `console.error` of terminal-safe text: every line the release tools print goes through these. */
export const print = (text: string): void => console.log(terminalLines(text));
export const printError = (text: string): void => console.error(terminalLines(text));
