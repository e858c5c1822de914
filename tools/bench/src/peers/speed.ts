import { rmSync } from 'node:fs';
import { cycleLength, numberCase } from '../bench-data.ts';
import { formatNs } from '../report.ts';
import { readPeerTexts } from './peer-texts.ts';
import {
  contenders,
  peerAppsRoot,
  peerMismatches,
  peerSpeedInputs,
  unknownCode,
  writePeerApps,
} from './peers.ts';

/**
 * The peer rows of `pnpm bench`: each contender's static and number calls,
 * checked against our sentences first, measured in the same groups (and so
 * the same rounds) as ours, and a table of ratios.
 */

const staticId = (id: string) => `peer-${id}-static`;
const numberId = (id: string) => `peer-${id}-number`;
const afterUnknownId = (id: string) => `peer-${id}-static-after-unknown`;

/** The benchmarks of every contender; throws, naming each, when one gives a sentence that is not ours. */
export async function peerBenches() {
  const texts = readPeerTexts();
  const root = peerAppsRoot('speed');
  const dirs = writePeerApps(root, texts, contenders);
  const inputs = peerSpeedInputs(texts);
  const problems: string[] = [];
  const benches: { id: string; label: string; group: 'static' | 'number'; run: () => void }[] = [];
  for (const contender of contenders) {
    const dir = dirs.get(contender.id)!;
    // Three instances: one answers every case, one is timed on the timed inputs only (checked by
    // running them once), one is timed after it was asked, once, for a code the section lacks.
    const checked = await contender.runtime(dir, texts);
    const clean = await contender.runtime(dir, texts);
    const afterUnknown = await contender.runtime(dir, texts);
    afterUnknown.text(unknownCode);
    const timed = peerMismatches(contender, checked, texts, inputs, clean);
    const timedAfterUnknown = peerMismatches(contender, afterUnknown, texts, inputs);
    problems.push(...timed.problems, ...timedAfterUnknown.problems);
    const label = `peer: ${contender.label}`;
    benches.push(
      { id: staticId(contender.id), group: 'static', label, run: timed.benches.static },
      {
        id: afterUnknownId(contender.id),
        group: 'static',
        label: `${label}, after one unknown code`,
        run: timedAfterUnknown.benches.static,
      },
      { id: numberId(contender.id), group: 'number', label, run: timed.benches.number },
    );
  }
  // Every module is loaded by now.
  rmSync(root, { recursive: true, force: true });
  if (problems.length > 0)
    throw new Error(`bench: a peer contender does not give our sentences:\n${problems.join('\n')}`);
  return benches;
}

/**
 * The ratios of one run: static calls against a plain property read and the
 * floor, number calls against `Intl.NumberFormat#format` alone and the floor.
 */
export function peerSpeedTable(times: ReadonlyMap<string, number>): string {
  const ratio = (ns: number | undefined, base: number | undefined) =>
    ns === undefined || base === undefined ? '–' : `${(ns / base).toFixed(2)}`;
  const plain = times.get('plain-read');
  const format = times.get('number-format');
  const floorStatic = times.get(staticId('floor'));
  const floorNumber = times.get(numberId('floor'));
  const lines = [
    `| contender | static: ns | × plain read | × floor | static, after one unknown code: ns | × floor | \`${numberCase.key}\`: ns | × \`Intl.NumberFormat#format\` | × floor |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...contenders.map((contender) => {
      const staticNs = times.get(staticId(contender.id));
      const numberNs = times.get(numberId(contender.id));
      const afterNs = times.get(afterUnknownId(contender.id));
      const label = contender.id === 'ours' ? `**${contender.label}**` : contender.label;
      return `| ${label} | ${formatNs(staticNs)} | ${ratio(staticNs, plain)} | ${ratio(staticNs, floorStatic)} | ${formatNs(afterNs)} | ${ratio(afterNs, floorStatic)} | ${formatNs(numberNs)} | ${ratio(numberNs, format)} | ${ratio(numberNs, floorNumber)} |`;
    }),
    `| baselines of the same run: plain object property read, \`Intl.NumberFormat#format\` alone | ${formatNs(plain)} | 1.00 | | | | ${formatNs(format)} | 1.00 | |`,
  ];
  return [
    `Static: every code of \`sms.send\` whose text has no argument, cycled; "after one unknown code": the same, by an instance that was asked once for code ${unknownCode} before (an app meets such codes); number: \`${numberCase.key}\` with ${cycleLength} different values of its argument, cycled. Every timed call is checked against our sentence before timing. Ratios against the floor are of the floor's static column.`,
    '',
    ...lines,
  ].join('\n');
}
