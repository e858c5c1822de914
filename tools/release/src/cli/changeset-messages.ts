import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveBaseRef } from '../git.ts';
import {
  diffLocaleMessages,
  readCommitMessages,
  readWorkingTreeMessages,
  renderMessagesChangeset,
} from '../message-changes.ts';
import { print, printError } from '../terminal.ts';
import { findRepoRoot, publicPackages } from '../workspace.ts';

/** `pnpm changeset:messages [--base <ref>] [--dry-run]`: a changeset of the keys changed since the base. */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { base: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
  });
  const root = findRepoRoot();
  const base = resolveBaseRef(root, values.base);
  if (base === null) {
    printError(
      'No base to compare the texts with: pass --base <ref> (a branch, tag or commit where the texts were last released).',
    );
    return 2;
  }
  const changes = diffLocaleMessages(readCommitMessages(root, base.mergeBase), readWorkingTreeMessages(root));
  if (changes.length === 0) {
    print(
      `No text in locales/ differs from ${base.ref} (${base.mergeBase.slice(0, 7)}): no changeset written.`,
    );
    return 0;
  }
  const text = renderMessagesChangeset(changes, new Set(publicPackages(root).map((pkg) => pkg.name)));
  if (values['dry-run']) {
    print(text);
    return 0;
  }
  const locales = changes.map((change) => change.locale).join('-');
  const id = `messages-${locales}-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
  const path = join(root, '.changeset', `${id}.md`);
  if (existsSync(path)) {
    print(`.changeset/${id}.md already lists these changes.`);
    return 0;
  }
  writeFileSync(path, text);
  print(`Wrote .changeset/${id}.md:\n\n${text}`);
  print(
    'Check the bumps: a text whose meaning changed is a major change (RELEASING.md); edit the file before committing it.',
  );
  return 0;
}
