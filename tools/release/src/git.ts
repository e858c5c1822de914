import { execFileSync } from 'node:child_process';

/** Who makes the commits of the scratch repositories the release tools create (the rehearsal, test workspaces). */
export const gitIdentity = {
  GIT_AUTHOR_NAME: 'smspartner-i18n release tools',
  GIT_AUTHOR_EMAIL: 'release-tools@example.invalid',
  GIT_COMMITTER_NAME: 'smspartner-i18n release tools',
  GIT_COMMITTER_EMAIL: 'release-tools@example.invalid',
};

/** Runs git and returns its trimmed stdout, or `null` when git fails (not a repository, unknown ref...). */
export function git(cwd: string, args: readonly string[], env?: NodeJS.ProcessEnv): string | null {
  try {
    return execFileSync('git', args, {
      cwd,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trimEnd();
  } catch {
    return null;
  }
}

/**
 * The base a pull request is compared with, with where HEAD left it (`mergeBase`) and where the ref
 * came from (`source`); `null` when no candidate resolves or `cwd` is not a git repository.
 */
export function resolveBaseRef(cwd: string, explicit?: string, env: NodeJS.ProcessEnv = process.env) {
  const candidates: Array<[string, string]> = [];
  if (explicit) candidates.push([explicit, '--base']);
  if (env.RELEASE_BASE_REF) candidates.push([env.RELEASE_BASE_REF, 'RELEASE_BASE_REF']);
  if (env.GITHUB_BASE_REF) candidates.push([`origin/${env.GITHUB_BASE_REF}`, 'GITHUB_BASE_REF']);
  candidates.push(['origin/main', 'default'], ['main', 'default']);
  if (git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD']) === null) return null;
  for (const [ref, source] of candidates) {
    if (git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) === null) continue;
    const mergeBase = git(cwd, ['merge-base', ref, 'HEAD']);
    if (mergeBase) return { ref, mergeBase, source };
  }
  return null;
}
