/**
 * `run.ts <tool> [args]`: each tool module exports `main(argv)`, which resolves to the exit code;
 * the arguments listed after a module come before the user's. A failure is one line (the stack with DEBUG).
 */
import { terminalJson } from '@smspartner-i18n/core/internal';
import { printError } from '../terminal.ts';

const tools = new Map<string, readonly [string, ...string[]]>([
  ['check', ['./check.ts']],
  ['keys-snapshot', ['./check.ts', 'keys']],
  ['changeset-status', ['./check.ts', 'changesets']],
  ['changeset-messages', ['./changeset-messages.ts']],
  ['publish', ['../publish.ts']],
]);

const [toolName, ...argv] = process.argv.slice(2);
const [modulePath, ...toolArgs] = (toolName === undefined ? undefined : tools.get(toolName)) ?? [];
if (!modulePath) {
  printError(
    `Usage: run.ts <${[...tools.keys()].join('|')}> [options]; got ${terminalJson(toolName ?? '', 0)}.`,
  );
  process.exitCode = 2;
} else {
  try {
    const tool = (await import(modulePath)) as { main(argv: string[]): Promise<number> };
    process.exitCode = await tool.main([...toolArgs, ...argv]);
  } catch (error) {
    printError(`${toolName} failed: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG && error instanceof Error) printError(error.stack ?? '');
    process.exitCode = 1;
  }
}
