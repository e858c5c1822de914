// What other workspace tools use: the public packages and the size-limit measurement the budgets hold.
export { type EntryPoint, entryPoints, formatBytes, measureEntryPoints } from './size-budgets.ts';
export { publicPackages, type WorkspacePackage } from './workspace.ts';
