import { normalizerOf, sanitizeCode } from './code-forms.ts';
import { canonicalLocale, isTone, localeChain } from './locale-chain.ts';
import { own } from './own.ts';
import type { CodePack, LocalePack, PackText, TextArgs, Tone } from './types.ts';

/**
 * The one resolution of texts, for every entry point and adapter: the
 * locale chain (`fr-CA` → `fr` → fallback → `en`), the code's text, then
 * its section's, then the global one, then a last-resort sentence. Texts
 * are compiled to code at build time (a string, or a function of its
 * arguments), so nothing is parsed or walked here. `withMemo` adds the
 * finished-sentence memo a server wants; the catalog's resolver (main entry)
 * adds the message key and the entry to the same answers.
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
  /** Values of the text's ICU arguments; numbers that are not finite fall back to the text's defaults. */
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * Packs as an app has them: a pack (what `@smspartner-i18n/locale-*` export
 * as `pack`), the module that exports it (`import * as fr from
 * '@smspartner-i18n/locale-fr/friendly/sms.send'`, or `await import(…)`,
 * CommonJS `default` wrappers included), or a list of those.
 */
export type PackSource = LocalePack | { readonly pack: LocalePack } | readonly PackSource[];

export interface ResolverOptions {
  /** Locale packs to draw texts from, in any order, in any of the forms of `PackSource`. */
  readonly packs: PackSource;
  /** The wanted locale (`fr-CA`); tried, then its parents (`fr`). */
  readonly locale?: string;
  /** Tried after the wanted locale and its parents. Default `en`. */
  readonly fallbackLocale?: string;
  /** Default register. Default `friendly`. */
  readonly tone?: Tone;
}

/** A resolver that answers with the sentence and where it came from. */
export interface Explainer<Result extends ResolvedText = ResolvedText> {
  /** The locales tried, in order. */
  readonly localeChain: readonly string[];
  explain(section: unknown, code: unknown, options?: MessageOptions): Result;
}

export interface TextResolver<Result extends ResolvedText = ResolvedText> extends Explainer<Result> {
  message(section: unknown, code: unknown, options?: MessageOptions): string;
}

/**
 * The text shown when not one pack has anything to say, not even the
 * global fallback (for example an app that loaded no pack at all): an
 * adapter must never show a raw key or an empty string.
 */
export const lastResortText = 'The request could not be completed. Please try again later.';

/** A code pack: a locale tag and texts by register, section and code. */
export function isCodePack(value: unknown): value is CodePack {
  const codes = own(value, 'codes');
  return typeof own(value, 'locale') === 'string' && typeof codes === 'object' && codes !== null;
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

const maxPackValues = 256;

/**
 * The packs of every form `PackSource` allows, flattened in order. A module
 * is read for its `pack` first (a whole-locale module also exports
 * `compiled`, which is not what it means). Anything else, and anything that
 * throws when read, is left out; past 256 values (lists and modules
 * included), the rest is not looked at.
 */
export function packsOf(source: unknown): LocalePack[] {
  const packs: LocalePack[] = [];
  // Values looked at, all lists together: no app has more packs, and a hostile list costs no more.
  let budget = maxPackValues;
  const visit = (value: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > 4 || typeof value !== 'object' || value === null) return;
    try {
      if (Array.isArray(value))
        for (let index = 0; index < value.length && budget > 0; index++) visit(value[index], depth + 1);
      else {
        // Read once: a getter may answer differently the next time.
        const pack = own(value, 'pack');
        if (isLocalePack(pack)) packs.push(pack);
        else if (isLocalePack(value)) packs.push(value);
        else if ('default' in value) visit((value as { default: unknown }).default, depth + 1);
      }
    } catch {
      // A Proxy or a throwing getter: not a pack.
    }
  };
  visit(source, 0);
  return packs;
}

/**
 * A number an argument may take: a finite number (`-0` as `0`), a bigint
 * within the range of doubles, or a short numeric string. Anything else
 * (`NaN`, `Infinity`, `10n ** 400n`, objects) keeps the text's default.
 */
export function toNumber(value: unknown): number | undefined {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'bigint' || (typeof value === 'string' && value.length <= 32 && value.trim() !== '')
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(number) ? number + 0 : undefined;
}

// One `format` per locale, made once: an `Intl.NumberFormat` costs tens of microseconds to build and
// is immutable, so sharing it between resolvers shares no state. Bounded, since tags come from packs.
const numberFormats = new Map<string, (value: number) => string>();

export function numberFormat(locale: string): (value: number) => string {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale).format;
    } catch {
      format = new Intl.NumberFormat('en').format;
    }
    if (numberFormats.size < 64) numberFormats.set(locale, format);
  }
  return format;
}

/** The arguments of one call, read lazily by the text that needs them. */
class Args implements TextArgs {
  // Set for each call by `render`; one per explainer, so a call allocates nothing for its arguments.
  p: unknown;
  k: unknown;
  f: (value: number) => string = String;

