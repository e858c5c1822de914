import { x } from 'tinyexec';

export type CommandResult = Awaited<ReturnType<typeof runCommand>>;

/** Runs a command with tinyexec (no shell); never throws: 127 if it could not start, 124 if it timed out. */
export async function runCommand(
  file: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string },
) {
  const started = performance.now();
  const command = [file, ...args].join(' ');
  const child = x(file, args, {
    nodeOptions: { cwd: options.cwd, env: options.env ?? process.env },
    inheritEnv: false,
    nodePath: false,
    stdin: options.input ?? '',
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
  });
  const finish = (exitCode: number, stdout: string, stderr: string) => ({
    command,
    exitCode,
    stdout,
    stderr,
    durationMs: performance.now() - started,
  });
  try {
    const output = await child;
    return finish(output.exitCode ?? (child.signalCode ? 128 : 1), output.stdout, output.stderr);
  } catch (error) {
    const cause = (error as Error).cause;
    const timedOut = cause instanceof Error && cause.name === 'TimeoutError';
    return timedOut
      ? finish(124, '', `${command} timed out after ${options.timeoutMs} ms`)
      : finish(127, '', `could not start ${file}: ${(error as Error).message}`);
  }
}

/** The command, its exit code and the last 30 lines of its output: an error message that stays readable. */
export function describeFailure(result: CommandResult): string {
  const lines = `${result.stdout}\n${result.stderr}`.trim().split('\n');
  const output = (lines.length > 30 ? ['…', ...lines.slice(-30)] : lines).join('\n');
  return `\`${result.command}\` exited with ${result.exitCode}${output ? `:\n${indent(output)}` : ''}`;
}

export function indent(text: string, prefix = '    '): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n');
}

/** The environment for npm/pnpm children, without what pnpm injected for the running script, plus `extra`. */
export function cleanPackageManagerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const injected = /^(npm_|pnpm_|init_cwd$)/i;
  const own = Object.entries(process.env).filter(([name]) => !injected.test(name));
  return { ...Object.fromEntries(own), ...extra };
}
