import { type CommandResult, describeFailure, runCommand } from './run-command.ts';

/**
 * Why not `changeset publish`: it runs `pnpm publish` for each package with
 * flags of its own, and pnpm 12 signs provenance only for the
 * `--provenance` flag (it ignores `publishConfig.provenance` and
 * `NPM_CONFIG_PROVENANCE`). So the release publishes with
 * `pnpm publish --recursive --provenance` (which, like `changeset publish`,
 * skips versions already on the registry and rewrites `workspace:` ranges),
 * then `changeset tag` creates the git tags and prints the "New tag:" lines
 * the changesets action turns into GitHub releases.
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

export interface PublishResult {
  readonly ok: boolean;
  readonly publish: CommandResult;
  readonly tag?: CommandResult;
  readonly message: string;
}

export async function publishWorkspace(options: {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly changesetBin: string;
  readonly provenance: boolean;
}): Promise<PublishResult> {
  const publish = await runCommand('pnpm', publishArguments(options.provenance), {
    cwd: options.cwd,
    env: options.env,
    timeoutMs: 600_000,
  });
  if (publish.exitCode !== 0) {
    return { ok: false, publish, message: `pnpm publish failed: ${describeFailure(publish)}` };
  }
  const tag = await runCommand(options.changesetBin, ['tag'], {
    cwd: options.cwd,
    env: options.env,
    timeoutMs: 120_000,
  });
  if (tag.exitCode !== 0) {
    return { ok: false, publish, tag, message: `changeset tag failed: ${describeFailure(tag)}` };
  }
  return { ok: true, publish, tag, message: `${publish.stdout.trim()}\n${tag.stdout.trim()}`.trim() };
}
