import { execFileSync } from 'node:child_process';

/** Runs git and returns its trimmed stdout, or `null` when git fails (not a repository, unknown ref...). */
export function git(cwd: string, args: readonly string[], env?: NodeJS.ProcessEnv): string | null {
  try {
    return execFileSync('git', args, {
      cwd,
      ...(env ? { env } : {}),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trimEnd();
  } catch {
    return null;
  }
}

export interface BaseRef {
  /** The ref as given or found (`origin/main`). */
  readonly ref: string;
  /** Where the current branch left it: the commit the working tree is compared with. */
  readonly mergeBase: string;
  /** Where the ref came from, for messages. */
  readonly source: string;
}

/**
 * The base a pull request is compared with. The first that resolves wins:
 * an explicit ref (`--base`), `RELEASE_BASE_REF`, `GITHUB_BASE_REF` (as
 * `origin/<branch>`, set by GitHub on pull_request events), `origin/main`,
 * `main`. Returns `null`, never throws, when none resolves or `cwd` is not a
 * git repository (a fresh one-branch clone, a tarball): callers then skip
 * the comparison and say so.
 */
export function resolveBaseRef(
  cwd: string,
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
): BaseRef | null {
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
