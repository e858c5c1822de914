import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createTempWorkspace, type TempWorkspace } from './test-workspace.ts';
import { validateWorkflows, workflowPolicyProblems } from './workflows.ts';
import { findRepoRoot } from './workspace.ts';

const root = findRepoRoot();
const validatorBin = join(root, 'tools/release/node_modules/.bin/action-validator');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

let workspace: TempWorkspace | undefined;
afterEach(() => {
  workspace?.dispose();
  workspace = undefined;
});

const goodWorkflow = `name: x
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - run: echo ok
`;

describe('the repository workflows', () => {
  it('pass action-validator and the pinning/permission policy', async () => {
    expect(await validateWorkflows(root, validatorBin)).toEqual([]);
  });

  it('CI installs, builds, checks and tests on Node.js 20, 22 and 24', () => {
    const ci = parseYaml(read('.github/workflows/ci.yml')) as {
      jobs: { test: { strategy: { matrix: { node: number[] } }; steps: Array<{ run?: string }> } };
    };
    expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 22, 24]);
    expect(ci.jobs.test.steps.flatMap((step) => (step.run ? [step.run] : []))).toEqual([
      'pnpm install --frozen-lockfile',
      'pnpm build',
      'pnpm check',
      'pnpm exec vitest run',
    ]);
  });

  it('release runs the changesets action with npm provenance and the OIDC token', () => {
    const release = parseYaml(read('.github/workflows/release.yml')) as {
      jobs: {
        release: {
          permissions: Record<string, string>;
          steps: Array<{ uses?: string; env?: Record<string, unknown>; with?: Record<string, string> }>;
        };
      };
    };
    expect(release.jobs.release.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      'id-token': 'write',
    });
    const action = release.jobs.release.steps.find((step) => step.uses?.startsWith('changesets/action@'));
    expect(action?.with).toMatchObject({
      publish: 'pnpm release:publish',
      version: 'pnpm changeset version',
    });
    expect(action?.env?.NPM_CONFIG_PROVENANCE).toBe(true);
  });
});

describe('the Pages workflow', () => {
  it('builds the explorer for the Pages address, uploads its dist and deploys it with only the Pages scopes', () => {
    const pages = parseYaml(read('.github/workflows/pages.yml')) as {
      jobs: {
        build: {
          steps: Array<{
            id?: string;
            uses?: string;
            run?: string;
            env?: Record<string, string>;
            with?: Record<string, string>;
          }>;
        };
        deploy: {
          needs: string;
          permissions: Record<string, string>;
          environment: { name: string };
          steps: Array<{ uses?: string }>;
        };
      };
    };
    const steps = pages.jobs.build.steps;
    const build = steps.find((step) => step.run?.includes('--filter=@smspartner-i18n/explorer'));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
    expect(build?.env?.['SITE_URL']).toBe('${{ steps.pages.outputs.base_url }}/');
    expect(steps.find((step) => step.id === 'pages')?.uses).toMatch(/^actions\/configure-pages@/);
    expect(
      steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path'],
    ).toBe('apps/explorer/dist');
    expect(pages.jobs.deploy.needs).toBe('build');
    expect(pages.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(pages.jobs.deploy.environment.name).toBe('github-pages');
    expect(pages.jobs.deploy.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });
});

describe('workflowPolicyProblems', () => {
  it('accepts a pinned, read-only workflow with timeouts', () => {
    expect(workflowPolicyProblems('w.yml', goodWorkflow)).toEqual([]);
  });

  it('rejects tags, short SHAs and pins without a version comment, with file:line', () => {
    const text = goodWorkflow.replace(
      '      - run: echo ok\n',
      [
        '      - uses: actions/setup-node@v4',
        '      - uses: pnpm/action-setup@a7487c7 # v4.1.0',
        '      - uses: changesets/action@06245a4e0a36c064a573d4150030f5ec548e4fcc',
        '      - uses: ./local-action',
        '',
      ].join('\n'),
    );
    expect(workflowPolicyProblems('w.yml', text)).toEqual([
      'w.yml:11: "actions/setup-node@v4" must be pinned to a full 40-character commit SHA (owner/repo@<sha> # vX.Y.Z).',
      'w.yml:12: "pnpm/action-setup@a7487c7" must be pinned to a full 40-character commit SHA (owner/repo@<sha> # vX.Y.Z).',
      'w.yml:13: "changesets/action@06245a4e0a36c064a573d4150030f5ec548e4fcc" needs its version in a comment after the SHA (# vX.Y.Z).',
    ]);
  });

  it('rejects write permissions at the top, write-all in a job and a job without a timeout', () => {
    const text = goodWorkflow
      .replace('  contents: read\n', '  contents: write\n')
      .replace('    timeout-minutes: 10\n', '    permissions: write-all\n');
    expect(workflowPolicyProblems('w.yml', text)).toEqual([
      'w.yml: the top-level "permissions" must be read-only with "contents: read"; jobs that need more ask for it.',
      'w.yml: job "build" asks for "write-all"; list only the scopes it needs.',
      'w.yml: job "build" has no "timeout-minutes"; a stuck job would run for 6 hours.',
    ]);
  });
});

describe('validateWorkflows', () => {
  it('reports what action-validator rejects, by file', async () => {
    workspace = createTempWorkspace();
    workspace.write('.github/workflows/broken.yml', goodWorkflow.replace('    steps:', '    stepz:'));
    const problems = await validateWorkflows(workspace.root, validatorBin);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('.github/workflows/broken.yml: action-validator rejected it');
    expect(problems[0]).toContain("Additional property 'stepz' is not allowed");
  });

  it('fails when there is no workflow at all', async () => {
    workspace = createTempWorkspace();
    expect(await validateWorkflows(workspace.root, validatorBin)).toEqual([
      '.github/workflows/ holds no workflow: expected ci.yml and release.yml.',
    ]);
  });
});
