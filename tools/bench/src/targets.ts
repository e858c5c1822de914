/**
 * The speed targets, as ratios between benchmarks of one run (absolute times depend on the machine; ratios
 * much less): `slower / faster` is at most `atMost` (`within Nx`) or at least `atLeast` (`N times faster`).
 * `pnpm bench` checks them and exits non-zero when one is missed.
 */
export interface Target {
  readonly id: string;
  /** What is promised, in words. */
  readonly claim: string;
  readonly slower: string;
  readonly faster: string;
  readonly atMost?: number;
  readonly atLeast?: number;
}

export const targets: readonly Target[] = [
  {
    id: 'static-vs-plain',
    claim: '`message` on a static text is within 2x of a plain property read',
    slower: 'message-static',
    faster: 'plain-read',
    atMost: 2,
  },
  {
    id: 'static-vs-i18next',
    claim: '`message` on a static text is at least 10x faster than i18next `t()`',
    slower: 'i18next-static',
    faster: 'message-static',
    atLeast: 10,
  },
  {
    id: 'number-vs-intl-messageformat',
    claim: '`message` with a number argument is at least 2x faster than intl-messageformat `format()`',
    slower: 'imf-number',
    faster: 'message-number',
    atLeast: 2,
  },
  {
    id: 'number-vs-format',
    claim: '`message` with a number argument is within 1.2x of `Intl.NumberFormat#format` alone',
    slower: 'message-number',
    faster: 'number-format',
    atMost: 1.2,
  },
  {
    id: 'translator-vs-number-format',
    claim:
      'Node `createTranslator` costs at most 1.5x making one `Intl.NumberFormat` (about 20 µs or less on the reference machine)',
    slower: 'create-translator',
    faster: 'new-number-format',
    atMost: 1.5,
  },
  {
    id: 'list-vs-json-parse',
    claim:
      '`parseResponse` of a 10,000-item failing list answer is within 6x of `JSON.parse` of its text (about 15 ms or less on the reference machine)',
    slower: 'parse-list',
    faster: 'json-parse-list',
    atMost: 6,
  },
];

/**
 * Checks each target against the times (ns per call) of one run: the ratio `slower / faster`, and whether it
 * is met. A target whose benchmarks are missing has no ratio, and is missed.
 */
export function checkTargets(timesNs: ReadonlyMap<string, number>, list: readonly Target[] = targets) {
  return list.map((target) => {
    const slower = timesNs.get(target.slower);
    const faster = timesNs.get(target.faster);
    if (slower === undefined || faster === undefined || !(faster > 0) || !(slower > 0))
      return { target, ratio: undefined, met: false };
    const ratio = slower / faster;
    const met =
      (target.atMost === undefined || ratio <= target.atMost) &&
      (target.atLeast === undefined || ratio >= target.atLeast);
    return { target, ratio, met };
  });
}

/** `3x`, `≥ 10x`: the bound as the table prints it. */
export function boundText(target: Target): string {
  return target.atMost !== undefined ? `≤ ${target.atMost}x` : `≥ ${target.atLeast}x`;
}
