import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isFieldKey } from '@smspartner-i18n/core/fields';
import { terminalText } from '@smspartner-i18n/core/internal';
import {
  type EntryPoint,
  entryPoints,
  formatBytes,
  measureEntryPoints,
  publicPackages,
  type WorkspacePackage,
} from '@smspartner-i18n/release-tools';
import { parseWriteOption } from './cli-options.ts';
import { measurePeerSizes } from './peers/peers.ts';
import { benchmarksPath, repoRoot, writeTables } from './report.ts';
import { sentencesGzipBytes, sentencesOf } from './text-floor.ts';

/**
 * `pnpm bench:size`: minified + gzip sizes, peer dependencies left out, of core, of every entry of the locale
 * packs (all exports, and `pack` alone: what an adapter reads), and of a React app that shows the French
 * friendly texts of SMS sending. Measured with the release tools' size-limit setup
 * (tools/release/src/size-budgets.ts), the one CI holds every entry to; this script writes the table into
 * BENCHMARKS.md and exits 1 when the React app is over its target.
 */

/** A React app showing friendly French SMS-sending texts ships at most 2 kB (gzip) of ours. */
export const reactAppTargetBytes = 2000;

// Inside tools/bench/node_modules, so that the bundler resolves the workspace packages from them.
const appsDir = join(import.meta.dirname, '../node_modules/.size-apps');

const reactPeers = ['react', 'react-dom', 'i18next', 'react-i18next', 'react-intl'];

/** An entry file holding `source`, measured like a package entry (everything it exports is kept). */
function appEntry(name: string, source: string, external: readonly string[] = reactPeers): EntryPoint {
  const file = join(appsDir, `${name}.mjs`);
  writeFileSync(file, `${source}\n`);
  return { packageName: name, subpath: '.', file, external };
}

function entryPointsOf(packages: readonly WorkspacePackage[], name: string): EntryPoint[] {
  const found = packages.find((pkg) => pkg.name === name);
  if (found === undefined) throw new Error(`bench:size: the workspace has no package ${name}`);
  return entryPoints(found);
}

