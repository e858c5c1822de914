import { x } from 'tinyexec';

export interface CommandResult {
  readonly command: string;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Kill the command after this long; the result then has exit code 124. */
  readonly timeoutMs?: number;
  readonly input?: string;
}

/**
 * Runs a command with tinyexec (no shell) and collects its output. It never
 * throws for a failing command: callers decide, from the exit code, what a
 * failure means (127: could not start, 124: timed out).
 */
export async function runCommand(
  file: string,
  args: readonly string[],
  options: RunOptions,
): Promise<CommandResult> {
  const started = performance.now();
  const command = [file, ...args].join(' ');
  const child = x(file, args, {
    nodeOptions: { cwd: options.cwd, env: options.env ?? process.env },
    inheritEnv: false,
    nodePath: false,
    stdin: options.input ?? '',
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
  });
  const finish = (exitCode: number, stdout: string, stderr: string): CommandResult => ({
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

/** The last lines of a command's output, for an error message that stays readable. */
function tail(text: string, lines = 30): string {
  const all = text.trimEnd().split('\n');
  return (all.length > lines ? ['…', ...all.slice(-lines)] : all).join('\n');
}

export function describeFailure(result: CommandResult): string {
  const output = tail(`${result.stdout}\n${result.stderr}`.trim());
  return `\`${result.command}\` exited with ${result.exitCode}${output ? `:\n${indent(output)}` : ''}`;
}

export function indent(text: string, prefix = '    '): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n');
}

/**
 * The environment for npm/pnpm children: what pnpm injected for the running
 * script (`npm_config_*`, `npm_package_*`, `npm_lifecycle_*`, `PNPM_*`) is
 * removed so a child sees the user's own configuration and nothing of the
 * workspace it was started from, then `extra` is added.
 */
export function cleanPackageManagerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const injected = /^(npm_|pnpm_|init_cwd$)/i;
  const own = Object.entries(process.env).filter(([name]) => !injected.test(name));
  return { ...Object.fromEntries(own), ...extra };
}
