// `pnpm start`: after `turbo run build`, prints a readable summary of the
// catalog from the BUILT packages (what npm users get, not the sources),
// and the English and French texts of a few codes once the locale packs
// are built; `pnpm start` then serves the explorer app's preview.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const builtEntry = (pkg) => `${root}packages/${pkg}/dist/index.mjs`;

/** A few codes that show the range of the catalog: an error, a status, HLR, VMS, a limit, an alias. */
const samples = [
  ['sms.send', 11],
  ['sms.send', 50],
  ['sms.deliveryStatus', 'Not delivered'],
  ['sms.dlr', 'DELIVRD'],
  ['hlr.error', 'EC_UNKNOWN_SUBSCRIBER'],
  ['hlr.error', 'EC_SOURCE_ADDRESS_BLACKLISTED'],
  ['vms', 'NOT_CREDIT'],
  ['mail', 429],
];
/** A code the catalog does not know, to show the section's fallback text. */
const unknownSample = ['sms.send', 12345];

async function main() {
  if (!existsSync(builtEntry('core'))) {
    console.error(
      `start: ${builtEntry('core')} is missing. Run \`pnpm start\` (it builds first) or \`pnpm build\`.`,
    );
    process.exitCode = 1;
    return;
  }
  const core = await import(pathToFileURL(builtEntry('core')).href);
  const version = JSON.parse(readFileSync(`${root}packages/core/package.json`, 'utf8')).version;
  const out = [];
  const say = (line = '') => out.push(line);

  say(`SMSPartner i18n: the catalog of @smspartner-i18n/core ${version}`);
  say(
    `${core.entries.length} codes in ${core.sections.length} sections, ${core.messageKeys.length} message keys`,
  );
  say();
  say(
    table(
      ['section', 'codes', 'code type', 'kind', 'SMSPartner heading (EN / FR)'],
      core.sections.map((s) => [s.id, String(s.size), s.codeType, s.kind, headings(s.heading)]),
      [false, true, false, false, false],
    ),
  );
  say();
  const byCategory = countBy(core.entries, (entry) => entry.category);
  say(`Categories: ${core.categories.map((c) => `${c} ${byCategory.get(c) ?? 0}`).join(', ')}`);
  const byFixer = countBy(
    core.entries.filter((entry) => entry.fixableBy),
    (entry) => entry.fixableBy,
  );
  say(`Fixable by: ${[...byFixer].map(([who, count]) => `${who} ${count}`).join(', ')}`);
  say(
    `Retryable: ${core.entries.filter((entry) => entry.retryable).length}; with a defect note: ${core.entries.filter((entry) => entry.note).length}`,
  );

  const packs = await loadLocalePacks(say);
  const compiledPacks = packs.map((p) => p.pack).filter((pack) => pack !== undefined);
  const resolvers = new Map(
    packs.map(({ locale }) => [locale, core.createResolver({ packs: compiledPacks, locale })]),
  );

  say();
  say('A few entries:');
  for (const [section, code] of samples) {
    const entry = core.lookup(section, code);
    say();
    if (!entry) {
      say(
        `  ${section} ${JSON.stringify(code)}: NOT FOUND in the catalog (scripts/start.mjs samples are out of date)`,
      );
      process.exitCode = 1;
      continue;
    }
    const asked = String(code) === String(entry.code) ? '' : ` (looked up as ${JSON.stringify(code)})`;
    say(`  ${entry.section} ${JSON.stringify(entry.code)}${asked} → ${entry.key}`);
    say(`    ${metadata(entry)}`);
    if (entry.note) say(`    note: ${entry.note}`);
    for (const { locale, official, friendly } of packs) {
      for (const [register, texts] of [
        ['official', official],
        ['friendly', friendly],
      ]) {
        say(
          `    ${locale} ${register.padEnd(8)}  ${textOf(resolvers.get(locale), locale, register, texts, entry, code)}`,
        );
      }
    }
  }
  if (compiledPacks.length > 0) {
    const [section, code] = unknownSample;
    say();
    say(`  ${section} ${code}: not in the catalog, so the section's fallback text is used`);
    for (const [locale, resolver] of resolvers) {
      const explanation = resolver.explain(section, code, { register: 'friendly' });
      say(`    ${locale} friendly  ${explanation.text}  [${explanation.key}]`);
    }
  }
  const explorer = `${root}apps/explorer/dist/sitemap.xml`;
  if (existsSync(explorer)) {
    const pages = readFileSync(explorer, 'utf8').match(/<loc>/g)?.length ?? 0;
    say();
    say(
      `The explorer, served next on http://127.0.0.1:4173/: ${pages} pages (a page per code and language, such as /fr/sms.send/11/), /sitemap.xml, /llms.txt, /llms-full.txt, /catalog.json`,
    );
  }
  console.log(out.join('\n'));
}

