import { sanitizeCode } from './code-forms.ts';
import { canonicalLocale, isTone, localeChain } from './locale-chain.ts';
import type {
  CodePack,
  CodeTexts,
  CompiledMessage,
  LocalePack,
  MessageParams,
  SectionTexts,
  Tone,
} from './types.ts';

/**
 * The resolver both entry points share, written to stay small: it imports
 * nothing of the catalog and reads code packs only. The main entry hands it
 * a `Strategy` that adds the catalog (message keys, entries, message packs,
 * plural and select); `@smspartner-i18n/core/runtime` hands it the few lines
 * that read codes without the catalog, so an app that uses it ships neither.
 *
 * Speed: what does not depend on the call is worked out once per resolver
 * and kept (bounded) in its memo: which pack and text answer a section and
 * code, and each text turned into literal parts and arguments with their
 * `Intl.NumberFormat` already made. A call then costs two `Map` reads, plus,
 * for a text with arguments, reading them and formatting the numbers.
 */

/** How close the text is to the code asked for. */
export type MatchKind = 'exact' | 'section' | 'generic';

/** A sentence and where it came from. */
export interface ResolvedText {
  /** The sentence to show; never empty, never a raw key. */
  readonly text: string;
  /** The locale the text is in (for `Content-Language`, `lang`). */
  readonly locale: string;
  readonly tone: Tone;
  /** `exact`: the code's own text; `section`: the section's text for unknown codes; `generic`: the global one. */
  readonly matched: MatchKind;
}

export interface MessageOptions {
  /** Overrides the resolver's default register. */
  readonly tone?: Tone;
  /** Values of the text's ICU arguments; numbers that are not finite fall back to the catalog's defaults. */
  readonly params?: Readonly<Record<string, unknown>>;
}

export interface ResolverOptions {
  /** Locale packs to draw texts from, in any order. */
  readonly packs: readonly LocalePack[];
  /** The wanted locale (`fr-CA`); tried, then its parents (`fr`). */
  readonly locale?: string;
  /** Tried after the wanted locale and its parents. Default `en`. */
  readonly fallbackLocale?: string;
  /** Default register. Default `friendly`. */
  readonly tone?: Tone;
}

/** A resolver that answers with the sentence and where it came from; see `TextResolver`. */
export interface Explainer<Result extends ResolvedText = ResolvedText> {
  /** The locales tried, in order. */
  readonly localeChain: readonly string[];
  explain(section: unknown, code: unknown, options?: MessageOptions): Result;
}

export interface TextResolver<Result extends ResolvedText = ResolvedText> extends Explainer<Result> {
  message(section: unknown, code: unknown, options?: MessageOptions): string;
}

/** A text a resolver may try: the code's, its section's, or the global one. */
export interface Candidate {
  readonly matched: MatchKind;
  /** The section id; empty for the global text. */
  readonly section: string;
  /** The code as packs key it; only for `exact`. */
  readonly code?: string | number;
  /** Default values of the text's arguments, when the strategy knows them (else the pack's). */
  readonly defaults?: MessageParams;
  /** The message key, when the strategy knows it. */
  readonly key?: string;
}

/** Renders a text with the call's arguments (its defaults are bound in); the sentence comes out trimmed. */
export type Render = (given: Readonly<Record<string, unknown>> | undefined, code: unknown) => string;

/** What makes one resolver differ from the other. */
export interface Strategy<Result extends ResolvedText> {
  /** The texts to try for a section and code, best first, and what `finish` may add to the answer. */
  candidates(
    section: unknown,
    code: unknown,
  ): { readonly list: readonly Candidate[]; readonly about?: unknown };
  /** A pack as a code pack, or `undefined` when this resolver cannot read it. */
  usable(pack: LocalePack): CodePack | undefined;
  /** Renders, trimmed, a message the fast path does not take (plural, select, dates, number styles). */
  renderFully?(message: CompiledMessage, locale: string, defaults: MessageParams | undefined): Render;
  /** The answer: the sentence and where it came from, plus what the strategy knows (`about`: from `candidates`). */
  finish(
    text: string,
    locale: string,
    tone: Tone,
    matched: MatchKind,
    candidate: Candidate | undefined,
    about: unknown,
  ): Result;
}

