import { mkdirSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import parseChangeset from '@changesets/parse';
import { afterEach, describe, expect, it } from 'vitest';
import {
  diffLocaleMessages,
  readCommitMessages,
  readWorkingTreeMessages,
  renderMessageChanges,
  renderMessagesChangeset,
} from './message-changes.ts';
import { runCommand } from './run-command.ts';
import { createTempWorkspace, type TempWorkspace } from './test-workspace.ts';
import { findRepoRoot, publicPackages } from './workspace.ts';

const json = (texts: Record<string, string>) =>
  `${JSON.stringify({ $schema: '../../schema/x.json', ...texts }, null, 2)}\n`;

let workspace: TempWorkspace | undefined;
afterEach(() => {
  workspace?.dispose();
  workspace = undefined;
});

/** A repository whose main branch has English and French texts for two sms.send codes. */
function localesRepository(): TempWorkspace {
  workspace = createTempWorkspace({ git: true });
  for (const [locale, credit, sender] of [
    ['en', 'Your account has run out of credit.', 'This sender name is not allowed.'],
    ['fr', 'Votre compte n’a plus de crédit.', 'Ce nom d’expéditeur n’est pas autorisé.'],
  ] as const) {
    workspace.write(
      `locales/${locale}/friendly/sms.send.json`,
      json({ 'sms.send.insufficientCredit': credit, 'sms.send.unauthorizedSender': sender }),
    );
    workspace.write(
      `locales/${locale}/official/sms.send.json`,
      json({ 'sms.send.insufficientCredit': credit }),
    );
  }
  workspace.write('locales/schema/sms.send.schema.json', '{"type":"object"}\n');
  workspace.commitAll('texts');
  return workspace;
}

describe('diffLocaleMessages', () => {
  it('lists changed, added and removed keys per locale and register, with the bump the policy asks for', () => {
    const ws = localesRepository();
    const base = ws.git('rev-parse', 'HEAD');
    ws.write(
      'locales/fr/friendly/sms.send.json',
      json({
        'sms.send.insufficientCredit':
          'Il n’y a plus de crédit sur votre compte. Rechargez-le, puis réessayez.',
        'sms.send.unauthorizedSender': 'Ce nom d’expéditeur n’est pas autorisé.',
      }),
    );
    ws.write(
      'locales/en/official/sms.send.json',
      json({
        'sms.send.insufficientCredit': 'Your account has run out of credit.',
        'sms.send.apiKeyRequired': 'API key required',
      }),
    );
    const changes = diffLocaleMessages(readCommitMessages(ws.root, base), readWorkingTreeMessages(ws.root));
    expect(changes.map((change) => [change.locale, change.bump, change.newLocale])).toEqual([
      ['en', 'minor', false],
      ['fr', 'patch', false],
    ]);
    expect(changes[0]?.keys.get('added')?.get('official')).toEqual(['sms.send.apiKeyRequired']);
    expect(changes[1]?.keys.get('changed')?.get('friendly')).toEqual(['sms.send.insufficientCredit']);
    expect(renderMessageChanges(changes)).toBe(
      [
        'Message changes in en (1), fr (1).',
        '',
        '- **en**:',
        '  - added (official): `sms.send.apiKeyRequired`',
        '- **fr**:',
        '  - changed (friendly): `sms.send.insufficientCredit`',
      ].join('\n'),
    );
  });

  it('asks for a major release when a key is removed, and ignores locales/schema', () => {
    const ws = localesRepository();
    const base = ws.git('rev-parse', 'HEAD');
    ws.write(
      'locales/fr/friendly/sms.send.json',
      json({ 'sms.send.insufficientCredit': 'Votre compte n’a plus de crédit.' }),
    );
    ws.write('locales/schema/sms.send.schema.json', '{"type":"object","required":[]}\n');
    const changes = diffLocaleMessages(readCommitMessages(ws.root, base), readWorkingTreeMessages(ws.root));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ locale: 'fr', bump: 'major' });
    expect(renderMessageChanges(changes)).toContain('  - removed (friendly): `sms.send.unauthorizedSender`');
  });

  it('marks a new language as minor and lists its keys', () => {
    const ws = localesRepository();
    const base = ws.git('rev-parse', 'HEAD');
    ws.write(
      'locales/de/friendly/sms.send.json',
      json({ 'sms.send.insufficientCredit': 'Ihr Guthaben ist aufgebraucht.' }),
    );
    const changes = diffLocaleMessages(readCommitMessages(ws.root, base), readWorkingTreeMessages(ws.root));
    expect(changes.map((change) => [change.locale, change.bump, change.newLocale])).toEqual([
      ['de', 'minor', true],
    ]);
    expect(renderMessageChanges(changes)).toContain('- **de** (new language):');
  });

  it('finds nothing when the texts did not change', () => {
    const ws = localesRepository();
    const base = ws.git('rev-parse', 'HEAD');
    expect(diffLocaleMessages(readCommitMessages(ws.root, base), readWorkingTreeMessages(ws.root))).toEqual(
      [],
    );
    expect(renderMessageChanges([])).toBe('');
  });

  it('says which file is broken when a locale file is not JSON', () => {
    const ws = localesRepository();
    ws.write('locales/fr/friendly/sms.send.json', '{ "sms.send.insufficientCredit": ');
    expect(() => readWorkingTreeMessages(ws.root)).toThrow(
      /locales\/fr\/friendly\/sms\.send\.json is not valid JSON/,
    );
  });
});

