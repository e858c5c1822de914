import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkSizeBudgets, formatSizeTable, readBudgets, sizeProblems } from '../size-budgets.ts';
import { findRepoRoot, publicPackages } from '../workspace.ts';

/** `pnpm size [--json]`: every entry point's min+gzip size against its budget. */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } } });
  const root = findRepoRoot();
  const results = await checkSizeBudgets(
    publicPackages(root),
    readBudgets(join(root, 'tools/release/size-budgets.json')),
  );
  if (values.json) {
    console.log(
      JSON.stringify(
        results.map((result) => ({
          package: result.entry.packageName,
          entry: result.entry.subpath,
          bytes: result.bytes,
          budget: result.budget?.limit ?? null,
          passed: result.passed,
        })),
        null,
        2,
      ),
    );
  } else {
    console.log(formatSizeTable(results));
  }
  const problems = sizeProblems(results);
  for (const problem of problems) console.error(problem);
  return problems.length === 0 ? 0 : 1;
}
