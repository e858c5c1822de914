import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { entries, fieldKeyInfo, fieldKeys, globalFallbackKey, sections } from '@smspartner-i18n/core';
import { checkChangesetRequirement } from '../changeset-required.ts';
import {
  type ConsumerReport,
  describeVersions,
  newestPeerDependencies,
  npmLatestVersion,
  peerFloorDependencies,
  runConsumerTests,
  tarballInstallSpecs,
} from '../consumer.ts';
import { checkKeyStability } from '../key-snapshot.ts';
import {
  attwProblems,
  type PackedPackage,
  packageHygieneProblems,
  packPackage,
  publintProblems,
} from '../package-gates.ts';
import { rehearseRelease } from '../rehearsal.ts';
import { indent } from '../run-command.ts';
import { checkSizeBudgets, formatSizeTable, readBudgets, sizeProblems } from '../size-budgets.ts';
import { validateWorkflows } from '../workflows.ts';
import { findRepoRoot, publicPackages } from '../workspace.ts';

interface GateOutcome {
  /** Each problem, ready to print: what failed, where, and how to fix it. */
  readonly problems: readonly string[];
  /** Shown when the gate passes. */
  readonly summary: string;
  /** Extra lines shown either way (the size table). */
  readonly details?: string;
}

interface Gate {
  readonly name: string;
  readonly description: string;
  run(): Promise<GateOutcome>;
}

function npmRegistry(): string {
  try {
    const configured = execFileSync('npm', ['config', 'get', 'registry'], {
      encoding: 'utf8',
      cwd: tmpdir(),
    }).trim();
    return configured.endsWith('/') ? configured : `${configured}/`;
  } catch {
    return 'https://registry.npmjs.org/';
  }
}

