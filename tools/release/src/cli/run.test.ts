import { x } from 'tinyexec';
import { describe, expect, it } from 'vitest';

const runTs = new URL('./run.ts', import.meta.url).pathname;

async function run(...args: string[]) {
  const result = await x(process.execPath, ['--import', 'tsx', runTs, ...args], { throwOnError: false });
  return { exitCode: result.exitCode, stderr: result.stderr.trim() };
}

describe('run.ts', () => {
  it('shows a tool name with control characters escaped, C1 ones too', async () => {
    expect(await run('x\u009b2J\u202e')).toEqual({
      exitCode: 2,
      stderr:
        'Usage: run.ts <check|keys-snapshot|changeset-status|changeset-messages|publish> [options]; got "x\\u009B2J\\u202E".',
    });
  });

  it.each(['constructor', 'toString', '__proto__', 'nope'])(
    'answers the unknown tool %j with its usage and exit 2',
    async (tool) => {
      expect(await run(tool)).toEqual({
        exitCode: 2,
        stderr: `Usage: run.ts <check|keys-snapshot|changeset-status|changeset-messages|publish> [options]; got ${JSON.stringify(tool)}.`,
      });
    },
  );
});
