import { cycleLength } from '../bench-data.ts';
import type { Contender } from './contender.ts';
import { contenders } from './contenders.ts';
import { readPeerTexts } from './peer-texts.ts';
import {
  createAnswerSink,
  numberKey,
  peerAppsRoot,
  peerMismatches,
  peerSpeedInputs,
  writePeerApps,
} from './peers.ts';

/**
 * The peer rows of `pnpm bench`: each contender's static and number calls,
 * checked against our sentences first, measured in the same groups (and so
 * the same rounds) as ours, and a table of ratios.
 */

export interface PeerBench {
  readonly id: string;
  readonly label: string;
  readonly group: 'static' | 'number';
  readonly run: () => void;
}

const staticId = (id: string) => `peer-${id}-static`;
const numberId = (id: string) => `peer-${id}-number`;

/** The benchmarks of every contender; throws, naming each, when one gives a sentence that is not ours. */
export async function peerBenches(list: readonly Contender[] = contenders): Promise<PeerBench[]> {
  const texts = readPeerTexts();
  const dirs = writePeerApps(peerAppsRoot('speed'), texts, list);
  const inputs = peerSpeedInputs(texts);
  const problems: string[] = [];
  const benches: PeerBench[] = [];
  for (const contender of list) {
    const runtime = await contender.runtime(dirs.get(contender.id)!, texts);
    const sink = createAnswerSink();
    const timed = runtime.benches(inputs, sink.keep);
    problems.push(...peerMismatches(contender, runtime, texts, inputs, timed, sink));
    benches.push(
      { id: staticId(contender.id), group: 'static', label: `peer: ${contender.label}`, run: timed.static },
      { id: numberId(contender.id), group: 'number', label: `peer: ${contender.label}`, run: timed.number },
    );
  }
  if (problems.length > 0)
    throw new Error(`bench: a peer contender does not give our sentences:\n${problems.join('\n')}`);
  return benches;
}

function formatNs(ns: number | undefined): string {
  if (ns === undefined) return 'not measured';
  return ns < 10 ? ns.toFixed(2) : ns < 100 ? ns.toFixed(1) : ns.toFixed(0);
}

/**
 * The ratios of one run: static calls against a plain property read and the
 * floor, number calls against `Intl.NumberFormat#format` alone and the floor.
 */
export function peerSpeedTable(
  times: ReadonlyMap<string, number>,
  list: readonly Contender[] = contenders,
): string {
  const ratio = (ns: number | undefined, base: number | undefined) =>
    ns === undefined || base === undefined ? '–' : `${(ns / base).toFixed(2)}`;
  const plain = times.get('plain-read');
  const format = times.get('number-format');
  const floorStatic = times.get(staticId('floor'));
  const floorNumber = times.get(numberId('floor'));
  const lines = [
    `| contender | static: ns | × plain read | × floor | \`${numberKey}\`: ns | × \`Intl.NumberFormat#format\` | × floor |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...list.map((contender) => {
      const staticNs = times.get(staticId(contender.id));
      const numberNs = times.get(numberId(contender.id));
      const label = contender.id === 'ours' ? `**${contender.label}**` : contender.label;
      return `| ${label} | ${formatNs(staticNs)} | ${ratio(staticNs, plain)} | ${ratio(staticNs, floorStatic)} | ${formatNs(numberNs)} | ${ratio(numberNs, format)} | ${ratio(numberNs, floorNumber)} |`;
    }),
    `| baselines of the same run: plain object property read, \`Intl.NumberFormat#format\` alone | ${formatNs(plain)} | 1.00 | | ${formatNs(format)} | 1.00 | |`,
  ];
  return [
    `Static: every code of \`sms.send\` whose text has no argument, cycled; number: \`${numberKey}\` with ${cycleLength} different values of its argument, cycled. Every call checked against our sentence before timing.`,
    '',
    ...lines,
  ].join('\n');
}
