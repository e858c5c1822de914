import { rmSync } from 'node:fs';
import { cycleLength, numberCase } from '../bench-data.ts';
import { formatNs, ratio } from '../report.ts';
import { readPeerTexts } from './peer-texts.ts';
import {
  contenders,
  peerAppsRoot,
  peerMismatches,
  peerSpeedInputs,
  unknownCode,
  writePeerApps,
} from './peers.ts';

/** The peer rows of `pnpm bench`: measured in the same groups (so the same rounds) as ours. */

const peerId = (id: string, kind: 'static' | 'number' | 'static-after-unknown') => `peer-${id}-${kind}`;

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

/** Static calls against a plain property read and the floor, number calls against `Intl.NumberFormat#format` and the floor. */
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
