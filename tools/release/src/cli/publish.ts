import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { provenanceWanted, publishWorkspace } from '../publish.ts';
import { findRepoRoot } from '../workspace.ts';

/**
 * `pnpm release:publish`: what release.yml runs once the Version Packages
 * pull request is merged. Publishes every public package whose version is
 * not on the registry yet, with npm provenance (set NPM_CONFIG_PROVENANCE=false
 * only for a registry that cannot take it, as the rehearsal does), then tags.
 */
export async function main(argv: string[]): Promise<number> {
  parseArgs({ args: argv, options: {} });
  const root = findRepoRoot();
  const result = await publishWorkspace({
    cwd: root,
    env: process.env,
    changesetBin: join(root, 'node_modules/.bin/changeset'),
    provenance: provenanceWanted(process.env),
  });
  (result.ok ? console.log : console.error)(result.message);
  return result.ok ? 0 : 1;
}
