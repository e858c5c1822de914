import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { git } from './git.ts';

/** The texts of every locale: locale → register (`official`, `friendly`) → key → ICU source text. */
export type LocaleMessages = Map<string, Map<string, Map<string, string>>>;
export type ChangeKind = 'added' | 'changed' | 'removed';
export type Bump = 'major' | 'minor' | 'patch';

/** A file of locales/ that holds texts: `locales/<lng>/<register>/<file>.json` (`schema/` is no language). */
const localeTextFile = /^locales\/(?!schema\/)([^/]+)\/([^/]+)\/[^/]+\.json$/;

/** `map.get(key)`, set to a new empty `Empty` (Map, Array) first when missing. */
function child<K, V>(map: Map<K, V>, key: K, Empty: new () => NoInfer<V>): V {
  if (!map.has(key)) map.set(key, new Empty());
  return map.get(key)!;
}

/** The texts of the locale files among `paths`, each read with `read` (`null`: skipped). */
function collectMessages(paths: readonly string[], read: (path: string) => string | null): LocaleMessages {
  const messages: LocaleMessages = new Map();
  for (const path of paths) {
    const [, locale, register] = localeTextFile.exec(path) ?? [];
    const text = register === undefined ? null : read(path);
    if (locale === undefined || register === undefined || text === null) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error(
        `${path} is not valid JSON (${(error as Error).message}); run pnpm i18n:check for the exact place.`,
      );
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new Error(`${path}: expected a JSON object of key → text.`);
    }
    const texts = child(child(messages, locale, Map), register, Map);
    for (const [key, value] of Object.entries(data)) {
      if (!key.startsWith('$')) texts.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
  }
  return messages;
}

/** The texts of locales/ in the working tree under `root`. */
export function readWorkingTreeMessages(root: string): LocaleMessages {
  const localesDir = join(root, 'locales');
  const files = existsSync(localesDir) ? readdirSync(localesDir, { recursive: true, encoding: 'utf8' }) : [];
  return collectMessages(
    files.sort().map((file) => `locales/${file.split(sep).join('/')}`),
    (path) => readFileSync(join(root, path), 'utf8'),
  );
}

/** The texts of locales/ at a commit; empty when locales/ did not exist there. */
export function readCommitMessages(root: string, commit: string): LocaleMessages {
  const listing = git(root, ['ls-tree', '-r', '--name-only', '-z', commit, '--', 'locales']);
  return collectMessages(listing ? listing.split('\0') : [], (path) =>
    git(root, ['show', `${commit}:${path}`]),
  );
}

export interface LocaleChange {
  readonly locale: string;
  /** True when the locale did not exist at the base: a new language. */
  readonly newLocale: boolean;
  /** kind → register → keys (sorted). */
  readonly keys: ReadonlyMap<ChangeKind, ReadonlyMap<string, readonly string[]>>;
  /** The release the semver policy asks for (RELEASING.md). */
  readonly bump: Bump;
}

/** What changed per locale, with the policy's bump (a change of meaning is raised to major by hand). */
export function diffLocaleMessages(before: LocaleMessages, after: LocaleMessages): LocaleChange[] {
  const locales = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: LocaleChange[] = [];
  for (const locale of locales) {
    const was = before.get(locale) ?? new Map<string, Map<string, string>>();
    const now = after.get(locale) ?? new Map<string, Map<string, string>>();
    const keys = new Map<ChangeKind, Map<string, string[]>>();
    const add = (kind: ChangeKind, register: string, key: string) =>
      child(child(keys, kind, Map), register, Array).push(key);
    for (const register of [...new Set([...was.keys(), ...now.keys()])].sort()) {
      const oldTexts = was.get(register) ?? new Map<string, string>();
      const newTexts = now.get(register) ?? new Map<string, string>();
      for (const [key, text] of newTexts) {
        const old = oldTexts.get(key);
        if (old === undefined) add('added', register, key);
        else if (old !== text) add('changed', register, key);
      }
      for (const key of oldTexts.keys()) {
        if (!newTexts.has(key)) add('removed', register, key);
      }
    }
    if (keys.size === 0) continue;
    for (const byRegister of keys.values()) for (const list of byRegister.values()) list.sort();
    const newLocale = !before.has(locale);
    const bump: Bump = keys.has('removed') ? 'major' : newLocale || keys.has('added') ? 'minor' : 'patch';
    changes.push({ locale, newLocale, keys, bump });
  }
  return changes;
}

/** The changelog text: a one-line summary, then per locale the keys of each kind and register. */
export function renderMessageChanges(changes: readonly LocaleChange[]): string {
  if (changes.length === 0) return '';
  const count = (change: LocaleChange) =>
    [...change.keys.values()].flatMap((byRegister) => [...byRegister.values()].flat()).length;
  const summary = `Message changes in ${changes.map((change) => `${change.locale} (${count(change)})`).join(', ')}.`;
  const lines = [summary, ''];
  for (const change of changes) {
    lines.push(`- **${change.locale}**${change.newLocale ? ' (new language)' : ''}:`);
    for (const kind of ['removed', 'added', 'changed'] as const) {
      const byRegister = change.keys.get(kind);
      if (!byRegister) continue;
      for (const [register, keys] of byRegister) {
        lines.push(`  - ${kind} (${register}): ${keys.map((key) => `\`${key}\``).join(', ')}`);
      }
    }
  }
  return lines.join('\n');
}

/** The package a locale folder is built into. */
export function localePackageName(locale: string): string {
  return `@smspartner-i18n/locale-${locale.toLowerCase()}`;
}

/** A changeset releasing each public locale package with its bump; the summary goes into its CHANGELOG.md. */
export function renderMessagesChangeset(
  changes: readonly LocaleChange[],
  publicPackageNames: ReadonlySet<string>,
): string {
  const releases = changes
    .map((change) => [localePackageName(change.locale), change.bump] as const)
    .filter(([name]) => publicPackageNames.has(name));
  return changesetText(Object.fromEntries(releases), renderMessageChanges(changes));
}

/** A changeset file's text: the bump of each package, then the summary. */
export function changesetText(releases: Readonly<Record<string, Bump>>, summary: string): string {
  const lines = Object.entries(releases).map(([name, bump]) => `"${name}": ${bump}`);
  return `---\n${lines.join('\n')}\n---\n\n${summary}\n`;
}
