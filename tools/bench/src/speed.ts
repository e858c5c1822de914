import { readFileSync } from 'node:fs';
import { createResolver, lookup } from '@smspartner-i18n/core';
import {
  createExplainer,
  createResolver as createResolverWithoutCatalog,
} from '@smspartner-i18n/core/runtime';
import i18next from 'i18next';
import { IntlMessageFormat } from 'intl-messageformat';
import { do_not_optimize, measure } from 'mitata';
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
import { type ColdStartResult, measureColdStart } from './cold-start.ts';
import { peerBenches, peerSpeedTable } from './peers/speed.ts';
import {
  benchmarksPath,
  formatNs,
  machine,
  median,
  replaceBetweenMarkers,
  writeFileIfChanged,
} from './report.ts';
import { boundText, checkTargets } from './targets.ts';

/**
 * `pnpm bench`: the speed of the packs beside what an app would use
 * instead, all in one process and one run, then the cold start of the Node
 * adapter. Prints the table and the target ratios; exits 1 when a target is
 * missed. Options: `--rounds N` (default 5), `--no-cold-start`, `--write`
 * (puts the tables into BENCHMARKS.md), `--only <regexp>` (benchmark ids or groups to run, for a
 * closer look; targets whose benchmarks are left out count as missed).
 */

interface Bench {
  readonly id: string;
  readonly label: string;
  readonly group: 'static' | 'number' | 'adapter' | 'list';
  /** One call; its result goes to `do_not_optimize` so that the engine cannot drop it. */
  readonly run: () => void;
}

const mask = cycleLength - 1;

