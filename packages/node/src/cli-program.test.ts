import { readFileSync } from 'node:fs';
import { entries, sections } from '@smspartner-i18n/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CliIo, csvField, exitCodes, runCli } from './cli-program.ts';
import { readLocaleText } from './test-helpers.ts';

const fixturePath = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

async function run(args: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readInput: async (path, maxBytes) => {
      const bytes = path === '-' ? new TextEncoder().encode(stdin ?? '') : readFileSync(path);
      return bytes.subarray(0, maxBytes + 1);
    },
    stdinIsTerminal: stdin === undefined,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) to check what `list --format csv` writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  return rows;
}

describe('smspartner-i18n explain', () => {
  it('prints the French friendly and official sentences', async () => {
    expect(await run(['explain', 'sms.send', '11', '--locale', 'fr'])).toEqual({
      code: 0,
      stdout: `${readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit')}\n`,
      stderr: '',
    });
    expect(
      (await run(['explain', 'sms.send', '11', '--locale', 'fr', '--register', 'official'])).stdout,
    ).toBe('Crédit insuffisant\n');
  });

  it('takes the section as --section too, as list and parse do', async () => {
    const positional = await run(['explain', 'sms.send', '11', '--locale', 'fr']);
    expect(await run(['explain', '--section', 'sms.send', '11', '--locale', 'fr'])).toEqual(positional);
    expect(await run(['explain', '11', '--section', 'sms.send', '--locale', 'fr'])).toEqual(positional);
  });

  it('reads a code written as a JSON number (11.0) as that number, as a response body would give it', async () => {
    const expected = await run(['explain', 'sms.send', '11']);
    expect(expected.stdout).toBe(`${readLocaleText('en', 'friendly', 'sms.send.insufficientCredit')}\n`);
    expect(await run(['explain', 'sms.send', '11.0'])).toEqual(expected);
    expect(await run(['explain', 'sms.send', ' 11.00 '])).toEqual(expected);
    expect(JSON.parse((await run(['explain', 'sms.send', '11.0', '--json'])).stdout)).toMatchObject({
      code: 11,
      key: 'sms.send.insufficientCredit',
      matched: 'exact',
    });
    // Not an integer, so no code: the section's text, and a note that names the argument as given.
    const fraction = await run(['explain', 'sms.send', '11.5']);
    expect(fraction.stdout).toBe(`${readLocaleText('en', 'friendly', 'sms.send.unknownCode')}\n`);
    expect(fraction.stderr).toContain('note: sms.send has no code "11.5" in the catalog');
  });

  it('names an unknown option in balanced quotes, with the options there are', async () => {
    for (const [args, option] of [
      [['explain', 'sms.send', '11', '--colour=red'], '--colour'],
      [['parse', '-', '--section', 'sms.send', '--nope'], '--nope'],
      [['list', '-q'], '-q'],
    ] as const) {
      const { code, stderr } = await run([...args]);
      expect(code).toBe(exitCodes.usage);
      expect(stderr).toContain(`unknown option "${option}"; expected --help, --section`);
      expect(stderr.split('"').length % 2, stderr).toBe(1);
      expect(stderr).not.toContain("'");
    }
  });

  it('prints JSON with the match and the catalog entry', async () => {
    const { code, stdout } = await run(['explain', 'vms', 'not_credit', '--json', '--locale', 'fr-CA']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      section: 'vms',
      code: 'NOT_CREDIT',
      key: 'vms.insufficientCredit',
      locale: 'fr',
      matched: 'exact',
      register: 'friendly',
      entry: { category: 'credit', retryable: false },
    });
  });

  it('explains an unknown code with the section text and says so on stderr', async () => {
    const { code, stdout, stderr } = await run(['explain', 'sms.send', '9999']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${readLocaleText('en', 'friendly', 'sms.send.unknownCode')}\n`);
    expect(stderr).toBe(
      'note: sms.send has no code "9999" in the catalog; showing the section\'s generic text\n',
    );
    expect((await run(['explain', 'sms.send', '11', '--locale', 'de'])).stderr).toBe(
      'note: no texts for de; showing English\n',
    );
  });

  it.each([
    [['explain'], 'explain: expected <section> <code>, got 0 argument(s) (see explain --help)'],
    [['explain', 'sms.sned', '11'], 'explain: unknown section "sms.sned"; expected one of: sms.send,'],
    [
      ['explain', 'sms.send', '11', '--register', 'rude'],
      'explain: --register must be official or friendly, not "rude"',
    ],
    [['explain', 'sms.send', '11', '--locale', '!!'], 'explain: --locale "!!" is not a locale tag'],
    [
      ['explain', 'sms.send', '11', '--colour'],
      'explain: unknown option "--colour"; expected --help, --section, --locale, --register, --json (see explain --help)',
    ],
    [
      ['list', '-x'],
      'list: unknown option "-x"; expected --help, --section, --locale, --register, --format (see list --help)',
    ],
    [
      ['explain', '--section', 'sms.send', 'sms.send', '11'],
      'explain: with --section, expected only <code>, got 2',
    ],
    [['explain', '--section', 'sms.sned', '11'], 'explain: unknown section "sms.sned"'],
    [['frobnicate'], 'unknown command "frobnicate"; expected explain, list or parse'],
    [['list', '--format', 'xml'], 'list: --format must be table, json or csv, not "xml"'],
    [['parse', 'x.json'], 'parse: --section is required'],
    [['parse', '--section', 'sms.send'], 'parse: no input; give a file, or pipe a response body into stdin'],
    [
      ['parse', '/no/such/file.json', '--section', 'sms.send'],
      'parse: cannot read /no/such/file.json: no such file',
    ],
    [['parse', '-', '--section', 'sms.send', '--status', 'abc'], 'parse: --status must be an HTTP status'],
  ])('rejects %j with one line on stderr and exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(exitCodes.usage);
    expect(stdout).toBe('');
    expect(stderr.startsWith(`smspartner-i18n: ${message}`)).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('has help for the program and each command', async () => {
    expect(await run(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Exit codes: 0 done: a code was explained'),
    });
    for (const command of ['explain', 'list', 'parse']) {
      const { code, stdout } = await run([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: smspartner-i18n ${command} `));
    }
    expect(await run([])).toMatchObject({ code: 2, stdout: expect.stringContaining('Usage:') });
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('smspartner-i18n list', () => {
  it('lists every entry as JSON with its text', async () => {
    const { code, stdout } = await run(['list', '--format', 'json', '--locale', 'fr']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { key: string; text: string }[];
    expect(rows).toHaveLength(entries.length);
    expect(rows.find((row) => row.key === 'sms.send.insufficientCredit')?.text).toBe(
      readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit'),
    );
  });

  it('writes CSV that an RFC 4180 reader reads back to the same texts', async () => {
    const { stdout } = await run([
      'list',
      '--format',
      'csv',
      '--section',
      'sms.send',
      '--locale',
      'fr',
      '--register',
      'official',
    ]);
    const rows = parseCsv(stdout);
    expect(rows[0]).toEqual(['section', 'code', 'key', 'kind', 'category', 'fixableBy', 'retryable', 'text']);
    const size = sections.find((section) => section.id === 'sms.send')!.size;
    expect(rows).toHaveLength(size + 1);
    const json = JSON.parse(
      (
        await run([
          'list',
          '--format',
          'json',
          '--section',
          'sms.send',
          '--locale',
          'fr',
          '--register',
          'official',
        ])
      ).stdout,
    ) as Record<string, unknown>[];
    expect(rows.slice(1).map((row) => row[7])).toEqual(json.map((row) => row['text']));
    expect(rows.slice(1).map((row) => row[2])).toEqual(json.map((row) => row['key']));
  });

  it('quotes CSV fields exactly when RFC 4180 requires it', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(42)).toBe('42');
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (fields) => {
        expect(parseCsv(`${fields.map(csvField).join(',')}\r\n`)).toEqual([fields]);
      }),
    );
  });

  it('prints an aligned table', async () => {
    const { stdout } = await run(['list', '--section', 'sms.cancel']);
    const [header, ...lines] = stdout.trimEnd().split('\n');
    expect(header).toMatch(/^section\s+code\s+key\s+kind\s+category\s+fixableBy\s+retryable\s+text$/);
    expect(lines).toHaveLength(sections.find((section) => section.id === 'sms.cancel')!.size);
    const keyColumn = header!.indexOf('key');
    for (const line of lines) expect(line.slice(keyColumn)).toMatch(/^sms\.cancel\.\w+ /);
  });
});

