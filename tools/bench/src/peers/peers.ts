import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { cycle, cycleLength, numberCase, numberValues } from '../bench-data.ts';
import type { Contender, PeerBenches, PeerRuntime, SizeVariant, SpeedInputs, Values } from './contender.ts';
import { floor } from './contenders/floor.ts';
import { reactI18next } from './contenders/i18next.ts';
import { lingui } from './contenders/lingui.ts';
import { messageformat } from './contenders/messageformat.ts';
import { ours } from './contenders/ours.ts';
import { reactIntl } from './contenders/react-intl.ts';
import { expectedSentence, type PeerTexts } from './peer-texts.ts';

/** What the size and speed runs and the test share: the contenders, their apps on disk, the inputs, the checks. */

/** Every contender, in the tables' order: ours, the floor, then by size. */
export const contenders: readonly Contender[] = [ours, floor, messageformat, lingui, reactIntl, reactI18next];

const benchRoot = join(import.meta.dirname, '../..');

/** Inside tools/bench/node_modules, so that the apps' bare imports (`react`) resolve to the bench's own pins. */
export function peerAppsRoot(name: string): string {
  return join(benchRoot, 'node_modules', `.peer-apps-${name}`);
}

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

/** Bundles `<dir>/app.mjs` with a variant's `alias`, unminified (the size measurement minifies), into a file beside it. */
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
