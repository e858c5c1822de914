import { createResolver, lookup } from '@smspartner-i18n/core';
import { terminalText } from '@smspartner-i18n/core/internal';
import {
  createExplainer,
  createResolver as createResolverWithoutCatalog,
} from '@smspartner-i18n/core/runtime';
import i18next from 'i18next';
import { IntlMessageFormat } from 'intl-messageformat';
import { do_not_optimize as keep, measure } from 'mitata';
import {
  codePacks,
  cycle,
  cycleLength,
  locale,
  numberCase,
  numberValues,
  packs,
  resources,
  section as sectionId,
  staticCases,
} from './bench-data.ts';
import { parseSpeedOptions, speedUsage } from './cli-options.ts';
import { measureColdStart } from './cold-start.ts';
import { peerBenches, peerSpeedTable } from './peers/peers.ts';
import { formatNs, machine, measuredOn, median, writeTables } from './report.ts';
import { boundText, checkTargets } from './targets.ts';

/**
 * `pnpm bench`: the speed of the packs beside what an app would use instead, in one process and one run,
 * then the cold start of the Node adapter. Prints the tables; exits 1 when a target is missed, 2 on bad
 * options (see `parseSpeedOptions`; `--only` names benchmark ids or groups to run, and targets whose
 * benchmarks are left out are missed).
 */

/** The groups in the order they are measured and printed, with their table headings. */
const groupTitles = {
  static: 'Static text (`sms.send`, French friendly, every code with a text without argument, cycled)',
  number: `Number argument (\`${numberCase.key}\`, French friendly, ${cycleLength} different values of \`{max}\`, cycled)`,
  adapter: 'Node adapter',
  list: 'Large answers (a list answer with 10,000 failed numbers)',
};
type Group = keyof typeof groupTitles;
const groups = Object.keys(groupTitles) as Group[];

interface Bench {
  readonly id: string;
  readonly label: string;
  readonly group: Group;
  /** One call; its result goes to `keep` (mitata's `do_not_optimize`) so that the engine cannot drop it. */
  readonly run: () => void;
}

/** A group's benchmarks, in order, from `{ id: [label, run] }`. */
const groupBenches = (group: Group, rows: Record<string, readonly [string, () => void]>): Bench[] =>
  Object.entries(rows).map(([id, [label, run]]) => ({ id, label, group, run }));

const mask = cycleLength - 1;

const isPeer = (bench: Bench) => bench.id.startsWith('peer-');

/** Throws unless every answer is `expected`: contenders that answer differently cannot be compared. */
function checkAnswers(answers: Record<string, unknown>, expected: unknown, question: string): void {
  for (const [name, answer] of Object.entries(answers))
    if (answer !== expected)
      throw new Error(
        `bench: ${name} answers ${JSON.stringify(answer)} for ${question}, expected ${JSON.stringify(expected)}`,
      );
}

