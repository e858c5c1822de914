import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import getReleasePlan from '@changesets/get-release-plan';
import parseChangesetFile from '@changesets/parse';
import type { Release, ReleasePlan } from '@changesets/types';

export interface ChangesetFile {
  /** The file name without `.md`, as changesets calls it. */
  readonly id: string;
  /** Path from the repository root (`.changeset/brave-owls-sing.md`). */
  readonly path: string;
  readonly summary: string;
  readonly releases: readonly Release[];
}

/** `.changeset/*.md` files other than the README: the changesets waiting for `changeset version`. */
export function changesetFileNames(root: string): string[] {
  const dir = join(root, '.changeset');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort();
}

export function parseChangeset(path: string, contents: string): ChangesetFile {
  let parsed: { summary: string; releases: Release[] };
  try {
    parsed = parseChangesetFile(contents);
  } catch (error) {
    throw new Error(`${path}: not a valid changeset (${(error as Error).message.split('\n')[0]}).`);
  }
  const id = path.replace(/^.*\//, '').replace(/\.md$/, '');
  return { id, path, summary: parsed.summary, releases: parsed.releases };
}

export function readChangesets(root: string): ChangesetFile[] {
  return changesetFileNames(root).map((name) => {
    const path = `.changeset/${name}`;
    return parseChangeset(path, readFileSync(join(root, path), 'utf8'));
  });
}

export interface MajorBump {
  readonly pending: boolean;
  /** The changesets that make the bump major (through a fixed group too). */
  readonly changesetIds: readonly string[];
}

/**
 * Whether the pending changesets release `packageName` as a major version,
 * computed by changesets itself, so fixed and linked groups of
 * `.changeset/config.json` count (a major of one fixed package is a major of
 * all of them).
 */
export async function pendingMajorBump(root: string, packageName: string): Promise<MajorBump> {
  if (changesetFileNames(root).length === 0) return { pending: false, changesetIds: [] };
  let plan: ReleasePlan;
  try {
    plan = await getReleasePlan(root);
  } catch (error) {
    throw new Error(`Cannot compute the release plan from .changeset/: ${(error as Error).message}`);
  }
  const release = plan.releases.find((candidate) => candidate.name === packageName);
  if (release?.type !== 'major') return { pending: false, changesetIds: [] };
  const majorIds = plan.changesets
    .filter((changeset) => changeset.releases.some((entry) => entry.type === 'major'))
    .map((changeset) => changeset.id);
  return { pending: true, changesetIds: majorIds.length > 0 ? majorIds : release.changesets };
}