describe('smspartner-i18n parse', () => {
  it('explains an error body in French and exits 1', async () => {
    const { code, stdout } = await run([
      'parse',
      fixturePath('insufficient-credit.json'),
      '--section',
      'sms.send',
      '--locale',
      'fr',
    ]);
    expect(code).toBe(exitCodes.errorExplained);
    expect(stdout).toBe(
      [
        readLocaleText('fr', 'friendly', 'sms.send.insufficientCredit'),
        '  code 11 (sms.send.insufficientCredit), not retryable',
        '  SMSPartner said: Crédit insuffisant',
        '',
      ].join('\n'),
    );
  });

  it('lists the fields of a validation error read from stdin', async () => {
    const body = readFileSync(fixturePath('validation-error.json'), 'utf8');
    const { code, stdout } = await run(['parse', '-', '--section', 'sms.send', '--status', '400'], body);
    expect(code).toBe(1);
    expect(stdout).toContain('  code 9 (sms.send.validationFailed), HTTP 400, not retryable\n');
    expect(stdout).toContain(
      '  - phoneNumbers: The phone number 922264 is not valid. Check it, with its country code, and try again.\n',
    );
    expect(stdout).toContain(
      "    SMSPartner said: Ce numero de telephone n'est pas valide (922264) (sms.send.fields.phoneNumbers.invalid)\n",
    );
    const french = await run(['parse', '-', '--section', 'sms.send', '--locale', 'fr'], body);
    expect(french.stdout).toContain(
      '  - sender: Le nom d’expéditeur est trop long\u00a0: il peut compter au plus 11\u00a0caractères. Raccourcissez-le, puis renvoyez le message.\n',
    );
    const json = JSON.parse((await run(['parse', '-', '--section', 'sms.send', '--json'], body)).stdout);
    expect(json.error.fieldTexts[0]).toEqual({
      field: 'message',
      key: 'sms.send.fields.message.required',
      text: 'The message text is missing. Write it, then send again.',
      locale: 'en',
    });
  });

  it('exits 0 for a success, 1 for per-item errors, and prints JSON on request', async () => {
    expect(await run(['parse', fixturePath('success-send.json'), '--section', 'sms.send'])).toEqual({
      code: 0,
      stdout: 'ok: SMSPartner answered success (code 200)\n',
      stderr: '',
    });
    const items = await run(['parse', fixturePath('multi-status.json'), '--section', 'sms.status', '--json']);
    expect(items.code).toBe(1);
    const json = JSON.parse(items.stdout);
    expect(json).toMatchObject({ ok: true, error: null });
    expect(json.items[1]).toMatchObject({
      ok: false,
      phoneNumber: '+33699999992',
      error: { key: 'sms.status.messageNotFound', apiMessage: 'Numéro introuvable' },
    });
  });

  it('explains an HTML error page or an empty 429 as what it is', async () => {
    const html = await run([
      'parse',
      fixturePath('gateway-error.html.txt'),
      '--section',
      'sms.send',
      '--status',
      '502',
    ]);
    expect(html.code).toBe(1);
    expect(html.stdout).toContain('  no code, HTTP 502, retryable, not-json\n');
    const empty = await run(['parse', '-', '--section', 'mail', '--status', '429', '--locale', 'fr'], '');
    expect(empty.stdout).toBe(
      `${readLocaleText('fr', 'friendly', 'mail.unknownCode')}\n  no code, HTTP 429, retryable, empty-body\n`,
    );
  });
});