/**
 * The text shown when not one pack has anything to say, not even the
 * global fallback (for example an app that loaded no pack at all): an
 * adapter must never show a raw key or an empty string.
 */
export const lastResortText = 'The request could not be completed. Please try again later.';

/** An own property only: data from outside must never reach `constructor` or `__proto__`. */
export function own(record: unknown, key: string | number): unknown {
  return typeof record === 'object' && record !== null && Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

export function isCodePack(value: unknown): value is CodePack {
  return typeof own(value, 'codes') === 'object' && own(value, 'codes') !== null;
}

/** A code pack or a message pack: an object with a locale tag and its texts. */
export function isLocalePack(value: unknown): value is LocalePack {
  const texts = own(value, 'codes') ?? own(value, 'compiled');
  return typeof own(value, 'locale') === 'string' && typeof texts === 'object' && texts !== null;
}

export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 32) {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  return undefined;
}

/**
 * The value of an ICU argument: the caller's (a finite number, when the
 * text has a default for it), else the default. Strings and numbers given
 * for arguments without a default are used as they are; nothing else is.
 */
export function argumentValue(
  name: string,
  given: Readonly<Record<string, unknown>> | undefined,
  fallback: unknown,
): unknown {
  const value = name === '__proto__' ? undefined : own(given, name);
  if (fallback !== undefined) return toNumber(value) ?? fallback;
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

/**
 * Literal text, `{name}`, `{name, number}`: what generated packs hold, made ready to render (the
 * sentence comes out trimmed); `undefined` for anything else.
 */
function compileParts(
  message: readonly unknown[],
  formatNumber: (value: number) => string,
  defaults: MessageParams | undefined,
): Render | undefined {
  // An argument: its name, whether it is `{name, number}`, and its default (looked up once, here).
  const parts: (string | readonly [name: string, isNumber: boolean, fallback: unknown])[] = [];
  for (const element of message) {
    const { type, value, style } = (element ?? {}) as { type?: unknown; value?: unknown; style?: unknown };
    if (typeof value !== 'string') return undefined;
    if (type === 0) parts.push(value);
    else if (type === 1 || (type === 2 && style == null))
      parts.push([value, type === 2, own(defaults, value)]);
    else return undefined;
  }
  // A sentence that starts and ends with literal text is trimmed once, here; `trim()` on every call
  // would also flatten the concatenated string.
  const first = parts[0];
  const last = parts[parts.length - 1];
  const literalEnds =
    typeof first === 'string' && first.trim() !== '' && typeof last === 'string' && last.trim() !== '';
  if (literalEnds) {
    parts[0] = first.trimStart();
    parts[parts.length - 1] = (parts[parts.length - 1] as string).trimEnd();
  }
  return (given, code) => {
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const [name, isNumber, fallback] = part;
      // The code is sanitised only when a text shows it.
      const value = name === 'code' ? (sanitizeCode(code) ?? '?') : argumentValue(name, given, fallback);
      if (typeof value === 'string' && !isNumber) text += value;
      else {
        const number = toNumber(value);
        if (number !== undefined) text += formatNumber(number);
      }
    }
    return literalEnds ? text : text.trim();
  };
}

/** One text that can answer: a static sentence, or one to render with the call's arguments. */
interface Hit {
  readonly locale: string;
  readonly candidate: Candidate;
  /** Set for a text without arguments: trimmed, never empty. */
  readonly text?: string;
  readonly render?: Render;
}

/** What a resolver keeps for a section and code: the texts to try, best first. */
interface Slot {
  readonly hits: readonly Hit[];
  readonly about: unknown;
}

const maxMemoizedSlots = 2048;

/** Only small primitives are kept as memo keys: an object would be kept alive, a long string would cost memory. */
function isMemoizable(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && value.length <= 64);
}

/** What the resolver is made of; `createEngine` adds `message` and its memo of finished sentences. */
interface Parts<Result extends ResolvedText> extends Explainer<Result> {
  readonly defaultTone: Tone;
  /** The texts to try for a register, section and code: the memo's, else worked out (and kept, if it fits). */
  slotOf(tone: Tone, section: unknown, code: unknown): Slot;
  /** Whether the memo keeps `slot` for that register, section and code (so its sentence may be kept too). */
  isKept(tone: Tone, section: unknown, code: unknown, slot: Slot): boolean;
}

