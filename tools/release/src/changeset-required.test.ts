import { afterEach, describe, expect, it } from 'vitest';
import { checkChangesetRequirement, requiredReleases } from './changeset-required.ts';
import { changesetText } from './message-changes.ts';
import { createTempWorkspace, type TempWorkspace } from './test-workspace.ts';

let workspace: TempWorkspace | undefined;
afterEach(() => {
  workspace?.dispose();
  workspace = undefined;
});

/** A repository with main committed and a feature branch checked out. */
function branchedRepository(): TempWorkspace {
  workspace = createTempWorkspace({ git: true });
  workspace.write('locales/fr/friendly/sms.send.json', '{"sms.send.insufficientCredit":"Plus de crédit."}\n');
  workspace.write('locales/README.md', 'How to translate.\n');
  workspace.commitAll('main');
  workspace.git('checkout', '--quiet', '-b', 'feature');
  return workspace;
}

const env = {} as NodeJS.ProcessEnv;

describe('requiredReleases', () => {
  const packages = [
    { name: '@smspartner-i18n/core', relativeDir: 'packages/core' },
    { name: '@smspartner-i18n/locale-fr', relativeDir: 'packages/locale-fr' },
  ];

  it('maps package files and locales/<lng>/ to packages, and skips tests, changelogs and docs of locales/', async () => {
    const required = requiredReleases(
      [
        'packages/core/src/lookup.ts',
        'packages/core/src/lookup.test.ts',
        'packages/core/src/types.test-d.ts',
        'packages/core/CHANGELOG.md',
        'locales/fr/friendly/sms.send.json',
        'locales/README.md',
        'locales/schema/sms.send.schema.json',
        'locales/xx/friendly/sms.send.json',
        'tools/i18n/src/check.ts',
      ],
      packages,
    );
    expect(required).toEqual([
      { packageName: '@smspartner-i18n/core', files: ['packages/core/src/lookup.ts'] },
      { packageName: '@smspartner-i18n/locale-fr', files: ['locales/fr/friendly/sms.send.json'] },
    ]);
  });
});

