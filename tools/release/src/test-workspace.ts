import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gitIdentity } from './git.ts';
import { findRepoRoot } from './workspace.ts';

/** A throwaway pnpm workspace for tests: the packages, the changesets config, and git on `main` if asked. */
export type TempWorkspace = ReturnType<typeof createTempWorkspace>;

const fixturePackages = [
  { dir: 'packages/core', name: '@smspartner-i18n/core' },
  { dir: 'packages/locale-en', name: '@smspartner-i18n/locale-en' },
  { dir: 'packages/locale-fr', name: '@smspartner-i18n/locale-fr' },
  { dir: 'tools/i18n', name: '@smspartner-i18n/i18n-tools', private: true },
] as const;

export function createTempWorkspace(options: { git?: boolean } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'smspartner-release-test-'));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  const runGit = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...gitIdentity, GIT_CONFIG_GLOBAL: '/dev/null' },
    }).trim();
  write('package.json', `${JSON.stringify({ name: 'fixture-root', private: true }, null, 2)}\n`);
  write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n  - tools/*\n');
  // The repository's own config: the same fixed group and changelog module.
  write('.changeset/config.json', readFileSync(join(findRepoRoot(), '.changeset/config.json'), 'utf8'));
  write('.changeset/README.md', 'Changesets live here.\n');
  for (const pkg of fixturePackages) {
    const manifest = { name: pkg.name, version: '0.1.0', ...('private' in pkg ? { private: true } : {}) };
    write(`${pkg.dir}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
    write(`${pkg.dir}/src/index.ts`, 'export const value = 1;\n');
  }
  if (options.git) runGit('init', '--quiet', '--initial-branch=main');
  return {
    root,
    write,
    remove: (path: string) => rmSync(join(root, path), { recursive: true, force: true }),
    git: runGit,
    commitAll: (message: string) => {
      runGit('add', '--all');
      runGit('commit', '--quiet', '--no-verify', '-m', message);
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