async function buildBenches(): Promise<Bench[]> {
  // A local constant, as an app passes a literal: an imported binding costs a load and a check ours alone pay.
  const section: string = sectionId;
  const resolver = createResolver({ packs, locale });
  const resolverWithoutCatalog = createResolverWithoutCatalog({ packs: codePacks, locale });
  // What the React components call: no memo, the packs walked on each call.
  const explainer = createExplainer({ packs: codePacks, locale });

  // Static texts: every code of sms.send whose French friendly text has no argument.
  const codes = cycle(staticCases.map((item) => item.code));
  const textsByCode = staticCases.map((item) => [item.code, item.text] as const);
  const plainTexts: Record<number, string> = Object.fromEntries(textsByCode);
  const mapTexts = new Map(textsByCode);
  // What a developer writes by hand: a switch over the codes, returning the sentences.
  const switchOverCodes = new Function(
    'code',
    `switch (code) {\n${staticCases.map((item) => `  case ${item.code}: return ${JSON.stringify(item.text)};`).join('\n')}\n  default: return undefined;\n}`,
  ) as (code: number) => string | undefined;

  const i18n = i18next.createInstance();
  await i18n.init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    ns: ['smspartner-friendly'],
    defaultNS: 'smspartner-friendly',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  } as Parameters<typeof i18n.init>[0]);
  const t = i18n.getFixedT(locale, 'smspartner-friendly');
  const keys = cycle(staticCases.map((item) => item.key));

  // A number argument: sms.send.tooManyNumbers with a different {max} on every call.
  const numberOptions = numberValues.map((value) => ({ params: { [numberCase.argument]: value } }));
  const numberParams = numberValues.map((value) => ({ [numberCase.argument]: value }));
  const intlMessageFormat = new IntlMessageFormat(numberCase.message as never, locale);
  // The bound `format` (what the getter returns), called directly: the cost of formatting alone.
  const formatNumber = new Intl.NumberFormat(locale).format;

  for (let index = 0; index < cycleLength; index++) {
    const code = codes[index]!;
    checkAnswers(
      {
        map: mapTexts.get(code),
        switch: switchOverCodes(code),
        message: resolver.message(section, code),
        explain: resolver.explain(section, code).text,
        withoutCatalog: resolverWithoutCatalog.message(section, code),
        explainer: explainer.explain(section, code).text,
        i18next: t(keys[index]!),
      },
      plainTexts[code],
      `${section} ${code}`,
    );
    const options = numberOptions[index]!;
    checkAnswers(
      {
        'message()': resolver.message(section, numberCase.code, options),
        'message() of core/runtime': resolverWithoutCatalog.message(section, numberCase.code, options),
        'explain() of createExplainer': explainer.explain(section, numberCase.code, options).text,
      },
      intlMessageFormat.format(numberParams[index]!),
      `${section} ${numberCase.code} with {max} = ${numberValues[index]} (the expected text is intl-messageformat's)`,
    );
  }

  let i = 0;
  return [
    ...groupBenches('static', {
      'plain-read': ['plain object property read', () => keep(plainTexts[codes[i++ & mask]!])],
      'map-get': ['`Map.get`', () => keep(mapTexts.get(codes[i++ & mask]!))],
      switch: ['hand-written `switch` over codes', () => keep(switchOverCodes(codes[i++ & mask]!))],
      lookup: ['core `lookup` (the catalog entry)', () => keep(lookup(section, codes[i++ & mask]!))],
      'message-static': ['core `message`', () => keep(resolver.message(section, codes[i++ & mask]!))],
      'message-static-runtime': [
        '`message` of `@smspartner-i18n/core/runtime`',
        () => keep(resolverWithoutCatalog.message(section, codes[i++ & mask]!)),
      ],
      explain: ['core `explain`', () => keep(resolver.explain(section, codes[i++ & mask]!))],
      'explain-static-explainer': [
        '`explain` of `createExplainer` (core/runtime, no memo: what the React components call)',
        () => keep(explainer.explain(section, codes[i++ & mask]!)),
      ],
      'i18next-static': ['i18next `t()` (same key)', () => keep(t(keys[i++ & mask]!))],
    }),
    ...groupBenches('number', {
      'number-format': [
        '`Intl.NumberFormat` `format` alone (bound; the floor)',
        () => keep(formatNumber(numberValues[i++ & mask]!)),
      ],
      'message-number': [
        'core `message` with `{ params: { max } }`',
        () => keep(resolver.message(section, numberCase.code, numberOptions[i++ & mask]!)),
      ],
      'message-number-runtime': [
        '`message` of `@smspartner-i18n/core/runtime`, same',
        () => keep(resolverWithoutCatalog.message(section, numberCase.code, numberOptions[i++ & mask]!)),
      ],
      'explain-number-explainer': [
        '`explain` of `createExplainer`, same',
        () => keep(explainer.explain(section, numberCase.code, numberOptions[i++ & mask]!)),
      ],
      'message-number-default': [
        'core `message`, default `{max}` (finished sentence kept)',
        () => keep(resolver.message(section, numberCase.code)),
      ],
      'imf-number': [
        'intl-messageformat `format()` (cached instance, compiled AST)',
        () => keep(intlMessageFormat.format(numberParams[i++ & mask]!)),
      ],
      'i18next-number': [
        'i18next `t()` with `{{max, number}}`',
        () => keep(t(numberCase.key, numberParams[i++ & mask]!)),
      ],
    }),
    ...(await adapterBenches()),
    // The same texts through each peer library (tools/bench/src/peers), in the same groups, after ours.
    ...(await peerBenches()),
  ];
}

