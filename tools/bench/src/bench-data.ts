import { entries, type LocalePack, toCodePack } from '@smspartner-i18n/core';
import type { CodePack, CompiledMessage } from '@smspartner-i18n/core/types';
import * as english from '@smspartner-i18n/locale-en';
import * as french from '@smspartner-i18n/locale-fr';

/**
 * The data every benchmark reads: the French friendly texts of `sms.send` as the locale packages ship them,
 * in each form a competitor takes (a plain object, a `Map`, i18next resources, a compiled AST), so that every
 * contender answers the same question with the same sentence.
 */

export const section = 'sms.send';
export const locale = 'fr';

export const packs: readonly LocalePack[] = [english.pack, french.pack];

/** The same packs as code packs, what `@smspartner-i18n/core/runtime` reads. */
export const codePacks: readonly CodePack[] = packs.map((pack) =>
  'codes' in pack ? pack : toCodePack(pack),
);

export const resources = { ...english.resources, ...french.resources };

const friendlyCompiled = french.compiled.friendly as Readonly<Record<string, CompiledMessage>>;

/** Every code of the section whose French friendly text has no argument: what `message()` returns for it. */
export const staticCases = entries
  .filter((entry) => entry.section === section)
  .flatMap((entry) => {
    const message = friendlyCompiled[entry.key];
    const only = message?.length === 1 ? message[0] : undefined;
    return only?.type === 0 && typeof entry.code === 'number'
      ? [{ code: entry.code, key: entry.key, text: only.value }]
      : [];
  });

/** The text with an ICU number argument: `sms.send.tooManyNumbers`, "at most {max, number} numbers". */
export const numberCase = (() => {
  const entry = entries.find((candidate) => candidate.key === 'sms.send.tooManyNumbers');
  const message = friendlyCompiled['sms.send.tooManyNumbers'];
  if (entry === undefined || message === undefined || !message.some((element) => element.type === 2))
    throw new Error('bench: sms.send.tooManyNumbers with a {max, number} argument is missing from the packs');
  return { code: entry.code as number, key: entry.key, argument: 'max', message };
})();

/**
 * Inputs are cycled through arrays of this many items (a power of two, so the index is a mask, not a
 * division): every contender pays the same few cycles to pick its input.
 */
export const cycleLength = 1024;

/** `items` repeated to `cycleLength`. */
export function cycle<T>(items: readonly T[]): T[] {
  if (items.length === 0) throw new Error('bench: nothing to cycle over');
  return Array.from({ length: cycleLength }, (_, index) => items[index % items.length]!);
}

/**
 * `cycleLength` different values for the number argument (deterministic), so that no cache of formatted
 * numbers can flatter any contender: each call formats a number the previous 1023 calls did not.
 */
export const numberValues: readonly number[] = (() => {
  const values = new Set<number>();
  let state = 12_345;
  while (values.size < cycleLength) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    values.add(100 + (state % 1_000_000));
  }
  return [...values];
})();
