import { type CatalogEntry, globalFallbackKey, type MessageKey, sectionFallbackKey } from './catalog.ts';
import { toCodePack } from './code-pack.ts';
import { isSectionId, lookup, sanitizeCode } from './lookup.ts';
import { isCodePack, packsOf } from './pack-forms.ts';
import {
  createExplainer,
  type MatchKind,
  type MessageOptions,
  type ResolvedText,
  type ResolverOptions,
  sentenceOf,
  type TextResolver,
  toNumber,
  withMemo,
} from './resolver.ts';
import type { CodePack, MessagePack, MessageParams } from './types.ts';

/** A sentence, where it came from, and what the catalog knows of the code. */
export interface Explanation extends ResolvedText {
  readonly key: MessageKey;
  /** The catalog entry, when the code is known. */
  readonly entry?: CatalogEntry;
}

/** What `createResolver` returns: sentences with their key and catalog entry. */
export type MessageResolver = TextResolver<Explanation>;

/**
 * A message pack as a code pack, its sections compiled when first read (`toCodePack` does all at
 * once); `undefined` for a pack that throws when read again (a Proxy, a getter).
 */
function asCodePack(pack: unknown): unknown {
  try {
    if (isCodePack(pack)) return pack;
    const compiled = (pack as Partial<MessagePack>).compiled;
    return typeof compiled === 'object' && compiled !== null ? toCodePack(pack as MessagePack) : undefined;
  } catch {
    return undefined;
  }
}

/** The key of an answer: the code's own, its section's fallback, or the global one. */
function keyOf(matched: MatchKind, section: unknown, entry: CatalogEntry | undefined): MessageKey {
  if (matched === 'exact' && entry !== undefined) return entry.key;
  if (matched !== 'generic' && isSectionId(section)) return sectionFallbackKey(section);
  return globalFallbackKey;
}

/**
 * Builds a resolver over a set of locale packs (code packs as the locale
 * packages export them, the modules that export them, or message packs by
 * key, compiled once with `toCodePack`'s converter): the resolver of
 * `@smspartner-i18n/core/runtime` with its memo, whose answers also carry
 * the message key and the catalog entry. Cheap to make per request; holds
 * no state shared with any other; never throws.
 */
export function createResolver(options: ResolverOptions): MessageResolver {
  let given: unknown;
  try {
    given = options?.packs;
  } catch {
    // Options that throw when read: no packs.
  }
  const packs = packsOf(given)
    .map(asCodePack)
    .filter((pack) => pack !== undefined) as CodePack[];
  let explainer: ReturnType<typeof createExplainer>;
  try {
    explainer = createExplainer({ ...options, packs });
  } catch {
    explainer = createExplainer({ packs });
  }
  const { explain } = explainer;
  return withMemo(
    {
      localeChain: explainer.localeChain,
      explain(section: unknown, code: unknown, callOptions?: MessageOptions): Explanation {
        const { text, locale, register, matched } = explain(section, code, callOptions);
        const entry = lookup(section, code);
        const key = keyOf(matched, section, entry);
        return entry === undefined
          ? { text, locale, register, matched, key }
          : { text, locale, register, matched, key, entry };
      },
    },
    sentenceOf(explainer),
  );
}

export interface MessageCandidates {
  /** The catalog entry, when the code is known. */
  readonly entry?: CatalogEntry;
  /** The keys to try, best first: the code's own, the section's fallback, the global fallback. */
  readonly attempts: readonly (readonly [MessageKey, MatchKind])[];
}

/**
 * The keys a resolver tries for a code, in order. Exported for adapters
 * that keep texts in another store (an app's i18next instance), so they
 * try the same keys in the same order instead of re-deriving them.
 */
export function messageCandidates(section: unknown, code: unknown): MessageCandidates {
  const entry = lookup(section, code);
  const attempts: [MessageKey, MatchKind][] = [];
  if (entry !== undefined) attempts.push([entry.key, 'exact']);
  if (isSectionId(section)) attempts.push([sectionFallbackKey(section), 'section']);
  attempts.push([globalFallbackKey, 'generic']);
  return entry === undefined ? { attempts } : { entry, attempts };
}

/**
 * The arguments a text is formatted with: the entry's default arguments,
 * the caller's finite numbers over them, and the sanitised `code`. Exported
 * for adapters that format with another engine (i18next).
 */
export function messageParams(
  entry: CatalogEntry | undefined,
  code: unknown,
  given: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  return paramsWith(entry?.params, code, given);
}

function paramsWith(
  defaults: MessageParams | undefined,
  code: unknown,
  given: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  const params: Record<string, unknown> = { ...defaults, code: sanitizeCode(code) ?? '?' };
  if (typeof given === 'object' && given !== null) {
    for (const name of Object.keys(given)) {
      if (name === 'code' || name === '__proto__') continue;
      const value = given[name];
      const defaultValue =
        defaults !== undefined && Object.hasOwn(defaults, name) ? defaults[name] : undefined;
      if (defaultValue !== undefined) {
        const number = toNumber(value);
        if (number !== undefined) params[name] = number;
      } else if (typeof value === 'string' || typeof value === 'number') {
        params[name] = value;
      }
    }
  }
  return params;
}
