import { getChangedFilesSince } from '@changesets/git';
import readChangesets from '@changesets/read';
import { git, resolveBaseRef } from './git.ts';
import { localePackageName } from './message-changes.ts';
import { publicPackages } from './workspace.ts';

/** Files of a package that never reach its users, so changing them needs no release. */
const unreleasedFile = [
  /\.test\.[cm]?[jt]sx?$/,
  /\.test-d\.tsx?$/,
  /(^|\/)__snapshots__\//,
  /(^|\/)__fixtures__\//,
  /(^|\/)vitest\.config\.[cm]?[jt]s$/,
  /(^|\/)keys\.snapshot\.json$/, // the key-stability record, not shipped
  /(^|\/)CHANGELOG\.md$/, // written by `changeset version` itself
];

/** Which public packages the changed files release: files in a package folder, and `locales/<lng>/` for its locale pack. */
export function requiredReleases(
  changed: readonly string[],
  packages: ReadonlyArray<{ name: string; relativeDir: string }>,
) {
  const byName = new Map<string, string[]>();
  for (const path of changed) {
    if (unreleasedFile.some((pattern) => pattern.test(path))) continue;
    const locale = /^locales\/([^/]+)\/.+/.exec(path)?.[1];
    const owner =
      locale === undefined
        ? packages.find((pkg) => path.startsWith(`${pkg.relativeDir}/`))?.name
        : localePackageName(locale);
    // A locale folder releases its pack only when that pack is one of the public packages.
    if (owner !== undefined && packages.some((pkg) => pkg.name === owner))
      byName.set(owner, [...(byName.get(owner) ?? []), path]);
  }
  return [...byName]
    .map(([packageName, files]) => ({ packageName, files }))
    .sort((a, b) => a.packageName.localeCompare(b.packageName));
}

/**
 * For a pull request: every public package whose released files changed since the base is named by
 * a changeset added since then, or an added empty changeset says none needs a release.
 */
export async function checkChangesetRequirement(options: {
  readonly root: string;
  readonly baseRef?: string;
  readonly env?: NodeJS.ProcessEnv;
}) {
  const { root } = options;
  const base = resolveBaseRef(root, options.baseRef, options.env);
  const result = (status: 'skipped' | 'ok' | 'missing', text: string) => ({ status, base, messages: [text] });
  if (base === null) {
    return result(
      'skipped',
      'No base to compare with (no --base, RELEASE_BASE_REF, GITHUB_BASE_REF, origin/main or main, or not a git checkout): nothing to check.',
    );
  }
  const head = git(root, ['rev-parse', 'HEAD']);
  if (base.source !== '--base' && head === base.mergeBase && git(root, ['rev-parse', base.ref]) === head) {
    return result(
      'skipped',
      `HEAD is ${base.ref} itself: this is the base branch, not a pull request, so there is nothing to compare (pass --base <ref> to check uncommitted work).`,
    );
  }
  // What changesets sees (committed and uncommitted edits of tracked files), plus new files not added yet.
  const untracked = (git(root, ['ls-files', '--others', '--exclude-standard', '--full-name', '-z']) ?? '')
    .split('\0')
    .filter((path) => path !== '');
  const changed = new Set([
    ...(await getChangedFilesSince({ cwd: root, ref: base.mergeBase })),
    ...untracked,
  ]);
  const required = requiredReleases([...changed].sort(), publicPackages(root));
  const pending = await readChangesets(root).catch((error: Error) => {
    throw new Error(`.changeset/: a changeset cannot be read: ${error.message.split('\n')[0]}`);
  });
  const changesets = pending
    .map((changeset) => ({ ...changeset, path: `.changeset/${changeset.id}.md` }))
    .filter((changeset) => changed.has(changeset.path));
  const against = `${base.ref} (${base.mergeBase.slice(0, 7)}, from ${base.source})`;

  if (required.length === 0) {
    return result(
      'ok',
      `No released file of a public package changed since ${against}: no changeset needed.`,
    );
  }
  const empty = changesets.find((changeset) => changeset.releases.length === 0);
  if (empty) {
    return result(
      'ok',
      `${empty.path} is an empty changeset: the changes since ${against} are declared as needing no release.`,
    );
  }
  const named = new Set(changesets.flatMap((changeset) => changeset.releases.map((release) => release.name)));
  const missing = required.filter((release) => !named.has(release.packageName));
  if (missing.length === 0) {
    return result(
      'ok',
      `Every changed package since ${against} is named by a changeset (${changesets.map((changeset) => changeset.path).join(', ')}).`,
    );
  }
  const touchesLocales = missing.some((release) => release.files.some((path) => path.startsWith('locales/')));
  const lines = [
    `These packages changed since ${against} but no changeset added since then names them:`,
    ...missing.map((release) => {
      const shown = release.files.slice(0, 5).join(', ');
      const more = release.files.length > 5 ? ` and ${release.files.length - 5} more` : '';
      return `  - ${release.packageName}: ${shown}${more}`;
    }),
    'Add one with `pnpm changeset` (RELEASING.md explains which bump to pick), and commit the file it writes in .changeset/.',
    touchesLocales &&
      'For text changes, `pnpm changeset:messages` writes the changeset for you, listing the changed keys per locale.',
    'If the change needs no release (docs, tooling), add `pnpm changeset --empty` instead.',
  ];
  return result('missing', lines.filter(Boolean).join('\n'));
}
