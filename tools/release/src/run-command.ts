import { spawn } from 'node:child_process';

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
  /** Kill the command (and its children) after this long; the result then has exit code 124. */
  readonly timeoutMs?: number;
  readonly input?: string;
}

/**
 * Runs a command without a shell and collects its output. It never throws for
 * a failing command: callers decide, from the exit code, what a failure means.
 * The child leads its own process group so a timeout ends its children too.
 */
export function runCommand(
  file: string,
  args: readonly string[],
  options: RunOptions,
): Promise<CommandResult> {
  const started = performance.now();
  const command = [file, ...args].join(' ');
  return new Promise((resolvePromise) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
          }, options.timeoutMs);
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      resolvePromise({
        command,
        exitCode: 127,
        stdout,
        stderr: `${stderr}${stderr ? '\n' : ''}could not start ${file}: ${error.message}`,
        durationMs: performance.now() - started,
      });
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const exitCode = timedOut ? 124 : (code ?? (signal ? 128 : 1));
      resolvePromise({
        command,
        exitCode,
        stdout,
        stderr: timedOut ? `${stderr}\n${command} timed out after ${options.timeoutMs} ms` : stderr,
        durationMs: performance.now() - started,
      });
    });
    // A child that exits without reading its stdin (npm view) closes the pipe: its exit status says what happened.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** Sends SIGKILL to a whole process group started with `detached: true`; ignores one already gone. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has already exited.
  }
}

/** The last lines of a command's output, for an error message that stays readable. */
export function tail(text: string, lines = 30): string {
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
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('npm_') || lower.startsWith('pnpm_') || lower === 'init_cwd') continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}
