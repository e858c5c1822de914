import { parseArgs } from 'node:util';
import {
  entries,
  isSectionId,
  type Register,
  type SectionId,
  sectionIds,
  sections,
} from '@smspartner-i18n/core';
import { terminalJson, terminalLines, terminalText } from '@smspartner-i18n/core/internal';
import { canonicalLocale, isRegister } from '@smspartner-i18n/core/runtime';
import { version } from '../package.json';
import { defaultMaxBodyBytes, parseResponse, type SmsPartnerResult } from './parse-response.ts';
import type { SmsPartnerError } from './smspartner-error.ts';
import { createTranslator, type Translator } from './translator.ts';

/** Exit codes, as documented in the README. */
export const exitCodes = Object.freeze({ ok: 0, errorExplained: 1, usage: 2 } as const);

/** What the program needs from the outside world, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file, or stdin for `-`: at most `maxBytes + 1` bytes, so an oversized body is detected without reading it all. */
  readonly readInput: (path: string, maxBytes: number) => Promise<Uint8Array>;
  /** Whether stdin is a terminal (then `parse` without a file has nothing to read). */
  readonly stdinIsTerminal: boolean;
}

const program = 'smspartner-i18n';

/** `stdout` and `stderr` make text safe; `stdoutRaw` is for JSON and CSV, already safe as built. */
interface Io extends CliIo {
  readonly stdoutRaw: (text: string) => void;
}

/** Bad usage: reported as one line on stderr with exit code 2. */
class UsageError extends Error {}

/** The longest line written in text mode; a value echoed inside a sentence (a code, an option) is shorter. */
const MAX_LINE_LENGTH = 2000;
const MAX_ECHO_LENGTH = 64;

/** A value the user or an API gave, as it may appear inside one of our lines. */
function shown(value: unknown): string {
  return terminalText(value, MAX_ECHO_LENGTH);
}

/** JSON for the terminal, exact: core's terminalJson, and a final newline. */
function jsonOutput(value: unknown): string {
  return `${terminalJson(value)}\n`;
}

const mainHelp = `${program} ${version}: explain SMSPartner API codes and responses in English or French.

Usage:
  ${program} explain [--section] <section> <code> [--locale fr] [--register official|friendly] [--json]
  ${program} list [--section <section>] [--locale <locale>] [--register <r>] [--format table|json|csv]
  ${program} parse [<file>|-] --section <section> [--locale <locale>] [--register <r>] [--status <http status>] [--json]
  ${program} <command> --help

Sections: ${sectionIds.join(', ')}

Exit codes: 0 done: a code was explained, a list printed, or the parsed response was a success without item errors; 1 parse explained an error response (top-level or per-item); 2 bad usage (unknown command, section, option or value), unreadable input file, or output that could not be written.
`;

const commandHelp: Record<string, string> = {
  explain: `Usage: ${program} explain <section> <code> [options]
       ${program} explain --section <section> <code> [options]

Prints the sentence for an SMSPartner code.

  <section>          one of: ${sectionIds.join(', ')} (or --section <id>, as for list and parse)
  <code>             as the API sends it: 11, "11", 11.0, NOT_CREDIT, Delivered
  --locale <tag>     en, fr, fr-CA, … (default en; others fall back to en)
  --register <r>     friendly (for end users, default) or official (SMSPartner's wording)
  --json             print the explanation and the catalog entry as JSON
  -h, --help         show this help

Exit codes: 0 the code was explained (a section's generic text for an unknown code, with a note on stderr); 2 bad usage.
`,
  list: `Usage: ${program} list [options]

Lists the catalog's codes with their texts.

  --section <id>     only this section
  --locale <tag>     language of the texts (default en)
  --register <r>     friendly (default) or official
  --format <format>  table (default), json or csv (RFC 4180)
  -h, --help         show this help

Exit codes: 0 ok; 2 bad usage.
`,
  parse: `Usage: ${program} parse [<file>|-] --section <section> [options]

Reads an SMSPartner response body (JSON, or whatever came back) from a file
or stdin and prints what it means.

  <file>             the body; - or nothing reads stdin
  --section <id>     the API section the request belongs to (required)
  --locale <tag>     language of the explanation (default en)
  --register <r>     friendly (default) or official
  --status <code>    the HTTP status the body came with (e.g. 429)
  --json             print the result as JSON
  -h, --help         show this help

Exit codes: 0 a successful response without item errors; 1 an error response (or per-item errors) was explained; 2 bad usage or unreadable input.
`,
};