async function buildBenches(): Promise<Bench[]> {
  // A local constant, as an app passes a literal: an imported binding costs a load and a check
  // that only our contenders would pay.
  const section: string = sectionId;
  const resolver = createResolver({ packs, locale });
  const resolverWithoutCatalog = createResolverWithoutCatalog({ packs: codePacks, locale });
  // What the React components call: no memo, the packs walked on each call.
  const explainer = createExplainer({ packs: codePacks, locale });

  // ── Static texts: every code of sms.send whose French friendly text has no argument. ──
  const codes = cycle(staticCases.map((item) => item.code));
  const plainTexts: Record<number, string> = Object.fromEntries(
    staticCases.map((item) => [item.code, item.text]),
  );
  const mapTexts = new Map(staticCases.map((item) => [item.code, item.text]));
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

  // ── A number argument: sms.send.tooManyNumbers with a different {max} on every call. ──
  const numberOptions = numberValues.map((value) => ({ params: { [numberCase.argument]: value } }));
  const numberParams = numberValues.map((value) => ({ [numberCase.argument]: value }));
  const intlMessageFormat = new IntlMessageFormat(numberCase.message as never, locale);
  // The bound `format` (what the getter returns), called directly: the cost of formatting alone.
  const formatNumber = new Intl.NumberFormat(locale).format;

  // ── The Node adapter: parseResponse of a validation error (code 9 with field errors). ──
  const adapter = await import('@smspartner-i18n/node').catch(() => undefined);

  // Every contender must give the same answer, or the comparison means nothing.
  for (let index = 0; index < cycleLength; index++) {
    const code = codes[index]!;
    const expected = plainTexts[code];
    const answers = {
      map: mapTexts.get(code),
      switch: switchOverCodes(code),
      message: resolver.message(section, code),
      explain: resolver.explain(section, code).text,
      withoutCatalog: resolverWithoutCatalog.message(section, code),
      explainer: explainer.explain(section, code).text,
      i18next: t(keys[index]!),
    };
    for (const [name, answer] of Object.entries(answers))
      if (answer !== expected)
        throw new Error(
          `bench: ${name} answers ${JSON.stringify(answer)} for ${section} ${code}, expected ${expected}`,
        );
    const formatted = intlMessageFormat.format(numberParams[index]!);
    const ours = resolver.message(section, numberCase.code, numberOptions[index]!);
    const oursWithoutCatalog = resolverWithoutCatalog.message(
      section,
      numberCase.code,
      numberOptions[index]!,
    );
    const explained = explainer.explain(section, numberCase.code, numberOptions[index]!).text;
    if (ours !== formatted || oursWithoutCatalog !== formatted || explained !== formatted)
      throw new Error(
        `bench: with {max} = ${numberValues[index]}, message() gives ${JSON.stringify(ours)}, message() of core/runtime ${JSON.stringify(oursWithoutCatalog)}, explain() of createExplainer ${JSON.stringify(explained)}; intl-messageformat gives ${JSON.stringify(formatted)}`,
      );
  }

  let i = 0;
  const benches: Bench[] = [
    {
      id: 'plain-read',
      group: 'static',
      label: 'plain object property read',
      run: () => do_not_optimize(plainTexts[codes[i++ & mask]!]),
    },
    {
      id: 'map-get',
      group: 'static',
      label: '`Map.get`',
      run: () => do_not_optimize(mapTexts.get(codes[i++ & mask]!)),
    },
    {
      id: 'switch',
      group: 'static',
      label: 'hand-written `switch` over codes',
      run: () => do_not_optimize(switchOverCodes(codes[i++ & mask]!)),
    },
    {
      id: 'lookup',
      group: 'static',
      label: 'core `lookup` (the catalog entry)',
      run: () => do_not_optimize(lookup(section, codes[i++ & mask]!)),
    },
    {
      id: 'message-static',
      group: 'static',
      label: 'core `message`',
      run: () => do_not_optimize(resolver.message(section, codes[i++ & mask]!)),
    },
    {
      id: 'message-static-runtime',
      group: 'static',
      label: '`message` of `@smspartner-i18n/core/runtime`',
      run: () => do_not_optimize(resolverWithoutCatalog.message(section, codes[i++ & mask]!)),
    },
    {
      id: 'explain',
      group: 'static',
      label: 'core `explain`',
      run: () => do_not_optimize(resolver.explain(section, codes[i++ & mask]!)),
    },
    {
      id: 'explain-static-explainer',
      group: 'static',
      label: '`explain` of `createExplainer` (core/runtime, no memo: what the React components call)',
      run: () => do_not_optimize(explainer.explain(section, codes[i++ & mask]!)),
    },
    {
      id: 'i18next-static',
      group: 'static',
      label: 'i18next `t()` (same key)',
      run: () => do_not_optimize(t(keys[i++ & mask]!)),
    },
    {
      id: 'number-format',
      group: 'number',
      label: '`Intl.NumberFormat` `format` alone (bound; the floor)',
      run: () => do_not_optimize(formatNumber(numberValues[i++ & mask]!)),
    },
    {
      id: 'message-number',
      group: 'number',
      label: 'core `message` with `{ params: { max } }`',
      run: () => do_not_optimize(resolver.message(section, numberCase.code, numberOptions[i++ & mask]!)),
    },
    {
      id: 'message-number-runtime',
      group: 'number',
      label: '`message` of `@smspartner-i18n/core/runtime`, same',
      run: () =>
        do_not_optimize(resolverWithoutCatalog.message(section, numberCase.code, numberOptions[i++ & mask]!)),
    },
    {
      id: 'explain-number-explainer',
      group: 'number',
      label: '`explain` of `createExplainer`, same',
      run: () => do_not_optimize(explainer.explain(section, numberCase.code, numberOptions[i++ & mask]!)),
    },
    {
      id: 'message-number-default',
      group: 'number',
      label: 'core `message`, default `{max}` (finished sentence kept)',
      run: () => do_not_optimize(resolver.message(section, numberCase.code)),
    },
    {
      id: 'imf-number',
      group: 'number',
      label: 'intl-messageformat `format()` (cached instance, compiled AST)',
      run: () => do_not_optimize(intlMessageFormat.format(numberParams[i++ & mask]!)),
    },
    {
      id: 'i18next-number',
      group: 'number',
      label: 'i18next `t()` with `{{max, number}}`',
      run: () => do_not_optimize(t(numberCase.key, numberParams[i++ & mask]!)),
    },
  ];
  if (adapter !== undefined) {
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
    benches.push(
      {
        id: 'create-translator',
        group: 'adapter',
        label: 'Node `createTranslator({ locale: "fr-CA" })` (per request)',
        run: () => do_not_optimize(createTranslator(translatorOptions)),
      },
      // The yardstick of `createTranslator`: one formatter made per request, what a server that did
      // not cache its `Intl` objects would pay.
      {
        id: 'new-number-format',
        group: 'adapter',
        label: '`new Intl.NumberFormat("fr-CA")` (one formatter per request)',
        run: () => do_not_optimize(new Intl.NumberFormat(translatorLocale)),
      },
      {
        id: 'parse-validation-error',
        group: 'adapter',
        label: 'Node `parseResponse` of a validation error (JSON text)',
        run: () => do_not_optimize(parseResponse(validationErrorBody, { section: 'sms.send' })),
      },
      {
        id: 'json-parse-list',
        group: 'list',
        label: `\`JSON.parse\` of the same body (the floor)`,
        run: () => do_not_optimize(JSON.parse(failingListBody)),
      },
      {
        id: 'parse-list',
        group: 'list',
        label: `Node \`parseResponse\` of a list answer with ${failingListLength.toLocaleString('en')} failed numbers (JSON text, ${Math.round(failingListBody.length / 1024)} KiB)`,
        run: () => do_not_optimize(parseResponse(failingListBody, { section: 'sms.send' })),
      },
    );
  }
  // The same texts through each peer library (tools/bench/src/peers), in the same groups.
  benches.push(...(await peerBenches()));
  return benches;
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

interface Measured {
  readonly bench: Bench;
  /** Median over rounds of each round's fastest sample (ns per call, averaged over a batch). */
  readonly ns: number;
  readonly rounds: readonly number[];
}

/**
 * Rounds run group by group (all the rounds of the static texts, then of the number argument, then
 * of the adapter), so that both sides of each target ratio are measured in the same conditions:
 * heavy number formatting was seen to slow the static benchmarks measured after it by a few
 * nanoseconds (ours more than a property read), even when the formatting was intl-messageformat's.
 */
async function measureAll(benches: readonly Bench[], rounds: number): Promise<Measured[]> {
  const samples = new Map<string, number[]>(benches.map((bench) => [bench.id, []]));
  for (const group of ['static', 'number', 'adapter', 'list'] as const) {
    const inGroup = benches.filter((bench) => bench.group === group);
    if (inGroup.length === 0) continue;
    for (let round = 0; round < rounds; round++) {
      for (const bench of inGroup) {
        const stats = await measure(bench.run, { min_cpu_time: 300 * 1e6 });
        // The fastest batch: on a shared machine, other processes only ever add time to a sample.
        samples.get(bench.id)!.push(stats.min);
      }
    }
    process.stderr.write(`${group}: ${rounds} rounds done\n`);
  }
  return benches.map((bench) => {
    const rounds = samples.get(bench.id)!;
    return { bench, ns: median(rounds), rounds };
  });
}

function speedTable(results: readonly Measured[]): string {
  // Absent when `--only` leaves the plain read out: the ratio column then says so.
  const plain = results.find((result) => result.bench.id === 'plain-read')?.ns;
  const groups: Record<Bench['group'], string> = {
    static: 'Static text (`sms.send`, French friendly, every code with a text without argument, cycled)',
    number: `Number argument (\`${numberCase.key}\`, French friendly, ${cycleLength} different values of \`{max}\`, cycled)`,
    adapter: 'Node adapter',
    list: 'Large answers (a list answer with 10,000 failed numbers)',
  };
  const lines = ['| benchmark | ns per call | × plain read |', '| --- | ---: | ---: |'];
  for (const group of ['static', 'number', 'adapter', 'list'] as const) {
    const inGroup = results.filter((result) => result.bench.group === group);
    if (inGroup.length === 0) continue;
    lines.push(`| **${groups[group]}** | | |`);
    for (const { bench, ns } of inGroup)
      lines.push(
        `| ${bench.label} | ${formatNs(ns)} | ${plain === undefined ? 'not measured' : (ns / plain).toFixed(1)} |`,
      );
  }
  return lines.join('\n');
}

function targetTable(results: readonly Measured[]): { text: string; allMet: boolean } {
  const times = new Map(results.map((result) => [result.bench.id, result.ns]));
  const checked = checkTargets(times);
  const lines = ['| target | ratio | bound | met |', '| --- | ---: | ---: | :---: |'];
  for (const { target, ratio, met } of checked)
    lines.push(
      `| ${target.claim} (\`${target.slower}\` / \`${target.faster}\`) | ${ratio === undefined ? 'not measured' : `${ratio.toFixed(1)}x`} | ${boundText(target)} | ${met ? 'yes' : '**no**'} |`,
    );
  return { text: lines.join('\n'), allMet: checked.every((result) => result.met) };
}

function coldStartTable(result: ColdStartResult): string {
  return [
    '| command | median wall time (ms) | × `node -e 0` |',
    '| --- | ---: | ---: |',
    `| \`node -e 0\` | ${result.baselineMs.toFixed(1)} | 1.0 |`,
    `| ${result.label} | ${result.probeMs.toFixed(1)} | ${(result.probeMs / result.baselineMs).toFixed(2)} |`,
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const roundsIndex = argv.indexOf('--rounds');
  const rounds = roundsIndex >= 0 ? Number(argv[roundsIndex + 1]) : 5;
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`bench: --rounds expects a positive integer, got ${argv[roundsIndex + 1]}`);
  const onlyIndex = argv.indexOf('--only');
  const only = onlyIndex >= 0 ? new RegExp(argv[onlyIndex + 1] ?? '') : undefined;
  const before = machine();
  const benches = (await buildBenches()).filter(
    (bench) => only === undefined || only.test(bench.id) || only.test(bench.group),
  );
  const results = await measureAll(benches, rounds);
  // The peers have their own table (below); the main one keeps ours and the baselines.
  const speed = speedTable(results.filter((result) => !result.bench.id.startsWith('peer-')));
  const { text: targetsText, allMet } = targetTable(results);
  const peers = results.some((result) => result.bench.id.startsWith('peer-'))
    ? peerSpeedTable(new Map(results.map((result) => [result.bench.id, result.ns])))
    : undefined;
  const cold = argv.includes('--no-cold-start') ? undefined : measureColdStart(15);
  const after = machine();
  const header = `Measured ${new Date().toISOString().slice(0, 10)} on ${before.cpu} (${before.cores} cores), Node ${before.node}; load average ${before.load} before, ${after.load} after; ns per call: the fastest sample of each benchmark (mitata batches), median of ${rounds} rounds.`;
  console.log(`\n${header}\n\n${speed}\n\n${targetsText}\n`);
  if (peers) console.log(`${peers}\n`);
  if (cold) console.log(`${coldStartTable(cold)}\n`);
  if (argv.includes('--write')) {
    // A run of some benchmarks (`--only`) writes the peers' table only, never a partial main table.
    let doc = readFileSync(benchmarksPath, 'utf8');
    if (only === undefined)
      doc = replaceBetweenMarkers(doc, 'speed', `${header}\n\n${speed}\n\n${targetsText}`);
    if (cold) doc = replaceBetweenMarkers(doc, 'cold-start', `${cold.note}\n\n${coldStartTable(cold)}`);
    if (peers) doc = replaceBetweenMarkers(doc, 'peers-speed', `${header}\n\n${peers}`);
    writeFileIfChanged(benchmarksPath, doc);
  }
  if (!allMet) console.error('bench: a speed target is missed (see the table above).');
  return allMet ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
