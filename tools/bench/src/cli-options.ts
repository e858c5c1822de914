import { parseArgs } from 'node:util';

export const speedUsage = 'Usage: pnpm bench [--rounds N] [--only <regexp>] [--no-cold-start] [--write]';

export interface SpeedOptions {
  /** Rounds of every benchmark (default 5); the median of their fastest samples is reported. */
  readonly rounds: number;
  /** The benchmarks whose id or group matches; all of them when absent. */
  readonly only: RegExp | undefined;
  readonly coldStart: boolean;
  /** Write the tables into BENCHMARKS.md. */
  readonly write: boolean;
}

/** `pnpm bench`'s options, or what is wrong with them in one line (the caller prints it with the usage). */
export function parseSpeedOptions(
  argv: readonly string[],
): { ok: true; options: SpeedOptions } | { ok: false; error: string } {
  let values: { rounds?: string; only?: string; 'no-cold-start'?: boolean; write?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        rounds: { type: 'string' },
        only: { type: 'string' },
        'no-cold-start': { type: 'boolean' },
        write: { type: 'boolean' },
      },
    }));
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const rounds = values.rounds === undefined ? 5 : Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1)
    return { ok: false, error: `--rounds expects a positive integer, got ${JSON.stringify(values.rounds)}` };
  let only: RegExp | undefined;
  if (values.only !== undefined)
    try {
      only = new RegExp(values.only);
    } catch (error) {
      return { ok: false, error: `--only expects a regular expression: ${(error as Error).message}` };
    }
  return {
    ok: true,
    options: { rounds, only, coldStart: values['no-cold-start'] !== true, write: values.write === true },
  };
}

/** `bench:size` and `bench:build`: `--no-write` (print the tables only), or what is wrong in one line. */
export function parseWriteOption(
  argv: readonly string[],
): { ok: true; write: boolean } | { ok: false; error: string } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { 'no-write': { type: 'boolean' } },
    });
    return { ok: true, write: values['no-write'] !== true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