/**
 * The locale chain and the pack order are worked out once, so a resolver is
 * cheap to make per request or per render, and holds no state shared with
 * any other.
 */
function createParts<Result extends ResolvedText>(
  options: ResolverOptions,
  strategy: Strategy<Result>,
): Parts<Result> {
  const chain = localeChain(options?.locale, options?.fallbackLocale ?? 'en');
  const defaultTone: Tone = isTone(options?.tone) ? options.tone : 'friendly';
  const packs: [locale: string, pack: CodePack][] = [];
  for (const locale of chain)
    for (const given of Array.isArray(options?.packs) ? options.packs : []) {
      const pack = canonicalLocale(own(given, 'locale')) === locale ? strategy.usable(given) : undefined;
      if (pack) packs.push([locale, pack]);
    }
  // Per-resolver memos, gone with the resolver: number formats by locale, and the texts to try by
  // register, section and code (bounded, because codes come from outside).
  // The bound `format` of each locale's `Intl.NumberFormat`: calling it spares the getter's call.
  const formats = new Map<string, (value: number) => string>();
  const slots: Record<Tone, Map<unknown, Map<unknown, Slot>>> = { official: new Map(), friendly: new Map() };
  let slotCount = 0;

  function slotOf(tone: Tone, section: unknown, code: unknown): Slot {
    const bySection = slots[tone].get(section);
    const known = bySection?.get(code);
    if (known) return known;
    const { list, about } = strategy.candidates(section, code);
    const hits: Hit[] = [];
    candidates: for (const candidate of list)
      for (const [locale, pack] of packs) {
        const texts = own(pack.codes, tone) as CodeTexts | undefined;
        const inSection = own(texts?.sections, candidate.section) as SectionTexts | undefined;
        let text: unknown;
        let defaults = candidate.defaults;
        if (candidate.matched === 'generic') text = texts?.unknownCode;
        else if (candidate.matched === 'section') text = inSection?.unknownCode;
        else if (candidate.code !== undefined) {
          const alias = own(inSection?.aliases, candidate.code);
          const packCode = typeof alias === 'string' || typeof alias === 'number' ? alias : candidate.code;
          text = own(inSection?.codes, packCode);
          defaults ??= own(inSection?.params, packCode) as MessageParams | undefined;
        }
        const only =
          Array.isArray(text) && text.length === 1
            ? (text[0] as { type?: unknown; value?: unknown })
            : undefined;
        const literal = typeof text === 'string' ? text : only?.type === 0 ? only.value : undefined;
        if (typeof literal === 'string') {
          if (literal.trim() === '') continue;
          // A static text always answers: no later one is needed.
          hits.push({ locale, candidate, text: literal.trim() });
          break candidates;
        }
        if (!Array.isArray(text) || text.length === 0) continue;
        let formatNumber = formats.get(locale);
        if (!formatNumber) {
          formatNumber = new Intl.NumberFormat(locale).format;
          formats.set(locale, formatNumber);
        }
        const render =
          compileParts(text, formatNumber, defaults) ??
          strategy.renderFully?.(text as CompiledMessage, locale, defaults);
        if (!render) continue;
        // A rendered text may come out empty and let the next candidate answer.
        hits.push({ locale, candidate, render });
        continue candidates;
      }
    const slot: Slot = { hits, about };
    if (slotCount < maxMemoizedSlots && isMemoizable(section) && isMemoizable(code)) {
      if (bySection) bySection.set(code, slot);
      else slots[tone].set(section, new Map([[code, slot]]));
      slotCount++;
    }
    return slot;
  }

  /** The first hit that gives a non-empty sentence, and that sentence. */
  function answer(slot: Slot, code: unknown, given: unknown): [Hit | undefined, string] {
    for (const hit of slot.hits) {
      const text = hit.text ?? hit.render!(given as Record<string, unknown>, code);
      if (text !== '') return [hit, text];
    }
    return [undefined, lastResortText];
  }

  function explain(section: unknown, code: unknown, callOptions?: MessageOptions): Result {
    const tone = isTone(callOptions?.tone) ? callOptions.tone : defaultTone;
    const slot = slotOf(tone, section, code);
    const [hit, text] = answer(slot, code, callOptions?.params);
    return strategy.finish(
      text,
      hit?.locale ?? 'en',
      tone,
      hit?.candidate.matched ?? 'generic',
      hit?.candidate,
      slot.about,
    );
  }

  return {
    localeChain: Object.freeze(chain),
    defaultTone,
    slotOf,
    isKept: (tone, section, code, slot) => slots[tone].get(section)?.get(code) === slot,
    explain,
  };
}