describe('the CLI, whatever it is given', () => {
  it('never rejects, exits 0, 1 or 2, and reports a failure in one line', async () => {
    const words = fc.oneof(
      fc.constantFrom(
        'explain',
        'list',
        'parse',
        '--help',
        '--json',
        '--locale',
        'fr',
        '--register',
        'official',
        '--format',
        'csv',
        '--section',
        'sms.send',
        '--status',
        '429',
        '11',
        '-',
      ),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(words, { maxLength: 6 }), fc.option(fc.string()), async (args, stdin) => {
        const { code, stdout, stderr } = await run(args, stdin ?? undefined);
        expect([0, 1, 2]).toContain(code);
        expect(stdout).not.toMatch(/undefined|\[object Object\]/);
        if (code === 2 && stdout === '') expect(stderr).toMatch(/^smspartner-i18n: [^\n]+\n$/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('what the CLI writes to a terminal', () => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  const unsafe = /[\0-\t\v-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/;
  const hostile = 'Cr\u00e9dit\x1B]0;owned\x07\r\n\x1B[2J\u009B2J\u202Eevil\u2028end';
  const body = JSON.stringify({
    success: false,
    code: 9,
    message: hostile,
    error: [{ elementId: `children[phone${hostile}].data`, message: hostile }],
    StatutResponse_List: [{ phoneNumber: `+33${hostile}`, success: false, code: 10, status: hostile }],
  });

  it('escapes what SMSPartner sent in text mode: no control character, escape sequence or bidi control, one line each', async () => {
    const { code, stdout, stderr } = await run(['parse', '-', '--section', 'sms.send'], body);
    expect(code).toBe(exitCodes.errorExplained);
    expect(stdout).not.toMatch(unsafe);
    expect(stderr).not.toMatch(unsafe);
    expect(stdout).toContain(
      'SMSPartner said: Crédit\\x1B]0;owned\\x07\\r\\n\\x1B[2J\\u009B2J\\u202Eevil\\u2028end',
    );
    // Every value stays on its line: no line of the output starts with what SMSPartner sent.
    for (const line of stdout.split('\n')) expect(line).not.toMatch(/^\\x1B\[2J/);
  });

  it('keeps --json exact: the same values come back from JSON.parse, with C1 and bidi controls escaped', async () => {
    const { stdout } = await run(['parse', '-', '--section', 'sms.send', '--json'], body);
    expect(stdout).not.toMatch(unsafe);
    const result = JSON.parse(stdout);
    expect(result.error.apiMessage).toBe(hostile);
    expect(result.items[0].status).toBe(hostile);
    expect(stdout).toContain('\\u009B2J\\u202Eevil\\u2028end');
  });

  it('caps what it echoes: a 128 KB code gives a short note', async () => {
    const code = `9${'\x1B[2J'.repeat(32 * 1024)}`;
    const { stdout, stderr } = await run(['explain', 'sms.send', code]);
    expect(stderr.length).toBeLessThan(200);
    expect(stderr).not.toMatch(unsafe);
    expect(stderr.startsWith('note: sms.send has no code "9\\x1B[2J')).toBe(true);
    expect(stdout).toBe(`${readLocaleText('en', 'friendly', 'sms.send.unknownCode')}\n`);
  });

  it('escapes a hostile option value in a usage error', async () => {
    const { code, stderr } = await run(['list', '--locale', '\x1B]0;x\x07\n']);
    expect(code).toBe(exitCodes.usage);
    expect(stderr).not.toMatch(unsafe);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe("the README's CLI section", () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const cli = readme.slice(readme.indexOf('## CLI'));
  /** The exit-code table: code → meaning, as the README words it. */
  const exitTable = [...cli.matchAll(/^\| (\d) +\| (.+?) +\|$/gm)].map(
    ([, code, meaning]) => [Number(code), meaning!.replaceAll('`', '')] as const,
  );

  it('has the exit codes the program uses', () => {
    expect(exitTable.map(([code]) => code)).toEqual(Object.values(exitCodes));
  });

  it('and the top-level help say the same about each exit code', async () => {
    const { stdout } = await run(['--help']);
    for (const [code, meaning] of exitTable)
      expect(stdout).toContain(`${code} ${meaning.replace(/; one line on stderr$/, '')}`);
  });

  it("and each command's help agree on which commands exit 1", async () => {
    const exitOne = exitTable.find(([code]) => code === exitCodes.errorExplained)![1];
    for (const command of ['explain', 'list', 'parse']) {
      const help = (await run([command, '--help'])).stdout;
      const line = help.split('\n').find((text) => text.startsWith('Exit codes:'))!;
      expect(/\b1 /.test(line), `${command} --help: ${line}`).toBe(exitOne.startsWith(`${command} `));
    }
  });

  it('has examples that run as shown and exit as its table says', async () => {
    const block = /```sh\n([\s\S]*?)```/.exec(cli)![1]!;
    const lines = block.split('\n');
    const examples = lines.flatMap((line, index) => {
      const match = /^(curl [^|]*\| )?npx smspartner-i18n (.+?)(?: > \S+)?$/.exec(line);
      if (!match) return [];
      const shown = lines[index + 1]?.startsWith('# ') ? `${lines[index + 1]!.slice(2)}\n` : undefined;
      return [{ piped: match[1] !== undefined, args: match[2]!.split(' '), shown }];
    });
    expect(examples.length).toBeGreaterThanOrEqual(5);
    const errorBody = readFileSync(fixturePath('insufficient-credit.json'), 'utf8');
    for (const { piped, args, shown } of examples) {
      // The README's placeholders: a body piped in from curl (an error), or a file (a success).
      const realArgs = args.map((arg) =>
        arg === 'response.json' ? fixturePath('success-message-status.json') : arg,
      );
      const result = await run(realArgs, piped ? errorBody : undefined);
      const expectedCode = args[0] === 'parse' && piped ? exitCodes.errorExplained : exitCodes.ok;
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(expectedCode);
      expect(result.stdout).not.toBe('');
      if (shown !== undefined) expect(result.stdout, args.join(' ')).toBe(shown);
    }
  });
});
