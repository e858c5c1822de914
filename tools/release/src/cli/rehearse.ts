import { parseArgs } from 'node:util';
import { rehearseRelease } from '../rehearsal.ts';
import { npmRegistry } from '../verdaccio.ts';
import { findRepoRoot } from '../workspace.ts';

/** `pnpm release:rehearse`: the whole release against a local verdaccio, then the consumer tests on what it published. */
export async function main(argv: string[]): Promise<number> {
  parseArgs({ args: argv, options: {} });
  const started = performance.now();
  const result = await rehearseRelease({
    root: findRepoRoot(),
    uplink: npmRegistry(),
    log: (line) => console.log(line),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.ok) {
    console.log(
      `release rehearsal passed in ${seconds} s: ${Object.entries(result.published)
        .map(([name, version]) => `${name}@${version}`)
        .join(', ')}`,
    );
    return 0;
  }
  console.error(`release rehearsal FAILED after ${seconds} s:`);
  for (const problem of result.problems) console.error(`- ${problem}`);
  return 1;
}