/** When the Node adapter is built: `createTranslator`, and `parseResponse` of an error and of a long list. */
async function adapterBenches(): Promise<Bench[]> {
  const adapter = await import('@smspartner-i18n/node').catch(() => undefined);
  if (adapter === undefined) return [];
  const { parseResponse, createTranslator } = adapter;
  const translatorOptions = { locale: 'fr-CA' };
  const translatorLocale = translatorOptions.locale;
  // The answer must be read whole, or the comparison means nothing.
  const parsed = parseResponse(failingListBody, { section: 'sms.send' });
  if (
    parsed.itemErrors.length !== failingListLength ||
    parsed.itemErrors[0]?.error.key !== 'sms.send.apiKeyIncorrect'
  )
    throw new Error(
      `bench: parseResponse of the ${failingListLength}-item list gives ${parsed.itemErrors.length} item errors`,
    );
  return [
    ...groupBenches('adapter', {
      'create-translator': [
        'Node `createTranslator({ locale: "fr-CA" })` (per request)',
        () => keep(createTranslator(translatorOptions)),
      ],
      // The yardstick of `createTranslator`: a formatter per request, what a server without cached `Intl` pays.
      'new-number-format': [
        '`new Intl.NumberFormat("fr-CA")` (one formatter per request)',
        () => keep(new Intl.NumberFormat(translatorLocale)),
      ],
      'parse-validation-error': [
        'Node `parseResponse` of a validation error (JSON text)',
        () => keep(parseResponse(validationErrorBody, { section: 'sms.send' })),
      ],
    }),
    ...groupBenches('list', {
      'json-parse-list': [
        '`JSON.parse` of the same body (the floor)',
        () => keep(JSON.parse(failingListBody)),
      ],
      'parse-list': [
        `Node \`parseResponse\` of a list answer with ${failingListLength.toLocaleString('en')} failed numbers (JSON text, ${Math.round(failingListBody.length / 1024)} KiB)`,
        () => keep(parseResponse(failingListBody, { section: 'sms.send' })),
      ],
    }),
  ];
}

/** A validation error as SMSPartner sends it (code 9, one entry per invalid field), as text off the wire. */
const validationErrorBody = JSON.stringify({
  success: false,
  code: 9,
  error: [
    { elementId: 'children[message].data', message: 'Le message est requis' },
    { elementId: 'children[phoneNumbers].data', message: "Ce numero de telephone n'est pas valide (922264)" },
    {
      elementId: 'children[sender].data',
      message: "L'emetteur ne peut pas etre plus long que 11 caracteres",
    },
    { elementId: 'children[minute].data', message: 'La minute est requise' },
  ],
});

/** A multi-number send where every number failed: the largest answer an app reads in one go. */
const failingListLength = 10_000;
const failingListBody = JSON.stringify({
  success: true,
  code: 200,
  message_id: 4242,
  StatutResponse_List: Array.from({ length: failingListLength }, (_, index) => ({
    phoneNumber: `+336${String(index).padStart(8, '0')}`,
    success: false,
    code: 10,
    status: 'Clé API incorrecte',
  })),
});

/**
 * Median over rounds of each benchmark's fastest sample (ns per call). Rounds run group by group, so that
 * both sides of each target ratio are measured in the same conditions: heavy number formatting was seen to
 * slow the static benchmarks measured after it by a few nanoseconds (ours more than a property read), even
 * when the formatting was intl-messageformat's.
 */
