import { own } from './own.ts';
import type { CodePack, LocalePack } from './types.ts';

/**
 * Packs as an app has them: a pack (what `@smspartner-i18n/locale-*` export
 * as `pack`), the module that exports it (`import * as fr from
 * '@smspartner-i18n/locale-fr/friendly/sms.send'`, or `await import(…)`,
 * CommonJS `default` wrappers included), or a list of those.
 */
export type PackSource = LocalePack | { readonly pack: LocalePack } | readonly PackSource[];

/** A code pack: a locale tag and texts by register, section and code. */
export function isCodePack(value: unknown): value is CodePack {
  const codes = own(value, 'codes');
  return typeof own(value, 'locale') === 'string' && typeof codes === 'object' && codes !== null;
}

/**
 * The property by which a generated pack says each of its texts comes out trimmed, so the resolver
 * need not trim it again (which would copy it). Not enumerable, so a copy of the pack
 * (`{ ...pack, codes }`) never carries it.
 */
export const trimmedMark = 'trimmed';

/** Whether a code pack is a generated one, whose texts come out trimmed. */
export function isTrimmedPack(pack: object): boolean {
  const mark = Object.getOwnPropertyDescriptor(pack, trimmedMark);
  return mark?.value === true && !mark.enumerable;
}

/** A code pack or a message pack: an object with a locale tag and its texts. */
export function isLocalePack(value: unknown): value is LocalePack {
  let texts: unknown;
  try {
    texts = own(value, 'codes') ?? own(value, 'compiled');
    return typeof own(value, 'locale') === 'string' && typeof texts === 'object' && texts !== null;
  } catch {
    return false;
  }
}

/**
 * Calls `found` with each pack of every form `PackSource` allows, in order,
 * and the object it was found in (its module, or the pack itself). A module
 * is read for its `pack` first (a whole-locale module also exports
 * `compiled`, which is not what it means). Anything else, and anything that
 * throws when read (in `found` too), is left out; past 256 values (lists and
 * modules included), the rest is not looked at.
 */
export function eachPack(source: unknown, found: (pack: LocalePack, holder: object) => void): void {
  // Values looked at, all lists together: no app has more packs, and a hostile list costs no more.
  let budget = 256;
  const visit = (value: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > 5 || typeof value !== 'object' || value === null) return;
    try {
      if (Array.isArray(value))
        for (let index = 0; index < value.length && budget > 0; index++) visit(value[index], depth + 1);
      else {
        // Read once: a getter may answer differently the next time.
        const pack = own(value, 'pack');
        if (isLocalePack(pack)) found(pack, value);
        else if (isLocalePack(value)) found(value, value);
        else if ('default' in value) visit((value as { default: unknown }).default, depth + 1);
      }
    } catch {
      // A Proxy or a throwing getter: not a pack.
    }
  };
  visit(source, 0);
}

/** The packs of every form `PackSource` allows, flattened in order (see `eachPack`). */
export function packsOf(source: unknown): LocalePack[] {
  const packs: LocalePack[] = [];
  eachPack(source, (pack) => packs.push(pack));
  return packs;
}