describe('checkChangesetRequirement', () => {
  it('skips, saying why, when there is no base to compare with', async () => {
    workspace = createTempWorkspace({ git: true });
    const noCommits = await checkChangesetRequirement({ root: workspace.root, env });
    expect(noCommits.status).toBe('skipped');
    expect(noCommits.messages[0]).toContain('No base to compare with');
    workspace.write('packages/core/src/index.ts', 'export const value = 2;\n');
    workspace.commitAll('first');
    workspace.git('branch', '-m', 'trunk');
    expect((await checkChangesetRequirement({ root: workspace.root, env })).status).toBe('skipped');
  });

  it('skips outside a git repository', async () => {
    workspace = createTempWorkspace();
    expect((await checkChangesetRequirement({ root: workspace.root, env })).status).toBe('skipped');
  });

  it('skips on the base branch itself (a push to main, not a pull request)', async () => {
    workspace = createTempWorkspace({ git: true });
    workspace.commitAll('main');
    workspace.write('packages/core/src/index.ts', 'export const value = 2;\n');
    const result = await checkChangesetRequirement({ root: workspace.root, env });
    expect(result.status).toBe('skipped');
    expect(result.messages[0]).toContain('HEAD is main itself');
  });

  it('passes when nothing released changed', async () => {
    const ws = branchedRepository();
    ws.write('locales/README.md', 'How to translate, better.\n');
    ws.commitAll('docs');
    expect((await checkChangesetRequirement({ root: ws.root, env })).status).toBe('ok');
  });

  it('fails for a changed locale text without a changeset, naming the package, the file and the fix', async () => {
    const ws = branchedRepository();
    ws.write(
      'locales/fr/friendly/sms.send.json',
      '{"sms.send.insufficientCredit":"Votre crédit est épuisé."}\n',
    );
    ws.commitAll('fr text');
    const result = await checkChangesetRequirement({ root: ws.root, env });
    expect(result.status).toBe('missing');
    const text = result.messages.join('\n');
    expect(text).toContain('@smspartner-i18n/locale-fr: locales/fr/friendly/sms.send.json');
    expect(text).toContain('pnpm changeset:messages');
    expect(text).toContain('main (');
  });

  it('passes once a changeset names the package, also when it is not committed yet', async () => {
    const ws = branchedRepository();
    ws.write(
      'locales/fr/friendly/sms.send.json',
      '{"sms.send.insufficientCredit":"Votre crédit est épuisé."}\n',
    );
    ws.commitAll('fr text');
    ws.write(
      '.changeset/fr-credit.md',
      changesetText({ '@smspartner-i18n/locale-fr': 'patch' }, 'Clearer credit text.'),
    );
    const result = await checkChangesetRequirement({ root: ws.root, env });
    expect(result.status).toBe('ok');
    expect(result.messages[0]).toContain('.changeset/fr-credit.md');
  });

  it('still fails for a package the changeset does not name', async () => {
    const ws = branchedRepository();
    ws.write('packages/core/src/index.ts', 'export const value = 3;\n');
    ws.write(
      'locales/fr/friendly/sms.send.json',
      '{"sms.send.insufficientCredit":"Votre crédit est épuisé."}\n',
    );
    ws.write(
      '.changeset/fr-credit.md',
      changesetText({ '@smspartner-i18n/locale-fr': 'patch' }, 'Clearer credit text.'),
    );
    ws.commitAll('two changes, one changeset');
    const result = await checkChangesetRequirement({ root: ws.root, env });
    expect(result.status).toBe('missing');
    expect(result.messages.join('\n')).toContain('@smspartner-i18n/core: packages/core/src/index.ts');
    expect(result.messages.join('\n')).not.toContain('@smspartner-i18n/locale-fr:');
  });

  it('accepts an empty changeset as "no release needed"', async () => {
    const ws = branchedRepository();
    ws.write('packages/core/src/index.ts', 'export const value = 3;\n');
    ws.write('.changeset/no-release.md', '---\n---\n\nInternal refactor.\n');
    ws.commitAll('refactor');
    const result = await checkChangesetRequirement({ root: ws.root, env });
    expect(result.status).toBe('ok');
    expect(result.messages[0]).toContain('empty changeset');
  });

  it('does not count a changeset that was already on the base branch', async () => {
    workspace = createTempWorkspace({ git: true });
    workspace.write('.changeset/old.md', changesetText({ '@smspartner-i18n/core': 'patch' }, 'Old.'));
    workspace.commitAll('main');
    workspace.git('checkout', '--quiet', '-b', 'feature');
    workspace.write('packages/core/src/index.ts', 'export const value = 3;\n');
    workspace.commitAll('change');
    expect((await checkChangesetRequirement({ root: workspace.root, env })).status).toBe('missing');
  });

  it('uses the base named by --base, RELEASE_BASE_REF or GITHUB_BASE_REF', async () => {
    const ws = branchedRepository();
    ws.git('branch', 'release-line');
    ws.write('packages/core/src/index.ts', 'export const value = 3;\n');
    ws.commitAll('change');
    const explicit = await checkChangesetRequirement({ root: ws.root, env, baseRef: 'release-line' });
    expect(explicit.base?.ref).toBe('release-line');
    expect(explicit.status).toBe('missing');
    const fromEnv = await checkChangesetRequirement({
      root: ws.root,
      env: { RELEASE_BASE_REF: 'release-line' },
    });
    expect(fromEnv.base).toMatchObject({ ref: 'release-line', source: 'RELEASE_BASE_REF' });
    ws.git('update-ref', 'refs/remotes/origin/release-line', 'release-line');
    const fromGithub = await checkChangesetRequirement({
      root: ws.root,
      env: { GITHUB_BASE_REF: 'release-line' },
    });
    expect(fromGithub.base).toMatchObject({ ref: 'origin/release-line', source: 'GITHUB_BASE_REF' });
  });
});
