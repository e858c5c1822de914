import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeFailure, runCommand } from './run-command.ts';

/** `owner/repo@<40 hex> # v1.2.3`: an action pinned to a full commit, with the version it is. */
const pinnedUse = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/;

/** Beyond the schema: actions pinned to a SHA with a version comment, least permissions, job timeouts. */
export function workflowPolicyProblems(path: string, text: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    const [, , action, comment] =
      /^\s*(?:-\s+)?uses:\s*(['"]?)([^'"\s#]+)\1\s*(?:#\s*(.*))?$/.exec(line) ?? [];
    if (!action || action.startsWith('./') || action.startsWith('docker://')) return;
    const where = `${path}:${index + 1}`;
    if (!pinnedUse.test(action)) {
      problems.push(
        `${where}: "${action}" must be pinned to a full 40-character commit SHA (owner/repo@<sha> # vX.Y.Z).`,
      );
    } else if (!comment || !/^v?\d+(\.\d+)*/.test(comment)) {
      problems.push(`${where}: "${action}" needs its version in a comment after the SHA (# vX.Y.Z).`);
    }
  });

  let workflow: {
    permissions?: unknown;
    jobs?: Record<string, { permissions?: unknown; 'timeout-minutes'?: unknown; uses?: unknown }>;
  };
  try {
    workflow = parseYaml(text) as typeof workflow;
  } catch (error) {
    return [...problems, `${path}: not valid YAML (${(error as Error).message.split('\n')[0]}).`];
  }
  // Only an object can have contents: read (not `read-all`, not a missing block).
  const top = workflow?.permissions as Record<string, unknown> | undefined;
  if (
    top?.contents !== 'read' ||
    !Object.values(top).every((level) => level === 'read' || level === 'none')
  ) {
    problems.push(
      `${path}: the top-level "permissions" must be read-only with "contents: read"; jobs that need more ask for it.`,
    );
  }
  for (const [jobId, job] of Object.entries(workflow?.jobs ?? {})) {
    if (job?.permissions === 'write-all') {
      problems.push(`${path}: job "${jobId}" asks for "write-all"; list only the scopes it needs.`);
    }
    if (job?.uses === undefined && typeof job?.['timeout-minutes'] !== 'number') {
      problems.push(`${path}: job "${jobId}" has no "timeout-minutes"; a stuck job would run for 6 hours.`);
    }
  }
  return problems;
}

/** Schema validation by @action-validator/cli plus the policy above, for every workflow file. */
export async function validateWorkflows(root: string, validatorBin: string): Promise<string[]> {
  const dir = join(root, '.github/workflows');
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)) : [];
  if (files.length === 0) return ['.github/workflows/ holds no workflow: expected ci.yml and release.yml.'];
  const problems: string[] = [];
  for (const file of files.sort().map((name) => `.github/workflows/${name}`)) {
    const result = await runCommand(validatorBin, [file], { cwd: root, timeoutMs: 60_000 });
    if (result.exitCode !== 0)
      problems.push(`${file}: action-validator rejected it: ${describeFailure(result)}`);
    problems.push(...workflowPolicyProblems(file, readFileSync(join(root, file), 'utf8')));
  }
  return problems;
}
