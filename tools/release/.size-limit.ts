// `pnpm size`: the size-limit config, derived from the exports maps of the public packages and
// the budgets in size-budgets.json (the size gate of `pnpm check` holds every entry point to them).
import { join } from 'node:path';
import { readBudgets, sizeLimitConfig } from './src/size-budgets.ts';
import { findRepoRoot, publicPackages } from './src/workspace.ts';

const root = findRepoRoot();
export default sizeLimitConfig(
  publicPackages(root),
  readBudgets(join(root, 'tools/release/size-budgets.json')),
);
