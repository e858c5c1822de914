import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  newestPeerDependencies,
  npmLatestVersion,
  peerFloorDependencies,
  runConsumerTests,
  tarballInstallSpecs,
} from '../consumer.ts';
import { packPackage } from '../package-gates.ts';
import { findRepoRoot, publicPackages } from '../workspace.ts';

/**
 * `pnpm consumer:test [--keep] [--peer-floor | --newest-peers]`: packs every public package
 * with pnpm and runs the consumer tests on the tarballs, in a temp npm
 * project; with `--peer-floor`, beside the oldest majors of our peer ranges
 * (React 18, i18next 23, …) instead of the versions the workspace uses; with
 * `--newest-peers`, beside the newest versions they allow (i18next 27, …).
 */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      keep: { type: 'boolean', default: false },
      'peer-floor': { type: 'boolean', default: false },
      'newest-peers': { type: 'boolean', default: false },
    },
  });
  const root = findRepoRoot();
  const packages = publicPackages(root);
  const packDir = mkdtempSync(join(tmpdir(), 'smspartner-tarballs-'));
  try {
    const packed = [];
    for (const pkg of packages) packed.push(await packPackage(pkg, packDir));
    const report = await runConsumerTests({
      root,
      packages,
      installSpecs: tarballInstallSpecs(packed),
      log: (line) => console.log(line),
      keep: values.keep ?? false,
      ...(values['peer-floor'] ? { thirdParty: peerFloorDependencies(root, packages) } : {}),
      ...(values['newest-peers']
        ? { thirdParty: await newestPeerDependencies(root, packages, npmLatestVersion) }
        : {}),
    });
    if (values.keep) console.log(`kept ${report.projectDir}`);
    return report.ok ? 0 : 1;
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
}
