/**
 * What other workspace tools use of the release tools: the workspace's
 * packages and the size-limit measurement the size budgets are held to.
 */
export { type EntryPoint, entryPoints, formatBytes, measureEntryPoints } from './size-budgets.ts';
export { findRepoRoot, publicPackages, type WorkspacePackage, workspacePackages } from './workspace.ts';