describe('the changelog of a locale package', () => {
  it('lists the changed keys per locale once `changeset version` has run', async () => {
    const ws = localesRepository();
    const base = ws.git('rev-parse', 'HEAD');
    ws.write(
      'locales/fr/friendly/sms.send.json',
      json({
        'sms.send.insufficientCredit': 'Plus de crédit : rechargez votre compte.',
        'sms.send.unauthorizedSender': 'Ce nom d’expéditeur n’est pas autorisé.',
      }),
    );
    const changes = diffLocaleMessages(readCommitMessages(ws.root, base), readWorkingTreeMessages(ws.root));
    ws.write(
      '.changeset/messages-fr.md',
      renderMessagesChangeset(changes, new Set(publicPackages(ws.root).map((pkg) => pkg.name))),
    );
    // The changesets CLI loads its changelog module from the repository's node_modules.
    const realRoot = findRepoRoot();
    mkdirSync(join(ws.root, 'node_modules/@changesets'), { recursive: true });
    symlinkSync(
      realpathSync(join(realRoot, 'node_modules/@changesets/cli')),
      join(ws.root, 'node_modules/@changesets/cli'),
    );
    const result = await runCommand(join(realRoot, 'node_modules/.bin/changeset'), ['version'], {
      cwd: ws.root,
      timeoutMs: 60_000,
    });
    expect(result.exitCode, result.stderr).toBe(0);
    const changelog = readFileSync(join(ws.root, 'packages/locale-fr/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## 0.1.1');
    expect(changelog).toContain('Message changes in fr (1).');
    expect(changelog).toContain('- **fr**:');
    expect(changelog).toContain('- changed (friendly): `sms.send.insufficientCredit`');
  });
});

describe('renderMessagesChangeset', () => {
  it('writes a changeset that changesets parses, naming each public locale package with its bump', () => {
    const ws = localesRepository();
    const base = ws.git('rev-parse', 'HEAD');
    ws.write(
      'locales/fr/friendly/sms.send.json',
      json({
        'sms.send.insufficientCredit': 'Plus de crédit : rechargez votre compte.',
        'sms.send.unauthorizedSender': 'Ce nom d’expéditeur n’est pas autorisé.',
      }),
    );
    const changes = diffLocaleMessages(readCommitMessages(ws.root, base), readWorkingTreeMessages(ws.root));
    const text = renderMessagesChangeset(
      changes,
      new Set(['@smspartner-i18n/locale-fr', '@smspartner-i18n/core']),
    );
    const changeset = parseChangeset(text);
    expect(changeset.releases).toEqual([{ name: '@smspartner-i18n/locale-fr', type: 'patch' }]);
    expect(changeset.summary).toContain('changed (friendly): `sms.send.insufficientCredit`');
  });
});
