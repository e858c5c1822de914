// `pnpm size`: one size-limit check per entry point of the public packages, limited by its budget.
import { budgetsPath, readBudgets, sizeLimitConfig } from './src/size-budgets.ts';
import { findRepoRoot, publicPackages } from './src/workspace.ts';

export default sizeLimitConfig(publicPackages(findRepoRoot()), readBudgets(budgetsPath));
