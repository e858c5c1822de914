import { describe, expect, it } from 'vitest';
import { describeFailure, runCommand } from './run-command.ts';

const node = (code: string, options: { input?: string; timeoutMs?: number } = {}) =>
  runCommand(process.execPath, ['-e', code], { cwd: process.cwd(), ...options });

describe('runCommand', () => {
  it('collects stdout and stderr, feeds stdin, and reports the exit code without throwing', async () => {
    const result = await node(
      'process.stdin.on("data", (d) => process.stdout.write(String(d).toUpperCase())); process.stdin.on("end", () => { console.error("done"); process.exitCode = 3; });',
      { input: 'hello' },
    );
    expect(result).toMatchObject({ exitCode: 3, stdout: 'HELLO', stderr: 'done\n' });
    expect(describeFailure(result)).toMatch(/exited with 3:\n {4}HELLO\n {4}done$/);
  });

  it('gives 127 for a command that cannot start and 124 for one that runs out of time', async () => {
    const missing = await runCommand('no-such-command-anywhere', [], { cwd: process.cwd() });
    expect(missing.exitCode).toBe(127);
    expect(missing.stderr).toContain('could not start no-such-command-anywhere');
    const slow = await node('setTimeout(() => {}, 10_000)', { timeoutMs: 200 });
    expect(slow.exitCode).toBe(124);
    expect(slow.stderr).toContain('timed out after 200 ms');
    expect(slow.durationMs).toBeLessThan(5_000);
  });
});