/**
 * `pnpm check`: the release gates, in order, each reported with its time.
 * Every gate runs even when an earlier one failed, so one run lists every
 * problem. `--only a,b` and `--skip a,b` choose gates by name.
 */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { only: { type: 'string' }, skip: { type: 'string' }, base: { type: 'string' } },
  });
  const root = findRepoRoot();
  const packages = publicPackages(root);
  const bin = (name: string) => join(root, 'tools/release/node_modules/.bin', name);
  let packDir: string | undefined;
  let packed: PackedPackage[] | undefined;
  // Packed once for every gate that reads tarballs; a failed pack fails each of them, never a partial list.
  const tarballs = async () => {
    if (!packed) {
      if (!packDir) {
        const dir = mkdtempSync(join(tmpdir(), 'smspartner-check-tarballs-'));
        packDir = dir;
        // Also when the run is cut short (the rehearsal exits on Ctrl-C).
        process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      }
      const list: PackedPackage[] = [];
      for (const pkg of packages) list.push(await packPackage(pkg, packDir));
      packed = list;
    }
    return packed;
  };
  const baseRef = values.base ? { baseRef: values.base } : {};
  /** The consumer tests on the tarballs, beside `thirdParty` (default: the versions the workspace uses). */
  const consumerTestsOnTarballs = async (thirdParty?: Record<string, string>) => {
    return runConsumerTests({
      root,
      packages,
      installSpecs: tarballInstallSpecs(await tarballs()),
      ...(thirdParty ? { thirdParty } : {}),
      log: (line) => console.log(indent(line)),
    });
  };
  /** The peers a consumer report installed, by name and version (for its summary). */
  const peersInstalled = (report: ConsumerReport) => {
    const peerNames = new Set(packages.flatMap((pkg) => Object.keys(pkg.manifest.peerDependencies ?? {})));
    return Object.fromEntries(Object.entries(report.installed ?? {}).filter(([name]) => peerNames.has(name)));
  };
  const failedChecks = (report: ConsumerReport) =>
    report.checks.filter((check) => !check.ok).map((check) => `${check.name}: ${check.detail}`);

  const gates: Gate[] = [
    {
      name: 'workflows',
      description: '.github/workflows: action-validator, pinned actions, least permissions',
      run: async () => ({
        problems: await validateWorkflows(root, bin('action-validator')),
        summary: 'ci.yml and release.yml are valid',
      }),
    },
    {
      name: 'keys',
      description: 'released message keys (keys.snapshot.json)',
      run: async () => {
        const result = await checkKeyStability({
          root,
          catalog: {
            entries,
            sections,
            globalFallbackKey,
            fieldKeys: fieldKeys.map((key) => fieldKeyInfo(key)!),
          },
          ...baseRef,
        });
        return { problems: result.ok ? [] : result.messages, summary: result.messages.join(' ') };
      },
    },
    {
      name: 'changesets',
      description: 'a changeset for every changed package (pull requests)',
      run: async () => {
        const result = checkChangesetRequirement({ root, ...baseRef });
        return {
          problems: result.status === 'missing' ? result.messages : [],
          summary: result.messages.join(' '),
        };
      },
    },
    {
      name: 'hygiene',
      description: 'README, LICENSE, CHANGELOG, manifest fields, tarball contents',
      run: async () => {
        const problems = (await tarballs()).flatMap((entry) => packageHygieneProblems(entry, root));
        return {
          problems,
          summary: `${packages.length} packages: files, manifests and tarballs follow the rules`,
        };
      },
    },
    {
      name: 'publint',
      description: 'publint --strict on each tarball',
      run: async () => {
        const problems: string[] = [];
        const suggestions: string[] = [];
        for (const entry of await tarballs()) {
          const result = await publintProblems(entry);
          problems.push(...result.failures);
          suggestions.push(...result.suggestions);
        }
        return {
          problems,
          summary: `${packages.length} packages clean`,
          ...(suggestions.length > 0
            ? { details: `suggestions (not failing):\n${suggestions.join('\n')}` }
            : {}),
        };
      },
    },
    {
      name: 'attw',
      description: 'are the types wrong: ESM, CJS and types under node16, nodenext and bundler',
      run: async () => {
        const list = await tarballs();
        const results = await Promise.all(
          [0, 1].map(async (lane) => {
            const found: string[] = [];
            for (let index = lane; index < list.length; index += 2)
              found.push(...(await attwProblems(list[index]!, bin('attw'))));
            return found;
          }),
        );
        return { problems: results.flat(), summary: `${packages.length} packages resolve everywhere` };
      },
    },
    {
      name: 'size',
      description: 'size budgets (min+gzip, peers excluded) of every entry point',
      run: async () => {
        const results = await checkSizeBudgets(
          packages,
          readBudgets(join(root, 'tools/release/size-budgets.json')),
        );
        return {
          problems: sizeProblems(results),
          summary: `${results.length} entry points within budget`,
          details: formatSizeTable(results),
        };
      },
    },
    {
      name: 'consumer',
      description: 'consumer tests on the packed tarballs, in a temp npm project',
      run: async () => {
        const report = await consumerTestsOnTarballs();
        return {
          problems: failedChecks(report),
          summary: `${report.checks.length} checks passed (npm install ${(report.installMs / 1000).toFixed(1)} s)`,
        };
      },
    },
    {
      name: 'peer-floor',
      description:
        'the same consumer tests beside the oldest majors our peer ranges allow (React 18, i18next 23, …)',
      run: async () => {
        const report = await consumerTestsOnTarballs(peerFloorDependencies(root, packages));
        return {
          problems: failedChecks(report),
          summary: `${report.checks.length} checks passed beside ${describeVersions(peersInstalled(report))}`,
        };
      },
    },
    {
      name: 'newest-peers',
      description:
        'the same consumer tests beside the newest versions our peer ranges allow (i18next 27, react-i18next 18, …)',
      run: async () => {
        const report = await consumerTestsOnTarballs(
          await newestPeerDependencies(root, packages, npmLatestVersion),
        );
        return {
          problems: failedChecks(report),
          summary: `${report.checks.length} checks passed beside ${describeVersions(peersInstalled(report))}`,
        };
      },
    },
    {
      name: 'rehearsal',
      description:
        'release rehearsal: changeset version + publish to verdaccio, consumer tests on what was published',
      run: async () => {
        const result = await rehearseRelease({
          root,
          uplink: npmRegistry(),
          log: (line) => console.log(indent(line)),
        });
        return {
          problems: result.problems,
          summary: `published and installed back ${Object.entries(result.published)
            .map(([name, version]) => `${name}@${version}`)
            .join(', ')}`,
        };
      },
    },
  ];

  const names = gates.map((gate) => gate.name);
  const pick = (list: string | undefined) => (list ? list.split(',').map((name) => name.trim()) : undefined);
  const only = pick(values.only);
  const skip = pick(values.skip) ?? [];
  for (const name of [...(only ?? []), ...skip]) {
    if (!names.includes(name)) {
      console.error(`Unknown gate "${name}"; the gates are: ${names.join(', ')}.`);
      return 2;
    }
  }
  const selected = gates.filter(
    (gate) => (only ? only.includes(gate.name) : true) && !skip.includes(gate.name),
  );

  const started = performance.now();
  const summary: Array<{ name: string; ok: boolean; seconds: number }> = [];
  try {
    for (const gate of selected) {
      console.log(`\n▶ ${gate.name}: ${gate.description}`);
      const gateStarted = performance.now();
      let outcome: GateOutcome;
      try {
        outcome = await gate.run();
      } catch (error) {
        outcome = { problems: [(error as Error).message], summary: '' };
      }
      const seconds = (performance.now() - gateStarted) / 1000;
      const ok = outcome.problems.length === 0;
      summary.push({ name: gate.name, ok, seconds });
      if (outcome.details) console.log(indent(outcome.details));
      if (ok) console.log(`✔ ${gate.name} (${seconds.toFixed(1)} s): ${outcome.summary}`);
      else {
        console.error(`✘ ${gate.name} (${seconds.toFixed(1)} s): ${outcome.problems.length} problem(s)`);
        for (const problem of outcome.problems) console.error(indent(`- ${problem}`, '  '));
      }
    }
  } finally {
    if (packDir) rmSync(packDir, { recursive: true, force: true });
  }
  const failed = summary.filter((entry) => !entry.ok);
  const total = (performance.now() - started) / 1000;
  console.log(
    `\npnpm check: ${summary.map((entry) => `${entry.ok ? '✔' : '✘'} ${entry.name} ${entry.seconds.toFixed(1)} s`).join(' · ')}`,
  );
  console.log(
    failed.length === 0
      ? `pnpm check passed: ${summary.length} gates in ${total.toFixed(1)} s`
      : `pnpm check FAILED: ${failed.map((entry) => entry.name).join(', ')} (${total.toFixed(1)} s)`,
  );
  return failed.length === 0 ? 0 : 1;
}
