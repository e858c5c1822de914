import { parseArgs } from 'node:util';
import { checkKeyStability } from '../key-snapshot.ts';
import { findRepoRoot } from '../workspace.ts';

/**
 * `pnpm keys:snapshot [--update] [--base <ref>]`: the key-stability guard
 * (also a step of `pnpm check`). Exit 0 when the keys match the snapshot.
 */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { update: { type: 'boolean', default: false }, base: { type: 'string' } },
  });
  const result = await checkKeyStability({
    root: findRepoRoot(),
    update: values.update ?? false,
    ...(values.base ? { baseRef: values.base } : {}),
  });
  for (const message of result.messages) (result.ok ? console.log : console.error)(message);
  return result.ok ? 0 : 1;
}