  v(name: string): unknown {
    return name === '__proto__' ? undefined : own(this.p, name);
  }

  n(name: string, fallback?: number): string {
    const value = toNumber(this.v(name)) ?? fallback;
    return value === undefined ? '' : this.f(value);
  }

  s(name: string): string {
    const value = this.v(name);
    if (typeof value === 'string') return value;
    return typeof value === 'number' ? this.n(name) : '';
  }

  c(): string {
    return sanitizeCode(this.k) ?? '?';
  }
}

/**
 * A text's sentence: `''` when it comes out empty or cannot be rendered.
 * A caller's arguments that throw when read are dropped for the text's
 * defaults; a text function that throws gives `''`. Compiled texts come
 * out trimmed (the generator and `compileText` see to it), so the sentence
 * a number went into is never copied again here.
 */
function render(text: PackText, locale: string, params: unknown, code: unknown, args: Args): string {
  if (typeof text === 'string') return text.trim();
  // One `Args` per explainer: a text that asks the same explainer again gets its own back after.
  const { p, k, f } = args;
  args.k = code;
  args.f = numberFormat(locale);
  try {
    args.p = params;
    try {
      return sentenceText(text(args));
    } catch {
      if (params === undefined) return '';
    }
    args.p = undefined;
    try {
      return sentenceText(text(args));
    } catch {
      return '';
    }
  } finally {
    args.p = p;
    args.k = k;
    args.f = f;
  }
}

const sentenceText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The order in which texts are tried: the code's own, its section's, the global one. */
const matchOrder: readonly MatchKind[] = ['exact', 'section', 'generic'];

/**
 * A resolver over code packs with `explain`: the locale chain and the packs
 * of each locale are worked out once, so it is cheap to make per request or
 * per render, and holds no state shared with any other. It never throws.
 */
export function createExplainer(options: ResolverOptions): Explainer<ResolvedText> {
  let chain: string[] = ['en'];
  let defaultTone: Tone = 'friendly';
  let given: unknown;
  try {
    chain = localeChain(options?.locale, options?.fallbackLocale ?? 'en');
    if (isTone(options?.tone)) defaultTone = options.tone;
    given = options?.packs;
  } catch {
    // Options that throw when read: the defaults.
  }
  const all = packsOf(given);
  const packs: [locale: string, codes: CodePack['codes']][] = [];
  for (const locale of chain)
    for (const pack of all)
      try {
        if (isCodePack(pack) && canonicalLocale(pack.locale) === locale) packs.push([locale, pack.codes]);
      } catch {
        // A pack that throws when read is left out.
      }

  // Where the last sentence came from: `sentence` returns the text alone (no object made, the path
  // of `message`), `explain` reads these right after it.
  const args = new Args();
  let foundLocale = 'en';
  let foundTone = defaultTone;
  let foundMatch: MatchKind = 'generic';

  /** The texts that may answer, best first: the code's own, its section's, the global one, each by locale. */
  function candidates(section: unknown, code: unknown, tone: Tone): Candidate[] {
    const list: Candidate[] = [];
    const isSection = typeof section === 'string';
    const packCode = isSection ? normalizerOf(section)(code) : undefined;
    for (const matched of matchOrder) {
      if (matched !== 'generic' && (!isSection || (matched === 'exact' && packCode === undefined))) continue;
      for (const [locale, codes] of packs) {
        let text: unknown;
        try {
          const texts = own(codes, tone);
          if (matched === 'generic') text = own(texts, 'unknownCode');
          else {
            const inSection = own(own(texts, 'sections'), section as string);
            if (matched === 'section') text = own(inSection, 'unknownCode');
            else {
              const alias = own(own(inSection, 'aliases'), packCode!);
              const key = typeof alias === 'string' || typeof alias === 'number' ? alias : packCode!;
              text = own(own(inSection, 'codes'), key);
            }
          }
        } catch {
          continue;
        }
        if (typeof text === 'string' || typeof text === 'function')
          list.push([text as PackText, locale, matched]);
      }
    }
    return list;
  }

  /**
   * The first sentence of the texts in `list`: an empty static text lets the next locale answer, an
   * empty rendered one the next kind of text; the last-resort sentence when none says anything.
   */
  function pick(list: readonly Candidate[], params: unknown, code: unknown): string {
    let skipped: MatchKind | undefined;
    for (const [text, locale, matched] of list) {
      if (matched === skipped) continue;
      const said = render(text, locale, params, code, args);
      if (said !== '') {
        foundLocale = locale;
        foundMatch = matched;
        return said;
      }
      if (typeof text === 'function') skipped = matched;
    }
    foundLocale = 'en';
    foundMatch = 'generic';
    return lastResortText;
  }

  function sentence(section: unknown, code: unknown, callOptions?: MessageOptions, memo?: Memo): string {
    let tone = defaultTone;
    let params: unknown;
    if (callOptions !== undefined)
      try {
        if (isTone(callOptions?.tone)) tone = callOptions.tone;
        params = callOptions?.params;
      } catch {
        // Options that throw when read: the defaults.
      }
    let list = memo?.get(tone, section, code);
    if (list === undefined) {
      list = candidates(section, code, tone);
      memo?.set(tone, section, code, list);
    }
    const text = pick(list, params, code);
    // Set after the texts ran: one that asked this explainer again has had its answer by now.
    foundTone = tone;
    return text;
  }

  function explain(section: unknown, code: unknown, callOptions?: MessageOptions): ResolvedText {
    const text = sentence(section, code, callOptions);
    return { text, locale: foundLocale, tone: foundTone, matched: foundMatch };
  }

  const explainer = { localeChain: Object.freeze(chain), explain };
  sentences.set(explainer, sentence);
  return explainer;
}