const localeNames = ['en', 'fr'] as const;

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseWriteOption(argv);
  if (!parsed.ok) {
    console.error(`bench:size: ${terminalText(parsed.error)}\nUsage: pnpm bench:size [--no-write]`);
    return 2;
  }
  rmSync(appsDir, { recursive: true, force: true });
  mkdirSync(appsDir, { recursive: true });

  const packages = publicPackages(repoRoot);
  const corePoints = entryPointsOf(packages, '@smspartner-i18n/core');
  const localePoints = localeNames.map((lng) => entryPointsOf(packages, `@smspartner-i18n/locale-${lng}`));
  const subpaths = localePoints[0]!
    .map((point) => point.subpath)
    .filter((subpath) => subpath !== './i18next');
  // A row per subpath: for each locale, its entry with all exports, then `pack` alone.
  const localeRows = subpaths.map((subpath) =>
    localeNames.flatMap((lng, column) => [
      localePoints[column]!.find((point) => point.subpath === subpath)!,
      appEntry(
        `pack-${lng}-${subpath.replace(/[^\w.]+/g, '_')}`,
        `export { pack } from '@smspartner-i18n/locale-${lng}${subpath.slice(1)}';`,
        [],
      ),
    ]),
  );
  const fromReact = (names: string) => `export { ${names} } from '@smspartner-i18n/react';`;
  const sectionEntry = (lng: string) => `@smspartner-i18n/locale-${lng}/friendly/sms.send`;
  const section = (lng: string, name: string) => `import * as ${name} from '${sectionEntry(lng)}';`;
  const components = fromReact('SmsPartnerProvider, SmsPartnerMessage');
  const texts = `${section('fr', 'frSend')}\nexport const packs = [frSend];`;
  const fromRuntime = (name: string) => `export { ${name} } from '@smspartner-i18n/core/runtime';`;
  const app = {
    whole: appEntry('react-app-fr-sms-send', `${components}\n${texts}`),
    adapter: appEntry('react-adapter-only', components),
    texts: appEntry('fr-friendly-sms-send-pack', texts),
    runtime: appEntry('core-runtime-resolver', fromRuntime('createResolver'), []),
    explainer: appEntry('core-runtime-explainer', fromRuntime('createExplainer'), []),
  };
  // The apps of the React README's examples, by what they import (their own code is the app's).
  const readmeApps = {
    both: appEntry(
      'readme-both-languages',
      `${fromReact('SmsPartnerMessage, SmsPartnerProvider, useSmsPartnerMessage')}\n${section('en', 'enSend')}\n${section('fr', 'frSend')}\nexport const packs = [enSend, frSend];`,
    ),
    lazy: appEntry(
      'readme-lazy-french',
      `${fromReact('SmsPartnerMessage, SmsPartnerProvider, useLocaleLoader')}\n${section('en', 'enSend')}\nexport const packs = [enSend];\nexport const loadLocale = (tag) => (tag === 'fr' ? import('${sectionEntry('fr')}') : undefined);`,
      [...reactPeers, sectionEntry('fr')],
    ),
    english: appEntry(
      'readme-english-only',
      `${components}\n${section('en', 'enSend')}\nexport const packs = [enSend];`,
    ),
    fields: appEntry('readme-react-fields', "export * from '@smspartner-i18n/react/fields';"),
    texts: appEntry(
      'readme-every-text',
      `${components}\nimport * as fr from '@smspartner-i18n/locale-fr/texts';\nexport const packs = [fr];`,
    ),
  };

  const all = [...corePoints, ...localeRows.flat(), ...Object.values(app), ...Object.values(readmeApps)];
  const sizes = await measureEntryPoints(all);
  const sizeOf = new Map(all.map((point, index) => [point, sizes[index]!]));
  const size = (point: EntryPoint) => formatBytes(sizeOf.get(point)!);

  const coreTable = [
    '| entry | min + gzip |',
    '| --- | ---: |',
    ...corePoints.map(
      (point) => `| \`@smspartner-i18n/core${point.subpath.slice(1)}\` (all exports) | ${size(point)} |`,
    ),
  ].join('\n');

  const localeTable = [
    '| entry | `en`, all exports | `en`, `pack` only | `fr`, all exports | `fr`, `pack` only |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...subpaths.map((subpath, row) => `| \`${subpath}\` | ${localeRows[row]!.map(size).join(' | ')} |`),
  ].join('\n');

  const appBytes = sizeOf.get(app.whole)!;
  // The built texts of the codes, as the app gets them (their compiled ASTs: the literal pieces in order);
  // the field texts are in an entry of their own, which the app does not import.
  const { compiled } = await import('@smspartner-i18n/locale-fr/sms.send');
  const codeTexts = Object.entries(compiled.friendly).filter(([key]) => !isFieldKey(key));
  const floorBytes = sentencesGzipBytes(sentencesOf(codeTexts.map(([, message]) => message)));
  const met = appBytes <= reactAppTargetBytes;
  const appTable = [
    '| what the app imports | min + gzip |',
    '| --- | ---: |',
    `| **\`SmsPartnerProvider\` + \`SmsPartnerMessage\` from \`@smspartner-i18n/react\`, \`import * as\` \`@smspartner-i18n/locale-fr/friendly/sms.send\`** (target ≤ ${formatBytes(reactAppTargetBytes)}: ${met ? 'met' : '**missed**'}) | **${size(app.whole)}** |`,
    `| of which, measured alone: the two components (with core) | ${size(app.adapter)} |`,
    `| of which, measured alone: the texts (\`pack\`) | ${size(app.texts)} |`,
    `| of which, measured alone: \`createExplainer\` of \`@smspartner-i18n/core/runtime\` (what the two components resolve with) | ${size(app.explainer)} |`,
    `| for reference: \`createResolver\` of \`@smspartner-i18n/core/runtime\` alone (with \`message\`) | ${size(app.runtime)} |`,
    `| the floor: the sentences of \`pack\` alone, as string literals with nothing around them (no codes, no structure, no code to read them) | ${formatBytes(floorBytes)} |`,
  ].join('\n');

  const readmeTable = [
    '| app | min + gzip |',
    '| --- | ---: |',
    `| both languages: \`SmsPartnerProvider\` + \`SmsPartnerMessage\` + \`useSmsPartnerMessage\`, \`import * as\` the English and French friendly \`sms.send\` | ${size(readmeApps.both)} |`,
    `| English at hand, French loaded on demand: the same with \`useLocaleLoader\` and \`import()\` of the French entry, before French arrives | ${size(readmeApps.lazy)} |`,
    `| English only, no loader: \`SmsPartnerProvider\` + \`SmsPartnerMessage\`, \`import * as\` the English friendly \`sms.send\` | ${size(readmeApps.english)} |`,
    `| every text compiled to code: \`SmsPartnerProvider\` + \`SmsPartnerMessage\`, \`import * as\` \`@smspartner-i18n/locale-fr/texts\` | ${size(readmeApps.texts)} |`,
    `| the field errors' entry, \`@smspartner-i18n/react/fields\` (all exports, with core's recogniser) | ${size(readmeApps.fields)} |`,
  ].join('\n');

  const table = [
    '#### Core',
    coreTable,
    '#### Locale packs',
    'Each entry point of `@smspartner-i18n/locale-en` and `-fr`: whole (`.`), per register, per section (both registers) and per register and section. "All exports" keeps the ICU sources, the compiled ASTs, the i18next resources and the pack; "`pack` only" is what an app that hands the pack to an adapter ships.',
    localeTable,
    '#### A React app with the French friendly texts of SMS sending',
    'The parts measured alone add up to more than the whole: one gzip stream compresses what they share.',
    appTable,
    "#### The React README's other apps",
    'What the examples of `packages/react/README.md` ship, by what they import (their own code left out).',
    readmeTable,
  ].join('\n\n');
  console.log(table);
  // The same app built with each peer library instead (tools/bench/src/peers).
  const peers = await measurePeerSizes();
  console.log(`\n${peers}`);
  if (parsed.write && writeTables({ size: table, 'peers-size': peers }))
    console.error(`bench:size: wrote the tables into ${benchmarksPath}`);
  rmSync(appsDir, { recursive: true, force: true });
  if (!met)
    console.error(
      `bench:size: the React app with the French friendly texts of sms.send is ${formatBytes(appBytes)} gzip, over its target of ${formatBytes(reactAppTargetBytes)}.`,
    );
  return met ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
