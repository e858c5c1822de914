// Shared by the consumer checks: a module of ours must resolve to a real file
// inside this temp project, never through a symlink or into the workspace.
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = dirname(fileURLToPath(import.meta.url));
const scopeDir = join(projectDir, 'node_modules', '@smspartner-i18n');

/** Throws unless `fileOrUrl` is a file under this project's node_modules, reached without links. */
export function assertLocal(fileOrUrl, what) {
  const file = fileOrUrl.startsWith('file:') ? fileURLToPath(fileOrUrl) : fileOrUrl;
  const real = realpathSync(file);
  if (real !== file || !real.startsWith(join(projectDir, 'node_modules') + sep)) {
    throw new Error(
      `${what} resolved to ${real} (via ${file}), outside ${projectDir}/node_modules or through a link.`,
    );
  }
}

/** The installed packages of our scope; each must be a real folder, not a workspace link. */
export function installedPackages() {
  return readdirSync(scopeDir).map((name) => {
    const dir = join(scopeDir, name);
    if (lstatSync(dir).isSymbolicLink())
      throw new Error(`node_modules/@smspartner-i18n/${name} is a symlink.`);
    return { name: `@smspartner-i18n/${name}`, dir };
  });
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}
