import { readFileSync } from 'node:fs';
import { getPackagesSync, type Package } from '@manypkg/get-packages';

/** The package.json fields the release gates read: those @manypkg/get-packages types, and more. */
export type PackageManifest = Partial<Omit<Package['packageJson'], 'publishConfig'>> & {
  readonly license?: string;
  readonly engines?: Record<string, string>;
  readonly repository?: { readonly url?: string; readonly directory?: string } | string;
  readonly publishConfig?: { readonly access?: string; readonly provenance?: boolean };
  readonly files?: readonly string[];
  readonly scripts?: Record<string, string>;
  readonly exports?: unknown;
  readonly main?: unknown;
  readonly module?: unknown;
  readonly types?: unknown;
  readonly bin?: unknown;
};

/** A workspace package; `relativeDir` is from the repository root, with `/` separators. */
export type WorkspacePackage = ReturnType<typeof workspacePackages>[number];

/** The repository root (the pnpm workspace), searched upwards from `start` by @manypkg/get-packages. */
export function findRepoRoot(start: string = import.meta.dirname): string {
  return getPackagesSync(start).rootDir;
}

export function readManifest(packageJsonPath: string): PackageManifest {
  try {
    return JSON.parse(readFileSync(packageJsonPath, 'utf8')) as PackageManifest;
  } catch (error) {
    throw new Error(`Cannot read ${packageJsonPath} as JSON: ${(error as Error).message}`);
  }
}

/** Every package `pnpm-workspace.yaml` names, as @manypkg/get-packages finds them. */
export function workspacePackages(root: string) {
  return getPackagesSync(root).packages.map(({ dir, relativeDir, packageJson }) => ({
    name: packageJson.name,
    version: packageJson.version ?? '0.0.0',
    dir,
    relativeDir: relativeDir.split('\\').join('/'),
    manifest: packageJson as PackageManifest,
  }));
}

/** Every workspace package that is published: no `"private": true`. */
export function publicPackages(root: string): WorkspacePackage[] {
  return workspacePackages(root).filter((pkg) => pkg.manifest.private !== true);
}
