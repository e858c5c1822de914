import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeFailure, runCommand } from './run-command.ts';
import { print, printError } from './terminal.ts';
import { findRepoRoot } from './workspace.ts';

/**
 * Not `changeset publish`: pnpm 12 signs provenance only for `--provenance` (it ignores
 * `publishConfig.provenance`). `--recursive` skips versions already on the registry.
 */
export function publishArguments(provenance: boolean): string[] {
  return [
    'publish',
    '--recursive',
    '--access',
    'public',
    '--no-git-checks',
    '--report-summary',
    ...(provenance ? ['--provenance'] : []),
  ];
}

/** Provenance is on unless the environment turns it off explicitly (`NPM_CONFIG_PROVENANCE=false`). */
export function provenanceWanted(env: NodeJS.ProcessEnv): boolean {
  const setting = env.NPM_CONFIG_PROVENANCE ?? env.npm_config_provenance;
  return setting?.trim().toLowerCase() !== 'false';
}

export async function publishWorkspace(options: {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly changesetBin: string;
}): Promise<{ readonly ok: boolean; readonly message: string }> {
  const run = (file: string, args: string[], timeoutMs: number) =>
    runCommand(file, args, { cwd: options.cwd, env: options.env, timeoutMs });
  const publish = await run('pnpm', publishArguments(provenanceWanted(options.env)), 600_000);
  if (publish.exitCode !== 0)
    return { ok: false, message: `pnpm publish failed: ${describeFailure(publish)}` };
  const tag = await run(options.changesetBin, ['tag'], 120_000);
  if (tag.exitCode !== 0) return { ok: false, message: `changeset tag failed: ${describeFailure(tag)}` };
  return { ok: true, message: `${publish.stdout.trim()}\n${tag.stdout.trim()}`.trim() };
}

/** `pnpm release:publish`, run by release.yml: publishes what is not on the registry yet, then tags. */
export async function main(argv: string[]): Promise<number> {
  parseArgs({ args: argv, options: {} });
  const root = findRepoRoot();
  const changesetBin = join(root, 'node_modules/.bin/changeset');
  const result = await publishWorkspace({ cwd: root, env: process.env, changesetBin });
  (result.ok ? print : printError)(result.message);
  return result.ok ? 0 : 1;
}
