import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { formatBytes, measureEntryPoints } from '@smspartner-i18n/release-tools';
import { build } from 'esbuild';
import { cycle, cycleLength, numberCase, numberValues } from '../bench-data.ts';
import { formatNs, ratio } from '../report.ts';
import { sentencesGzipBytes, sentencesOf } from '../text-floor.ts';
import type { Contender, PeerBenches, PeerRuntime, SizeVariant, SpeedInputs, Values } from './contenders.ts';
import { contenders } from './contenders.ts';
import { expectedSentence, onlyCodes, type PeerTexts, readPeerTexts } from './peer-texts.ts';

/** The peer comparison: the contenders' apps on disk, their inputs and checks, their rows in each bench. */

const benchRoot = join(import.meta.dirname, '../..');

/** In tools/bench/node_modules, so that the apps' bare imports (`react`) resolve to the bench's own pins. */
export const peerAppsRoot = (name: string) => join(benchRoot, 'node_modules', `.peer-apps-${name}`);

/** Writes each contender's files into `<root>/<contender id>` (emptied first); returns the directories. */
export function writePeerApps(root: string, texts: PeerTexts, list: readonly Contender[]) {
  const dirs = new Map<string, string>();
  for (const contender of list) {
    const dir = join(root, contender.id);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [name, source] of Object.entries(contender.files(texts)))
      writeFileSync(join(dir, name), `${source}\n`);
    dirs.set(contender.id, dir);
  }
  return dirs;
}

/** React, which every app shares, is left out of their bundles. */
export const sharedExternals: readonly string[] = ['react', 'react-dom', 'react/jsx-runtime'];

