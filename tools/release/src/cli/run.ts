/**
 * Runs one of the release tools: `node --import tsx tools/release/src/cli/run.ts <tool> [args]`.
 * Each tool module exports `main(argv): Promise<number>`, the exit code.
 * A failure is reported in one line (and the stack only with DEBUG set).
 */
const tools: Record<string, string> = {
  check: './check.ts',
  'keys-snapshot': './keys-snapshot.ts',
  'changeset-status': './changeset-status.ts',
  'changeset-messages': './changeset-messages.ts',
  publish: './publish.ts',
};

const [toolName, ...argv] = process.argv.slice(2);
const modulePath = toolName ? tools[toolName] : undefined;
if (!modulePath) {
  console.error(
    `Usage: run.ts <${Object.keys(tools).join('|')}> [options]; got ${JSON.stringify(toolName ?? '')}.`,
  );
  process.exitCode = 2;
} else {
  try {
    const tool = (await import(modulePath)) as {
      main(argv: string[]): Promise<number>;
    };
    process.exitCode = await tool.main(argv);
  } catch (error) {
    console.error(`${toolName} failed: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  }
}
