import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { terminalJson } from '@smspartner-i18n/core/internal';
import { checkChangesetRequirement } from '../changeset-required.ts';
import {
  describeVersions,
  newestPeerDependencies,
  npmLatestVersion,
  peerFloorDependencies,
  runConsumerTests,
  tarballInstallSpecs,
} from '../consumer.ts';
import { checkKeyStability } from '../key-snapshot.ts';
import { type PackedPackage, packageHygieneProblems, packPackage } from '../package-gates.ts';
import { rehearseRelease } from '../rehearsal.ts';
import { indent } from '../run-command.ts';
import { budgetsPath, checkSizeBudgets, readBudgets, sizeProblems } from '../size-budgets.ts';
import { print, printError } from '../terminal.ts';
import { npmRegistry } from '../verdaccio.ts';
import { validateWorkflows } from '../workflows.ts';
import { findRepoRoot, publicPackages } from '../workspace.ts';

interface Gate {
  readonly description: string;
  /** `problems`: what failed, where, and how to fix it; `summary`: shown when the gate passes. */
  run(): Promise<{ readonly problems: readonly string[]; readonly summary: string }>;
}

/**
 * `run.ts check <gate>... [--keep] [--update] [--base <ref>]`: the named release gates, or all of
 * them one after the other. `--keep` keeps the consumer projects, `--update` writes the key
 * snapshot. `pnpm check` runs each gate as its own turbo task (`check:<gate>`), cached and side by side.
 */
export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      keep: { type: 'boolean', default: false },
      update: { type: 'boolean', default: false },
    },
  });
  const root = findRepoRoot();
  const packages = publicPackages(root);
  // Packed once for every gate that reads tarballs; a failed pack fails each of them, never a partial list.
  let packed: Promise<PackedPackage[]> | undefined;
  const packAll = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smspartner-check-tarballs-'));
    // Removed at exit, also when the run is cut short (the rehearsal exits on Ctrl-C).
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const list: PackedPackage[] = [];
    for (const pkg of packages) list.push(await packPackage(pkg, dir));
    return list;
  };
  const tarballs = () => (packed ??= packAll());
  const baseRef = values.base ? { baseRef: values.base } : {};
  const peerNames = new Set(packages.flatMap((pkg) => Object.keys(pkg.manifest.peerDependencies ?? {})));
  /** The consumer tests on the tarballs, beside `thirdParty` (default: the versions the workspace uses). */
  const consumerGate = (description: string, thirdParty?: () => Promise<Record<string, string>>): Gate => ({
    description,
    run: async () => {
      const report = await runConsumerTests({
        root,
        packages,
        installSpecs: tarballInstallSpecs(await tarballs()),
        ...(thirdParty ? { thirdParty: await thirdParty() } : {}),
        log: (line) => print(indent(line)),
        keep: values.keep,
      });
      if (values.keep) print(indent(`kept ${report.projectDir}`));
      const peers = Object.entries(report.installed ?? {}).filter(([peer]) => peerNames.has(peer));
      return {
        problems: report.checks.filter((check) => !check.ok).map((check) => `${check.name}: ${check.detail}`),
        summary: `${report.checks.length} checks passed beside ${describeVersions(Object.fromEntries(peers))} (npm install ${(report.installMs / 1000).toFixed(1)} s)`,
      };
    },
  });

  const gates: Record<string, Gate> = {
    workflows: {
      description: '.github/workflows: action-validator, pinned actions, least permissions',
      run: async () => ({
        problems: await validateWorkflows(
          root,
          join(root, 'tools/release/node_modules/.bin/action-validator'),
        ),
        summary: 'ci.yml and release.yml are valid',
      }),
    },
    keys: {
      description: 'released message keys (packages/core/keys.snapshot.json)',
      run: async () => {
        const result = await checkKeyStability({ root, update: values.update, ...baseRef });
        return { problems: result.ok ? [] : result.messages, summary: result.messages.join(' ') };
      },
    },
    changesets: {
      description: 'a changeset for every changed package (pull requests)',
      run: async () => {
        const result = await checkChangesetRequirement({ root, ...baseRef });
        return {
          problems: result.status === 'missing' ? result.messages : [],
          summary: result.messages.join(' '),
        };
      },
    },
    hygiene: {
      description: 'README, LICENSE, CHANGELOG, manifest fields, tarball contents',
      run: async () => ({
        problems: (await tarballs()).flatMap((entry) => packageHygieneProblems(entry, root)),
        summary: `${packages.length} packages: files, manifests and tarballs follow the rules`,
      }),
    },
    size: {
      description: 'size budgets (min+gzip, peers excluded) of every entry point',
      run: async () => {
        const results = await checkSizeBudgets(packages, readBudgets(budgetsPath));
        return { problems: sizeProblems(results), summary: `${results.length} entry points within budget` };
      },
    },
    consumer: consumerGate('consumer tests on the packed tarballs, in a temp npm project'),
    'peer-floor': consumerGate(
      'the same consumer tests beside the oldest majors our peer ranges allow (React 18, i18next 23, …)',
      async () => peerFloorDependencies(root, packages),
    ),
    'newest-peers': consumerGate(
      'the same consumer tests beside the newest versions our peer ranges allow (i18next 27, react-i18next 18, …)',
      () => newestPeerDependencies(root, packages, npmLatestVersion),
    ),
    rehearsal: {
      description:
        'release rehearsal: changeset version + publish to verdaccio, consumer tests on what was published',
      run: async () => {
        const result = await rehearseRelease({
          root,
          uplink: await npmRegistry(),
          log: (line) => print(indent(line)),
        });
        return {
          problems: result.problems,
          summary: `published and installed back ${describeVersions(result.published, '@')}`,
        };
      },
    },
  };

  const names = Object.keys(gates);
  const unknown = positionals.filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    // JSON strings: what was typed is shown with its control characters escaped, C1 and bidi ones too.
    printError(
      `Unknown gate ${unknown.map((name) => terminalJson(name, 0)).join(', ')}; the gates are: ${names.join(', ')}.`,
    );
    return 2;
  }
  const selected = names.filter((name) => positionals.length === 0 || positionals.includes(name));
  const failed: string[] = [];
  for (const name of selected) {
    const gate = gates[name]!;
    print(`▶ ${name}: ${gate.description}`);
    const started = performance.now();
    const outcome = await gate.run().catch((error: Error) => ({ problems: [error.message], summary: '' }));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (outcome.problems.length === 0) print(`✔ ${name} (${seconds} s): ${outcome.summary}`);
    else {
      failed.push(name);
      printError(`✘ ${name} (${seconds} s): ${outcome.problems.length} problem(s)`);
      for (const problem of outcome.problems) printError(indent(`- ${problem}`, '  '));
    }
  }
  if (failed.length > 0 && selected.length > 1) printError(`check FAILED: ${failed.join(', ')}`);
  return failed.length === 0 ? 0 : 1;
}