/** A text that may answer: what it is, its locale, and how close it is to the question. */
type Candidate = readonly [text: PackText, locale: string, matched: MatchKind];

type Sentence = (section: unknown, code: unknown, options?: MessageOptions, memo?: Memo) => string;

/**
 * Where the texts of a question are (register, section, code → candidates), kept by `withMemo`:
 * bounded, and only for small primitive keys, since codes come from outside.
 */
class Memo {
  private readonly slots = new Map<string, Map<unknown, Map<unknown, Candidate[]>>>();
  private count = 0;

  get(tone: Tone, section: unknown, code: unknown): Candidate[] | undefined {
    return this.slots.get(tone)?.get(section)?.get(code);
  }

  set(tone: Tone, section: unknown, code: unknown, list: Candidate[]): void {
    if (this.count >= maxMemoizedCodes || !isKey(section) || !isKey(code)) return;
    let bySection = this.slots.get(tone);
    if (bySection === undefined) {
      bySection = new Map();
      this.slots.set(tone, bySection);
    }
    let byCode = bySection.get(section);
    if (byCode === undefined) {
      if (bySection.size >= maxMemoizedSections) return;
      byCode = new Map();
      bySection.set(section, byCode);
    }
    if (!byCode.has(code)) this.count++;
    byCode.set(code, list);
  }
}

const isKey = (value: unknown): boolean =>
  typeof value === 'number' || (typeof value === 'string' && value.length <= 64);

// The sentence alone of each explainer (no answer object made), for `withMemo`.
const sentences = new WeakMap<object, Sentence>();

/** The function that gives an explainer's sentences alone. */
export function sentenceOf(explainer: Explainer): Sentence {
  return (
    sentences.get(explainer) ?? ((section, code, options) => explainer.explain(section, code, options).text)
  );
}

const maxMemoizedSections = 64;
const maxMemoizedCodes = 2048;

/**
 * Adds `message` to an explainer, with a memo of the finished sentences of
 * `message(section, code)` (default register, no arguments): the opt-in
 * layer for servers, which ask about the same few codes again and again.
 * It never changes an answer; it is bounded, since codes come from outside.
 */
export function withMemo<Result extends ResolvedText>(
  explainer: Explainer<Result>,
  sentence: Sentence = sentenceOf(explainer),
): TextResolver<Result> {
  const { explain } = explainer;
  // By section, then by code in two dictionaries, so that `11` and `"11"` never share a key: a plain
  // `{}` for array indexes (V8 reads a missing index fast only on the ordinary prototype chain; an
  // index never names an inherited property), a null-prototype one for strings. The section asked
  // last is kept at hand.
  const sentences = new Map<unknown, [indexes: Record<number, string>, words: Record<string, string>]>();
  let count = 0;
  let lastSection: unknown = {};
  let lastIndexes: Record<number, string> = {};
  let lastWords: Record<string, string> = Object.create(null);

  // Small on purpose, so that V8 inlines it: the hot path of an error handler is one dictionary read.
  function message(section: unknown, code: unknown, options?: MessageOptions): string {
    if (options === undefined && section === lastSection) {
      if (typeof code === 'number') {
        const known = lastIndexes[code];
        if (known !== undefined) return known;
      } else if (typeof code === 'string') {
        const known = lastWords[code];
        if (known !== undefined) return known;
      }
    }
    return answer(section, code, options);
  }

  const memo = new Memo();

  function answer(section: unknown, code: unknown, options: MessageOptions | undefined): string {
    const text = sentence(section, code, options, memo);
    if (options !== undefined || typeof section !== 'string' || section.length > 64) return text;
    const isIndex = typeof code === 'number' && Number.isInteger(code) && code >= 0 && code < 2 ** 31;
    if (!isIndex && !(typeof code === 'string' && code.length <= 64)) return text;
    let bySection = sentences.get(section);
    if (bySection === undefined) {
      if (sentences.size >= maxMemoizedSections) return text;
      bySection = [{}, Object.create(null)];
      sentences.set(section, bySection);
    }
    if (count >= maxMemoizedCodes) return text;
    count++;
    if (isIndex) bySection[0][code as number] = text;
    else bySection[1][code as string] = text;
    lastSection = section;
    [lastIndexes, lastWords] = bySection;
    return text;
  }

  return { localeChain: explainer.localeChain, explain, message };
}
