import { describe, expect, it } from 'vitest';
import { parseSpeedOptions, parseWriteOption } from './cli-options.ts';

describe('parseSpeedOptions', () => {
  it('reads the defaults and every option', () => {
    expect(parseSpeedOptions([])).toEqual({
      ok: true,
      options: { rounds: 5, only: undefined, coldStart: true, write: false },
    });
    expect(parseSpeedOptions(['--rounds', '9', '--only', '^peer-', '--no-cold-start', '--write'])).toEqual({
      ok: true,
      options: { rounds: 9, only: /^peer-/, coldStart: false, write: true },
    });
  });

  it.each([
    [['--rounds', 'x'], '--rounds expects a positive integer, got "x"'],
    [['--rounds', '0'], '--rounds expects a positive integer, got "0"'],
    [['--rounds', '2.5'], '--rounds expects a positive integer, got "2.5"'],
    [
      ['--only', '('],
      '--only expects a regular expression: Invalid regular expression: /(/: Unterminated group',
    ],
    [['--round', '9'], "Unknown option '--round'"],
    [['static'], "Unexpected argument 'static'"],
    [['--only'], "Option '--only <value>' argument missing"],
  ])('refuses %j in one line', (argv, error) => {
    const parsed = parseSpeedOptions(argv);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(error);
  });
});

describe('parseWriteOption', () => {
  it('writes unless told --no-write, and refuses anything else', () => {
    expect(parseWriteOption([])).toEqual({ ok: true, write: true });
    expect(parseWriteOption(['--no-write'])).toEqual({ ok: true, write: false });
    expect(parseWriteOption(['--nowrite'])).toEqual({
      ok: false,
      error: expect.stringContaining("Unknown option '--nowrite'"),
    });
  });
});