/**
 * Builds a resolver over a set of locale packs: `explain`, and `message`,
 * which keeps the finished sentences of the default register and arguments.
 */
export function createEngine<Result extends ResolvedText>(
  options: ResolverOptions,
  strategy: Strategy<Result>,
): TextResolver<Result> {
  const { localeChain, defaultTone, slotOf, isKept, explain } = createParts(options, strategy);

  /** The sentence of a slot, without saying where it came from (no allocation on the path of `message`). */
  function sentenceOf(slot: Slot, code: unknown, given: unknown): string {
    for (const hit of slot.hits) {
      const text = hit.text ?? hit.render!(given as Record<string, unknown>, code);
      if (text !== '') return text;
    }
    return lastResortText;
  }

  // Finished sentences of `message(section, code)` (default register and arguments) for the
  // memoised slots, by section, then by code in two dictionaries, so that `11` and `"11"` never
  // share a key: one for codes that are array indexes (what APIs send), one for strings. Reading
  // one costs about what a plain property read does, half a `Map` read. The index dictionary is a
  // plain `{}`: V8 reads a missing index fast only with the ordinary prototype chain (its
  // "no elements" protector), and an index can never name an inherited property. The string one
  // has no prototype, so that `constructor` or `__proto__` are just codes. The section asked
  // last is kept at hand: an error handler asks about one section again and again.
  const sentences = new Map<unknown, [indexes: Record<number, string>, words: Record<string, string>]>();
  // Until a sentence is kept, no section (not even `undefined`) equals this private object.
  let lastSection: unknown = {};
  let lastIndexes: Record<number, string> = {};
  let lastWords: Record<string, string> = Object.create(null);

  // Kept this small on purpose, so that V8 inlines it into the caller: the hot path of an error
  // handler is one dictionary read. The two slow paths are separate calls: a caller that passes no
  // options drops the first when V8 inlines this, and the second is cold once sentences are kept,
  // so neither is inlined into the caller's code.
  function message(section: unknown, code: unknown, callOptions?: MessageOptions): string {
    if (callOptions !== undefined) return messageWithOptions(section, code, callOptions);
    if (section === lastSection) {
      if (typeof code === 'number') {
        const known = lastIndexes[code];
        if (known !== undefined) return known;
      } else if (typeof code === 'string') {
        const known = lastWords[code];
        if (known !== undefined) return known;
      }
    }
    return messageByDefault(section, code);
  }

  function messageWithOptions(section: unknown, code: unknown, callOptions: MessageOptions): string {
    const asked = callOptions?.tone;
    const tone = asked === undefined ? defaultTone : isTone(asked) ? asked : defaultTone;
    return sentenceOf(slotOf(tone, section, code), code, callOptions?.params);
  }

  /** The default register and arguments: the sentence, kept when its slot is. */
  function messageByDefault(section: unknown, code: unknown): string {
    const slot = slotOf(defaultTone, section, code);
    const text = sentenceOf(slot, code, undefined);
    const isIndex = typeof code === 'number' && Number.isInteger(code) && code >= 0 && code < 2 ** 31;
    if ((isIndex || typeof code === 'string') && isKept(defaultTone, section, code, slot)) {
      let bySection = sentences.get(section);
      if (bySection === undefined) {
        bySection = [{}, Object.create(null)];
        sentences.set(section, bySection);
      }
      if (isIndex) bySection[0][code] = text;
      else bySection[1][code as string] = text;
      lastSection = section;
      lastIndexes = bySection[0];
      lastWords = bySection[1];
    }
    return text;
  }

  return { localeChain, explain, message };
}