function optionsFor(command: string) {
  const common = { help: { type: 'boolean', short: 'h' } } as const;
  switch (command) {
    case 'explain':
      return {
        ...common,
        section: { type: 'string' },
        locale: { type: 'string' },
        register: { type: 'string' },
        json: { type: 'boolean' },
      } as const;
    case 'list':
      return {
        ...common,
        section: { type: 'string' },
        locale: { type: 'string' },
        register: { type: 'string' },
        format: { type: 'string' },
      } as const;
    default:
      return {
        ...common,
        section: { type: 'string' },
        locale: { type: 'string' },
        register: { type: 'string' },
        status: { type: 'string' },
        json: { type: 'boolean' },
      } as const;
  }
}

type Values = Partial<
  Record<'help' | 'json', boolean> & Record<'locale' | 'register' | 'section' | 'format' | 'status', string>
>;

/** Runs the CLI on `args` (without `node` and the script) and resolves to the exit code. Never rejects. */
export async function runCli(args: readonly string[], given: CliIo): Promise<number> {
  // Text mode: everything written goes through terminalLines; JSON and CSV are made safe where they are built.
  const io: Io = {
    ...given,
    stdout: (text) => given.stdout(terminalLines(text, MAX_LINE_LENGTH)),
    stderr: (text) => given.stderr(terminalLines(text, MAX_LINE_LENGTH)),
    stdoutRaw: given.stdout,
  };
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(mainHelp);
      return command === undefined ? exitCodes.usage : exitCodes.ok;
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${version}\n`);
      return exitCodes.ok;
    }
    if (!Object.hasOwn(commandHelp, command))
      throw new UsageError(
        `unknown command "${shown(command)}"; expected explain, list or parse (see ${program} --help)`,
      );
    let parsed: { values: Values; positionals: string[] };
    try {
      parsed = parseArgs({
        args: [...rest],
        options: optionsFor(command),
        allowPositionals: true,
        strict: true,
      }) as {
        values: Values;
        positionals: string[];
      };
    } catch (error) {
      throw new UsageError(`${command}: ${parseArgsProblem(command, rest, error)}`);
    }
    if (parsed.values.help) {
      io.stdout(commandHelp[command]!);
      return exitCodes.ok;
    }
    if (command === 'explain') return explainCommand(parsed.values, parsed.positionals, io);
    if (command === 'list') return listCommand(parsed.values, parsed.positionals, io);
    return await parseCommand(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${program}: ${error.message}\n`);
      return exitCodes.usage;
    }
    io.stderr(`${program}: unexpected failure: ${oneLine(error)}\n`);
    return exitCodes.usage;
  }
}

/**
 * parseArgs' own message for an unknown option quotes it unevenly and talks
 * about `--`; say instead which option is unknown and which ones there are.
 */
