import { readFileSync } from 'node:fs';
import { getPackagesSync, type Package } from '@manypkg/get-packages';

/** The fields of a package.json the release gates read: those @manypkg/get-packages types, and more. */
export interface PackageManifest extends Partial<Omit<Package['packageJson'], 'publishConfig'>> {
  readonly description?: string;
  readonly license?: string;
  readonly engines?: Record<string, string>;
  readonly repository?:
    | { readonly type?: string; readonly url?: string; readonly directory?: string }
    | string;
  readonly publishConfig?: {
    readonly access?: string;
    readonly provenance?: boolean;
    readonly registry?: string;
  };
  readonly files?: readonly string[];
  readonly exports?: unknown;
  readonly bin?: string | Record<string, string>;
  readonly scripts?: Record<string, string>;
}

export interface WorkspacePackage {
  readonly name: string;
  readonly version: string;
  /** Absolute path of the package folder. */
  readonly dir: string;
  /** Path of the package folder from the repository root, with `/` separators (`packages/core`). */
  readonly relativeDir: string;
  readonly manifest: PackageManifest;
}

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
export function workspacePackages(root: string): WorkspacePackage[] {
  return getPackagesSync(root).packages.map(({ dir, relativeDir, packageJson }) => ({
    name: packageJson.name,
    version: packageJson.version ?? '0.0.0',
    dir,
    relativeDir: relativeDir.split('\\').join('/'),
    manifest: packageJson,
  }));
}

/** Every workspace package that is published: no `"private": true`. */
export function publicPackages(root: string): WorkspacePackage[] {
  return workspacePackages(root).filter((pkg) => pkg.manifest.private !== true);
}