async function measureAll(benches: readonly Bench[], rounds: number): Promise<Map<string, number>> {
  const samples = new Map<string, number[]>(benches.map((bench) => [bench.id, []]));
  for (const group of groups) {
    const inGroup = benches.filter((bench) => bench.group === group);
    if (inGroup.length === 0) continue;
    for (let round = 0; round < rounds; round++)
      for (const bench of inGroup) {
        const stats = await measure(bench.run, { min_cpu_time: 300 * 1e6 });
        // The fastest batch: on a shared machine, other processes only ever add time to a sample.
        samples.get(bench.id)!.push(stats.min);
      }
    process.stderr.write(`${group}: ${rounds} rounds done\n`);
  }
  return new Map([...samples].map(([id, times]) => [id, median(times)]));
}

function speedTable(benches: readonly Bench[], times: ReadonlyMap<string, number>): string {
  // Absent when `--only` leaves the plain read out: the ratio column then says so.
  const plain = times.get('plain-read');
  const lines = ['| benchmark | ns per call | × plain read |', '| --- | ---: | ---: |'];
  for (const group of groups) {
    // The peers have their own table (peers/peers.ts); this one keeps ours and the baselines.
    const inGroup = benches.filter((bench) => bench.group === group && !isPeer(bench));
    if (inGroup.length === 0) continue;
    lines.push(`| **${groupTitles[group]}** | | |`);
    for (const { id, label } of inGroup) {
      const perPlain = plain === undefined ? 'not measured' : (times.get(id)! / plain).toFixed(1);
      lines.push(`| ${label} | ${formatNs(times.get(id))} | ${perPlain} |`);
    }
  }
  return lines.join('\n');
}

function targetTable(times: ReadonlyMap<string, number>): { text: string; allMet: boolean } {
  const checked = checkTargets(times);
  const lines = ['| target | ratio | bound | met |', '| --- | ---: | ---: | :---: |'];
  for (const { target, ratio, met } of checked)
    lines.push(
      `| ${target.claim} (\`${target.slower}\` / \`${target.faster}\`) | ${ratio === undefined ? 'not measured' : `${ratio.toFixed(1)}x`} | ${boundText(target)} | ${met ? 'yes' : '**no**'} |`,
    );
  return { text: lines.join('\n'), allMet: checked.every((result) => result.met) };
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseSpeedOptions(argv);
  if (!parsed.ok) {
    console.error(`bench: ${terminalText(parsed.error)}\n${speedUsage}`);
    return 2;
  }
  const { rounds, only, coldStart, write } = parsed.options;
  const before = machine();
  const all = await buildBenches();
  const benches = all.filter((bench) => only === undefined || only.test(bench.id) || only.test(bench.group));
  if (benches.length === 0) {
    console.error(
      `bench: --only ${terminalText(String(only))} matches no benchmark id or group; the ids are: ${all.map((bench) => bench.id).join(', ')}`,
    );
    return 2;
  }
  const times = await measureAll(benches, rounds);
  const speed = speedTable(benches, times);
  const { text: targetsText, allMet } = targetTable(times);
  const peers = benches.some(isPeer) ? peerSpeedTable(times) : undefined;
  const cold = coldStart ? await measureColdStart(15) : undefined;
  const header = `${measuredOn(before, machine())}; ns per call: the fastest sample of each benchmark (mitata batches), median of ${rounds} rounds.`;
  console.log(`\n${header}\n\n${speed}\n\n${targetsText}\n`);
  if (peers) console.log(`${peers}\n`);
  if (cold) console.log(`${cold.table}\n`);
  // A run of some benchmarks (`--only`) writes the peers' table only, never a partial main table.
  if (write)
    writeTables({
      ...(only === undefined && { speed: `${header}\n\n${speed}\n\n${targetsText}` }),
      ...(cold && { 'cold-start': `${cold.note}\n\n${cold.table}` }),
      ...(peers && { 'peers-speed': `${header}\n\n${peers}` }),
    });
  if (!allMet) console.error('bench: a speed target is missed (see the table above).');
  return allMet ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