/** Bundles `<dir>/app.mjs` with a variant's `alias`, unminified (the size run minifies), into a new file. */
export async function bundleVariant(dir: string, variant: SizeVariant, index: number): Promise<string> {
  const outfile = join(dir, `app.variant-${index}.mjs`);
  await build({
    entryPoints: [join(dir, 'app.mjs')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: [...sharedExternals],
    alias: { ...variant.alias },
    // esbuild resolves an alias's target from the working directory, not from the importer.
    absWorkingDir: realpathSync(join(benchRoot, 'node_modules', variant.resolveFrom)),
    logLevel: 'silent',
  });
  return outfile;
}

/** The speed run's inputs, from the texts: every code without argument, and `numberCase` with many values. */
export function peerSpeedInputs(texts: PeerTexts): SpeedInputs {
  const number = texts.messages.find((message) => message.key === numberCase.key);
  if (number === undefined || number.numberArguments.length !== 1)
    throw new Error(`bench: ${numberCase.key} with one {x, number} argument is missing from the texts`);
  const argument = number.numberArguments[0]!;
  return {
    staticCodes: cycle(
      texts.messages.filter((message) => message.numberArguments.length === 0).map((message) => message.code),
    ),
    numberCode: number.code,
    numberValues: numberValues.map((value) => ({ [argument]: value })),
    mask: cycleLength - 1,
  };
}

/** A code no version of the catalog has: the section's fallback answers it. */
export const unknownCode = 987_654;

/**
 * What every contender must answer like ours: each code with the section's defaults, each code with arguments
 * under other values (integers that need grouping, a decimal, zero), and an unknown code.
 */
export function peerCases(texts: PeerTexts): { code: number; values?: Values }[] {
  const samples = [0, 7, 1234.5, ...numberValues.slice(0, 6)];
  return [
    ...texts.messages.flatMap(({ code, numberArguments }) => [
      { code },
      ...(numberArguments.length === 0 ? [] : samples).map((_, index) => ({
        code,
        values: Object.fromEntries(
          numberArguments.map((name, position) => [name, samples[(index + position) % samples.length]!]),
        ),
      })),
    ]),
    { code: unknownCode },
  ];
}

/**
 * Where `runtime.text` or the timed calls of `timedRuntime` differ from our sentence, in words (empty when
 * every answer is right), and those timed calls. The timed calls give their answers to a store the engine
 * cannot drop (like mitata's `do_not_optimize`), and are run once over every input here, so the calls that
 * are timed are the calls that are checked.
 */
export function peerMismatches(
  contender: Contender,
  runtime: PeerRuntime,
  texts: PeerTexts,
  inputs: SpeedInputs,
  timedRuntime: PeerRuntime = runtime,
): { problems: string[]; benches: PeerBenches } {
  const problems: string[] = [];
  for (const { code, values } of peerCases(texts)) {
    const expected = expectedSentence(texts, code, values);
    const answer = runtime.text(code, values);
    if (answer !== expected)
      problems.push(
        `${contender.id}: code ${code}${values ? ` with ${JSON.stringify(values)}` : ''} gives ${JSON.stringify(answer)}, expected ${JSON.stringify(expected)}`,
      );
  }
  let kept: unknown;
  const benches = timedRuntime.benches(inputs, (answer) => {
    kept = answer;
  });
  for (const name of ['static', 'number'] as const)
    for (let index = 0; index < cycleLength; index++) {
      benches[name]();
      const expected =
        name === 'static'
          ? expectedSentence(texts, inputs.staticCodes[index]!)
          : expectedSentence(texts, inputs.numberCode, inputs.numberValues[index]!);
      if (kept !== expected) {
        problems.push(
          `${contender.id}: the timed ${name} call #${index} gives ${JSON.stringify(kept)}, expected ${JSON.stringify(expected)}`,
        );
        break;
      }
    }
  return { problems, benches };
}

export function installedVersion(name: string): string {
  const manifest = join(benchRoot, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? 'unknown';
}

const peerId = (id: string, kind: 'static' | 'number' | 'static-after-unknown') => `peer-${id}-${kind}`;

/**
 * The rows of `pnpm bench`, measured in the same groups (so the same rounds) as ours; throws, naming each
 * contender, when one gives a sentence that is not ours.
 */
export async function peerBenches() {
  const texts = readPeerTexts();
  const root = peerAppsRoot('speed');
  const dirs = writePeerApps(root, texts, contenders);
  const inputs = peerSpeedInputs(texts);
  const problems: string[] = [];
  const benches: { id: string; label: string; group: 'static' | 'number'; run: () => void }[] = [];
  for (const contender of contenders) {
    const dir = dirs.get(contender.id)!;
    // Three instances: one answers every case, one is timed on the timed inputs only (checked by running them
    // once), one is timed after it was asked, once, for a code the section lacks.
    const checked = await contender.runtime(dir, texts);
    const clean = await contender.runtime(dir, texts);
    const afterUnknown = await contender.runtime(dir, texts);
    afterUnknown.text(unknownCode);
    const timed = peerMismatches(contender, checked, texts, inputs, clean);
    const timedAfterUnknown = peerMismatches(contender, afterUnknown, texts, inputs);
    problems.push(...timed.problems, ...timedAfterUnknown.problems);
    const label = `peer: ${contender.label}`;
    benches.push(
      { id: peerId(contender.id, 'static'), group: 'static', label, run: timed.benches.static },
      {
        id: peerId(contender.id, 'static-after-unknown'),
        group: 'static',
        label: `${label}, after one unknown code`,
        run: timedAfterUnknown.benches.static,
      },
      { id: peerId(contender.id, 'number'), group: 'number', label, run: timed.benches.number },
    );
  }
  // Every module is loaded by now.
  rmSync(root, { recursive: true, force: true });
  if (problems.length > 0)
    throw new Error(`bench: a peer contender does not give our sentences:\n${problems.join('\n')}`);
  return benches;
}

/** Static calls beside a plain read and the floor, number calls beside `format` alone and the floor. */
export function peerSpeedTable(times: ReadonlyMap<string, number>): string {
  const plain = times.get('plain-read');
  const format = times.get('number-format');
  const floorStatic = times.get(peerId('floor', 'static'));
  const floorNumber = times.get(peerId('floor', 'number'));
  return [
    `Static: every code of \`sms.send\` whose text has no argument, cycled; "after one unknown code": the same, by an instance that was asked once for code ${unknownCode} before (an app meets such codes); number: \`${numberCase.key}\` with ${cycleLength} different values of its argument, cycled. Every timed call is checked against our sentence before timing. Ratios against the floor are of the floor's static column.`,
    '',
    `| contender | static: ns | × plain read | × floor | static, after one unknown code: ns | × floor | \`${numberCase.key}\`: ns | × \`Intl.NumberFormat#format\` | × floor |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...contenders.map(({ id, label }) => {
      const staticNs = times.get(peerId(id, 'static'));
      const afterNs = times.get(peerId(id, 'static-after-unknown'));
      const numberNs = times.get(peerId(id, 'number'));
      const name = id === 'ours' ? `**${label}**` : label;
      return `| ${name} | ${formatNs(staticNs)} | ${ratio(staticNs, plain)} | ${ratio(staticNs, floorStatic)} | ${formatNs(afterNs)} | ${ratio(afterNs, floorStatic)} | ${formatNs(numberNs)} | ${ratio(numberNs, format)} | ${ratio(numberNs, floorNumber)} |`;
    }),
    `| baselines of the same run: plain object property read, \`Intl.NumberFormat#format\` alone | ${formatNs(plain)} | 1.00 | | | | ${formatNs(format)} | 1.00 | |`,
  ].join('\n');
}

/** The sentence floor of `texts`: the literal text of every source, as string literals alone. */
function floorBytes(texts: PeerTexts): number {
  const sources = [...texts.messages.map((message) => message.source), texts.fallback];
  return sentencesGzipBytes(sentencesOf(sources.map((source) => parse(source))));
}

function packagesText(contender: Contender): string {
  if (contender.id === 'ours') return 'this repository';
  if (contender.packages.length === 0) return 'none';
  return contender.packages.map((name) => `\`${name}\` ${installedVersion(name)}`).join(', ');
}

/**
 * The rows of `pnpm bench:size` (between the `peers-size` markers): each contender's app measured like the
 * React app of the target (size-limit: esbuild minified, gzip level 9, React left out), with every text of
 * the section and with only the text with a number argument (and the fallback), against the sentences alone.
 */
export async function measurePeerSizes(): Promise<string> {
  const texts = readPeerTexts();
  const number = texts.messages.find((message) => message.key === numberCase.key)!;
  const oneText = onlyCodes(texts, [number.code]);
  const root = peerAppsRoot('size');
  rmSync(root, { recursive: true, force: true });
  const allDirs = writePeerApps(join(root, 'all'), texts, contenders);
  const subsets = contenders.filter((contender) => contender.subsets);
  const oneDirs = writePeerApps(join(root, 'one'), oneText, subsets);
  // A row per contender, then per size variant of it: the app with every text, and with one text if it can.
  const rows: { contender: Contender; label: string; files: string[] }[] = [];
  for (const contender of contenders) {
    const dirs = [allDirs.get(contender.id)!, oneDirs.get(contender.id)].filter((dir) => dir !== undefined);
    rows.push({ contender, label: contender.label, files: dirs.map((dir) => join(dir, 'app.mjs')) });
    for (const [index, variant] of (contender.sizeVariants ?? []).entries())
      rows.push({
        contender,
        label: `${contender.label}, ${variant.label}`,
        files: await Promise.all(dirs.map((dir) => bundleVariant(dir, variant, index))),
      });
  }
  const files = rows.flatMap((row) => row.files);
  const measured = await measureEntryPoints(
    files.map((file) => ({ packageName: file, subpath: '.', file, external: sharedExternals })),
  );
  const sizeOf = (file: string) => measured[files.indexOf(file)]!;
  rmSync(root, { recursive: true, force: true });
  const floorAll = floorBytes(texts);
  // A contender's own row comes before its variants.
  const [oursBytes, floorAppBytes] = ['ours', 'floor'].map((id) => {
    const row = rows.find((candidate) => candidate.contender.id === id);
    return row && sizeOf(row.files[0]!);
  });
  return [
    `| contender | packages | app, ${texts.messages.length} texts + fallback | beyond the sentences | × floor | × ours | app, one text (\`${numberCase.key}\`) + fallback |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(({ contender, label, files: [all, one] }) => {
      const size = sizeOf(all!);
      const oneSize = one === undefined ? 'n/a (a pack per section)' : formatBytes(sizeOf(one));
      const name = contender.id === 'ours' && label === contender.label ? `**${label}**` : label;
      return `| ${name} | ${packagesText(contender)} | ${formatBytes(size)} | ${formatBytes(size - floorAll)} | ${ratio(size, floorAppBytes)} | ${ratio(size, oursBytes)} | ${oneSize} |`;
    }),
    `| the sentences alone (string literals, nothing around them) | | ${formatBytes(floorAll)} | 0 B | | | ${formatBytes(floorBytes(oneText))} |`,
  ].join('\n');
}
