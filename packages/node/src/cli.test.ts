import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The CLI as a process (the source, run by tsx), with its stdout a real pipe or device: what a
 * shell gives it in `smspartner-i18n list --format json | head -1`.
 */
const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const packageDir = fileURLToPath(new URL('..', import.meta.url));

interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  readonly firstChunk: string;
}

function runCli(
  args: readonly string[],
  stdout: 'pipe' | number,
  onStdout?: (child: ReturnType<typeof spawn>) => void,
): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      cwd: packageDir,
      stdio: ['ignore', stdout, 'pipe'],
    });
    let stderr = '';
    let firstChunk = '';
    child.stderr!.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, firstChunk }));
    if (stdout === 'pipe') {
      child.stdout!.once('data', (chunk: Buffer) => {
        firstChunk = chunk.toString('utf8');
      });
      onStdout?.(child);
    }
  });
}

describe('the CLI on a closed or failing stdout', () => {
  it('ends quietly, with the command’s exit code, when the reader closes the pipe at once', async () => {
    const ended = await runCli(['list', '--format', 'json'], 'pipe', (child) => child.stdout!.destroy());
    expect(ended).toMatchObject({ code: 0, signal: null, stderr: '' });
  });

  it('ends quietly when the reader stops after the first chunk (`| head -1`)', async () => {
    const ended = await runCli(['list', '--format', 'json'], 'pipe', (child) =>
      child.stdout!.once('data', () => child.stdout!.destroy()),
    );
    expect(ended.firstChunk.startsWith('[\n  {')).toBe(true);
    expect(ended).toMatchObject({ code: 0, signal: null, stderr: '' });
  });

  it('keeps the exit code of an explained error on a closed pipe', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/insufficient-credit.json', import.meta.url));
    const ended = await runCli(['parse', fixture, '--section', 'sms.send'], 'pipe', (child) =>
      child.stdout!.destroy(),
    );
    expect(ended).toMatchObject({ code: 1, stderr: '' });
  });

  it('says so in one line and exits 2 when the output cannot be written (a full device)', async () => {
    const ended = await runCli(['list', '--format', 'json'], openSync('/dev/full', 'w'));
    expect(ended.code).toBe(2);
    expect(ended.stderr).toBe('smspartner-i18n: cannot write the output (ENOSPC)\n');
  });
});
