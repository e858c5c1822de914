import { parseArgs } from 'node:util';
import { checkChangesetRequirement } from '../changeset-required.ts';
import { findRepoRoot } from '../workspace.ts';

/**
 * `pnpm changeset:status-check [--base <ref>]`: in a pull request, every
 * changed public package (and every changed `locales/<lng>/`) needs a
 * changeset. Exit 0 when covered or when there is no base to compare with.
 */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { base: { type: 'string' } } });
  const result = await checkChangesetRequirement({
    root: findRepoRoot(),
    ...(values.base ? { baseRef: values.base } : {}),
  });
  for (const message of result.messages) (result.status === 'missing' ? console.error : console.log)(message);
  return result.status === 'missing' ? 1 : 0;
}