/** Loads the built English and French packs; a pack that is not built yet is reported, not fatal. */
async function loadLocalePacks(say) {
  const packs = [];
  for (const locale of ['en', 'fr']) {
    const entry = builtEntry(`locale-${locale}`);
    if (!existsSync(entry)) {
      say(
        `@smspartner-i18n/locale-${locale} is not built yet (packages/locale-${locale}/dist is missing): no ${locale} texts below.`,
      );
      continue;
    }
    try {
      const mod = await import(pathToFileURL(entry).href);
      if (typeof mod.official !== 'object' || typeof mod.friendly !== 'object') {
        say(
          `@smspartner-i18n/locale-${locale} does not export the \`official\` and \`friendly\` records: skipped.`,
        );
        continue;
      }
      packs.push({ locale, official: mod.official, friendly: mod.friendly, pack: mod.pack });
    } catch (error) {
      say(`@smspartner-i18n/locale-${locale} could not be loaded (${error.message}): skipped.`);
    }
  }
  return packs;
}

/**
 * The text as an app shows it (ICU arguments formatted by core's resolver)
 * when the pack exports its compiled `pack`; else the ICU source as written
 * in locales/.
 */
function textOf(resolver, locale, register, texts, entry, code) {
  if (!Object.hasOwn(texts, entry.key)) return `(no ${register} text for ${entry.key})`;
  const explanation = resolver.explain(entry.section, code, { register });
  return explanation.key === entry.key && explanation.locale === locale ? explanation.text : texts[entry.key];
}

function metadata(entry) {
  const parts = [`${entry.kind}`, `category ${entry.category}`];
  if (entry.name && entry.name !== entry.code) parts.push(`name ${entry.name}`);
  if (entry.aliases.length > 0) parts.push(`aliases ${entry.aliases.join(', ')}`);
  if (entry.fixableBy) parts.push(`fixable by ${entry.fixableBy}`);
  parts.push(`outcome ${entry.outcome}`);
  if (entry.final !== undefined) parts.push(entry.final ? 'final' : 'not final');
  parts.push(entry.retryable ? 'retryable' : 'not retryable');
  if (entry.permanent !== undefined) parts.push(entry.permanent ? 'permanent' : 'not permanent');
  if (entry.group)
    parts.push(
      `group ${entry.group.kind === 'status' ? 'statusGrpId' : 'errorGrpId'} ${entry.group.id} ${entry.group.name}`,
    );
  const params = Object.entries(entry.params);
  if (params.length > 0) parts.push(`params ${params.map(([name, value]) => `${name}=${value}`).join(', ')}`);
  return parts.join(' · ');
}

function headings({ en, fr }) {
  return en === fr ? en : `${en} / ${fr}`;
}

function countBy(items, keyOf) {
  const counts = new Map();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

function table(header, rows, alignRight) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    `  ${cells
      .map((cell, i) => (alignRight[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd()}`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

main().catch((error) => {
  console.error(`start: ${error.stack ?? error}`);
  process.exitCode = 1;
});