function parseArgsProblem(command: string, args: readonly string[], error: unknown): string {
  if ((error as { code?: unknown } | null)?.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return oneLine(error);
  const options = optionsFor(command);
  const known = Object.keys(options).map((name) => `--${name}`);
  const { tokens } = parseArgs({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const unknown = tokens.find((token) => token.kind === 'option' && !Object.hasOwn(options, token.name));
  const name = unknown?.kind === 'option' ? unknown.rawName : '?';
  return `unknown option "${shown(name)}"; expected ${known.join(', ')} (see ${command} --help)`;
}

function oneLine(error: unknown): string {
  let text: unknown;
  try {
    text = error instanceof Error ? error.message : String(error);
  } catch {
    text = 'an error that cannot be shown';
  }
  return terminalText(typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '', 500);
}

function sectionOf(value: string | undefined, command: string, required: boolean): SectionId | undefined {
  if (value === undefined) {
    if (required) throw new UsageError(`${command}: --section is required; one of: ${sectionIds.join(', ')}`);
    return undefined;
  }
  if (!isSectionId(value))
    throw new UsageError(
      `${command}: unknown section "${shown(value)}"; expected one of: ${sectionIds.join(', ')}`,
    );
  return value;
}

function localeOf(value: string | undefined, command: string): string {
  if (value === undefined) return 'en';
  const locale = canonicalLocale(value);
  if (locale === undefined)
    throw new UsageError(`${command}: --locale "${shown(value)}" is not a locale tag (e.g. en, fr, fr-CA)`);
  return locale;
}

function registerOf(value: string | undefined, command: string): Register {
  if (value === undefined) return 'friendly';
  if (!isRegister(value))
    throw new UsageError(`${command}: --register must be official or friendly, not "${shown(value)}"`);
  return value;
}

/** Says on stderr when none of the wanted locale's tags (`fr-CA`, `fr`) has texts, so English is shown instead. */
function noteUnavailableLocale(translator: Translator, locale: string, io: Io): void {
  const parts = locale.split('-');
  const wanted = parts.map((_, index) => parts.slice(0, index + 1).join('-'));
  if (!wanted.some((tag) => translator.availableLocales.includes(tag)))
    io.stderr(`note: no texts for ${locale}; showing English\n`);
}

function explainCommand(values: Values, positionals: readonly string[], io: Io): number {
  // The section comes first, or from --section as for list and parse; never both.
  const wanted = values.section === undefined ? 2 : 1;
  if (positionals.length !== wanted)
    throw new UsageError(
      values.section === undefined
        ? `explain: expected <section> <code>, got ${positionals.length} argument(s) (see explain --help)`
        : `explain: with --section, expected only <code>, got ${positionals.length} argument(s) (see explain --help)`,
    );
  const section = sectionOf(values.section ?? positionals[0], 'explain', true)!;
  const code = positionals[wanted - 1]!;
  const locale = localeOf(values.locale, 'explain');
  const translator = createTranslator({ locale, register: registerOf(values.register, 'explain') });
  noteUnavailableLocale(translator, locale, io);
  const numeric = sections.find((info) => info.id === section)?.codeType === 'number';
  const explanation = translator.explain(section, numeric ? jsonNumberOrText(code) : code);
  if (explanation.entry === undefined)
    io.stderr(
      `note: ${section} has no code "${shown(code)}" in the catalog; showing the section's generic text\n`,
    );
  if (values.json) {
    const { entry, ...rest } = explanation;
    io.stdoutRaw(jsonOutput({ section, code: entry?.code ?? code, ...rest, entry: entry ?? null }));
  } else {
    io.stdout(`${explanation.text}\n`);
  }
  return exitCodes.ok;
}

/**
 * A shell argument has no type: one written as a JSON number (`11`, `11.0`)
 * is read as that number, as the same code in a response body would be.
 */
function jsonNumberOrText(argument: string): number | string {
  return /^-?\d{1,15}(?:\.\d{1,15})?$/.test(argument.trim()) ? Number(argument) : argument;
}

const listColumns = ['section', 'code', 'key', 'kind', 'category', 'fixableBy', 'retryable', 'text'] as const;
type ListRow = Record<(typeof listColumns)[number], string | number | boolean>;

function listCommand(values: Values, positionals: readonly string[], io: Io): number {
  if (positionals.length > 0)
    throw new UsageError(`list: unexpected argument "${shown(positionals[0])}" (see list --help)`);
  const section = sectionOf(values.section, 'list', false);
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'csv')
    throw new UsageError(`list: --format must be table, json or csv, not "${shown(format)}"`);
  const locale = localeOf(values.locale, 'list');
  const translator = createTranslator({ locale, register: registerOf(values.register, 'list') });
  noteUnavailableLocale(translator, locale, io);
  const rows: ListRow[] = entries
    .filter((entry) => section === undefined || entry.section === section)
    .map((entry) => ({
      section: entry.section,
      code: entry.code,
      key: entry.key,
      kind: entry.kind,
      category: entry.category,
      fixableBy: entry.fixableBy ?? '',
      retryable: entry.retryable,
      text: translator.message(entry.section, entry.code),
    }));
  if (format === 'json') io.stdoutRaw(jsonOutput(rows));
  else if (format === 'csv') io.stdoutRaw(toCsv(rows));
  else io.stdout(toTable(rows));
  return exitCodes.ok;
}

/** RFC 4180: CRLF line ends; a field with a comma, quote, CR or LF, or edge spaces is quoted, quotes doubled. */
export function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(rows: readonly ListRow[]): string {
  const lines = [
    listColumns.join(','),
    ...rows.map((row) =>
      listColumns.map((column) => csvField(terminalText(row[column], MAX_LINE_LENGTH))).join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

function toTable(rows: readonly ListRow[]): string {
  const widths = listColumns.map((column) =>
    Math.max(column.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell : cell.padEnd(widths[index]!)))
      .join('  ')
      .trimEnd();
  return `${[line(listColumns), ...rows.map((row) => line(listColumns.map((column) => String(row[column]))))].join('\n')}\n`;
}

async function parseCommand(values: Values, positionals: readonly string[], io: Io): Promise<number> {
  if (positionals.length > 1)
    throw new UsageError(`parse: expected one file (or -), got ${positionals.length}`);
  const section = sectionOf(values.section, 'parse', true)!;
  const locale = localeOf(values.locale, 'parse');
  const register = registerOf(values.register, 'parse');
  let status: number | undefined;
  if (values.status !== undefined) {
    status = Number(values.status);
    if (!/^\d{3}$/.test(values.status) || status < 100 || status > 599)
      throw new UsageError(
        `parse: --status must be an HTTP status between 100 and 599, not "${shown(values.status)}"`,
      );
  }
  const path = positionals[0] ?? '-';
  if (path === '-' && io.stdinIsTerminal)
    throw new UsageError('parse: no input; give a file, or pipe a response body into stdin');
  let bytes: Uint8Array;
  try {
    bytes = await io.readInput(path, defaultMaxBodyBytes);
  } catch (error) {
    throw new UsageError(
      `parse: cannot read ${path === '-' ? 'stdin' : shown(path)}: ${describeReadError(error)}`,
    );
  }
  const result = parseResponse(bytes, { section, ...(status !== undefined ? { status } : {}) });
  const translator = createTranslator({ locale, register });
  noteUnavailableLocale(translator, locale, io);
  if (values.json) io.stdoutRaw(jsonOutput(resultJson(result, translator)));
  else io.stdout(resultText(result, translator));
  return result.ok && result.itemErrors.length === 0 ? exitCodes.ok : exitCodes.errorExplained;
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return oneLine(error);
}

function errorJson(error: SmsPartnerError, translator: Translator) {
  return {
    ...error.toJSON(),
    text: translator.message(error.section, error.code),
    locale: translator.explain(error.section, error.code).locale,
    fieldTexts: translator.explainFields(error.section, error.fields),
  };
}

function resultJson(result: SmsPartnerResult, translator: Translator) {
  return {
    ok: result.ok,
    section: result.section ?? null,
    httpStatus: result.httpStatus ?? null,
    error: result.ok ? null : errorJson(result.error, translator),
    items: result.items.map(({ error, ...item }) => ({
      ...item,
      error: error ? errorJson(error, translator) : null,
    })),
  };
}

function describeError(error: SmsPartnerError, indent: string, translator: Translator): string[] {
  const lines: string[] = [];
  // What SMSPartner sent is escaped here, before the lines are joined: a newline in it must not start a line of ours.
  const code =
    error.code === undefined
      ? 'no code'
      : `code ${shown(error.code)}${error.key ? ` (${error.key})` : ' (not in the catalog)'}`;
  const http = error.httpStatus === undefined ? '' : `, HTTP ${error.httpStatus}`;
  lines.push(
    `${indent}${code}${http}, ${error.retryable ? 'retryable' : 'not retryable'}${error.reason === 'api-error' ? '' : `, ${error.reason}`}`,
  );
  if (error.apiMessage !== undefined)
    lines.push(`${indent}SMSPartner said: ${terminalText(error.apiMessage, MAX_LINE_LENGTH - 100)}`);
  const sentences = translator.explainFields(error.section, error.fields);
  error.fields.forEach((field, index) => {
    const sentence = sentences[index];
    lines.push(
      `${indent}- ${terminalText(field.field, 200) || '(no field)'}: ${terminalText(sentence?.text ?? field.message, 1000)}`,
    );
    if (field.message !== '')
      lines.push(
        `${indent}  SMSPartner said: ${terminalText(field.message, 1000)}${field.key ? ` (${terminalText(field.key, 200)})` : ''}`,
      );
  });
  return lines;
}

function resultText(result: SmsPartnerResult, translator: Translator): string {
  const lines: string[] = [];
  if (result.ok) {
    lines.push(
      `ok: SMSPartner answered success${result.code === undefined ? '' : ` (code ${shown(result.code)})`}`,
    );
  } else {
    lines.push(
      terminalText(translator.message(result.error.section, result.error.code)),
      ...describeError(result.error, '  ', translator),
    );
  }
  for (const item of result.itemErrors) {
    const who =
      item.phoneNumber !== undefined
        ? shown(item.phoneNumber)
        : item.messageId !== undefined
          ? `message ${shown(item.messageId)}`
          : `#${item.index}`;
    lines.push(
      `item ${item.index} (${who}): ${terminalText(translator.message(item.error.section, item.error.code))}`,
      ...describeError(item.error, '  ', translator),
    );
  }
  return `${lines.join('\n')}\n`;
}
