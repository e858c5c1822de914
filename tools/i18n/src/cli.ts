import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { terminalLines } from '@smspartner-i18n/core/internal';
import { checkLocales, formatProblem, summarize } from './check.ts';
import { defaultLocalesDir, defaultPackagesDir } from './paths.ts';
import { writeSchemas } from './schema.ts';

const usage = `Usage: smspartner-i18n-tools <command> [options]

Commands:
  check                      check every file of locales/ (exit 1 on errors)
  schema                     write locales/schema/*.schema.json from the catalog
  generate --locale <lng>    build packages/locale-<lng>/generated from locales/<lng>
  generate --pseudo <tag> --from <lng> --package <dir>
                             build a pseudo-locale pack (formatjs --pseudo-locale)
  add-locale <lng>           scaffold locales/<lng>/ and packages/locale-<lng>/
  export <lng> --format xliff [--out <file>]
                             write the language's texts as XLIFF 2.0 (English source,
                             translator context as notes); to stdout without --out
  import <file>              write the targets of an XLIFF 2.0 file back into
                             locales/<trgLang>/ (checked first; nothing is written on errors)

Options:
  --locales <dir>            the locales folder (default: the repository's locales/)
  --packages <dir>           where locale packages live (default: packages/)
  -h, --help                 show this help`;

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
}

/** What a command runs with: the folders, the options, the output and how it shows a path. */
export interface CommandContext {
  readonly localesDir: string;
  readonly packagesDir: string;
  readonly values: CliValues;
  readonly io: Io;
  readonly shown: (file: string) => string;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
};

/** Text escaped line by line: what a command prints (typed values, paths, names read from disk) cannot drive the terminal. */
const safeLines = (text: string) => terminalLines(text, Number.POSITIVE_INFINITY);

/** Runs one command; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], rawIo: Io = defaultIo): Promise<number> {
  // Every message goes through `safeLines`; only the XLIFF document written to stdout is data, as is.
  const io: Io = {
    ...rawIo,
    out: (text) => rawIo.out(safeLines(text)),
    err: (text) => rawIo.err(safeLines(text)),
  };
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    (values.help ? io.out : io.err)(usage);
    return values.help ? 0 : 2;
  }
  const localesDir = resolve(io.cwd, values.locales ?? defaultLocalesDir);
  const packagesDir = resolve(io.cwd, values.packages ?? defaultPackagesDir);
  const shown = (file: string) => relative(io.cwd, file) || file;
  const context = { localesDir, packagesDir, values, io, shown };

  switch (command) {
    case 'check': {
      const result = checkLocales({ localesDir });
      for (const problem of result.problems)
        (problem.severity === 'error' ? io.err : io.out)(formatProblem(problem, shown));
      io.out(summarize(result));
      return result.problems.some((problem) => problem.severity === 'error') ? 1 : 0;
    }
    case 'schema': {
      io.out(`wrote ${writeSchemas(localesDir)} schemas to ${shown(resolve(localesDir, 'schema'))}`);
      return 0;
    }
    case 'generate': {
      const { generateCommand } = await import('./generate.ts');
      return generateCommand(context);
    }
    case 'export': {
      const { exportXliff, XliffError } = await import('./xliff.ts');
      const locale = rest[0];
      if (locale === undefined || (values.format ?? 'xliff') !== 'xliff') {
        io.err(
          locale === undefined
            ? 'export: give the language: export <lng> --format xliff --out <file>'
            : `export: unknown format "${values.format}"; the only format is xliff`,
        );
        return 2;
      }
      try {
        const xml = exportXliff({ localesDir, locale });
        if (values.out === undefined) rawIo.out(xml.trimEnd());
        else {
          writeFileSync(resolve(io.cwd, values.out), xml);
          io.out(`wrote ${shown(resolve(io.cwd, values.out))} (XLIFF 2.0, en → ${locale})`);
        }
        return 0;
      } catch (error) {
        if (!(error instanceof XliffError)) throw error;
        io.err(`export: ${error.message}`);
        return 1;
      }
    }
    case 'import': {
      const { importXliff, XliffError } = await import('./xliff.ts');
      const file = rest[0];
      if (file === undefined || !existsSync(resolve(io.cwd, file))) {
        io.err(
          file === undefined
            ? 'import: give the XLIFF file: import <file>'
            : `import: ${file} does not exist`,
        );
        return 2;
      }
      try {
        const result = importXliff({ localesDir, xml: readFileSync(resolve(io.cwd, file), 'utf8') });
        io.out(
          `imported ${result.changed.length} changed text(s) into ${shown(resolve(localesDir, result.locale))} (${result.files.length} file(s) written, ${result.skipped.length} unit(s) locked or without a target)`,
        );
        return 0;
      } catch (error) {
        if (!(error instanceof XliffError)) throw error;
        io.err(`import: ${error.message}`);
        return 1;
      }
    }
    case 'add-locale': {
      const { addLocaleCommand } = await import('./add-locale.ts');
      return addLocaleCommand(context, rest[0]);
    }
    default:
      io.err(`unknown command "${command}"\n\n${usage}`);
      return 2;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      locales: { type: 'string' },
      packages: { type: 'string' },
      locale: { type: 'string' },
      pseudo: { type: 'string' },
      from: { type: 'string' },
      package: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

export type CliValues = ReturnType<typeof parse>['values'];
