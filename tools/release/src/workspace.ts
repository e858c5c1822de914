import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/** The fields of a package.json the release gates read. */
export interface PackageManifest {
  readonly name?: string;
  readonly version?: string;
  readonly private?: boolean;
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
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
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

/** The repository root: the folder holding `pnpm-workspace.yaml`, searched upwards from `start`. */
export function findRepoRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`No pnpm-workspace.yaml found in ${start} or any folder above it.`);
    }
    dir = parent;
  }
}

export function readManifest(packageJsonPath: string): PackageManifest {
  let text: string;
  try {
    text = readFileSync(packageJsonPath, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${packageJsonPath}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as PackageManifest;
  } catch (error) {
    throw new Error(`${packageJsonPath} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * The folders that `pnpm-workspace.yaml` names. Only the two pattern shapes
 * this repository uses are supported (`dir/*` and a literal folder); any
 * other glob is an error rather than a silently skipped package.
 */
export function workspacePackageDirs(root: string): string[] {
  const workspaceFile = join(root, 'pnpm-workspace.yaml');
  const config = parseYaml(readFileSync(workspaceFile, 'utf8')) as { packages?: unknown } | null;
  const patterns = config?.packages;
  if (!Array.isArray(patterns)) {
    throw new Error(`${workspaceFile}: expected a "packages:" list of folder patterns.`);
  }
  const dirs: string[] = [];
  for (const pattern of patterns) {
    if (typeof pattern !== 'string') {
      throw new Error(`${workspaceFile}: the package pattern ${JSON.stringify(pattern)} is not a string.`);
    }
    if (pattern.startsWith('!')) continue;
    if (pattern.endsWith('/*') && !pattern.slice(0, -2).includes('*')) {
      const parent = join(root, pattern.slice(0, -2));
      if (!existsSync(parent)) continue;
      for (const entry of readdirSync(parent, { withFileTypes: true }).sort((a, b) =>
        a.name.localeCompare(b.name),
      )) {
        if (entry.isDirectory() && existsSync(join(parent, entry.name, 'package.json'))) {
          dirs.push(join(parent, entry.name));
        }
      }
    } else if (!pattern.includes('*')) {
      if (existsSync(join(root, pattern, 'package.json'))) dirs.push(join(root, pattern));
    } else {
      throw new Error(
        `${workspaceFile}: the package pattern "${pattern}" is not supported by tools/release (use "dir/*" or a folder).`,
      );
    }
  }
  return dirs;
}

export function workspacePackages(root: string): WorkspacePackage[] {
  return workspacePackageDirs(root).map((dir) => {
    const manifestPath = join(dir, 'package.json');
    const manifest = readManifest(manifestPath);
    if (typeof manifest.name !== 'string' || manifest.name === '') {
      throw new Error(`${manifestPath}: the package has no "name".`);
    }
    return {
      name: manifest.name,
      version: typeof manifest.version === 'string' ? manifest.version : '0.0.0',
      dir,
      relativeDir: relative(root, dir).split('\\').join('/'),
      manifest,
    };
  });
}

/** Every workspace package that is published: no `"private": true`. */
export function publicPackages(root: string): WorkspacePackage[] {
  return workspacePackages(root).filter((pkg) => pkg.manifest.private !== true);
}
