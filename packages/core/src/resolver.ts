import { normalizerOf, sanitizeCode } from './code-forms.ts';
import { canonicalLocale, isRegister, localeChain } from './locale-chain.ts';
import { own } from './own.ts';
import { isCodePack, isTrimmedPack, type PackSource, packsOf } from './pack-forms.ts';
import type { CodePack, PackText, Register, TextArgs } from './types.ts';

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
  readonly register: Register;
  /** `exact`: the code's own text; `section`: the section's text for unknown codes; `generic`: the global one. */
  readonly matched: MatchKind;
}

export interface MessageOptions {
  /** Overrides the resolver's default register. */
  readonly register?: Register;
  /** Values of the text's ICU arguments; numbers that are not finite fall back to the text's defaults. */
  readonly params?: Readonly<Record<string, unknown>>;
}

export interface ResolverOptions {
  /** Locale packs to draw texts from, in any order, in any of the forms of `PackSource`. */
  readonly packs: PackSource;
  /** The wanted locale (`fr-CA`); tried, then its parents (`fr`). */
  readonly locale?: string;
  /** Tried after the wanted locale and its parents. Default `en`. */
  readonly fallbackLocale?: string;
  /** Default register. Default `friendly`. */
  readonly register?: Register;
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

  // `own` written out: its property reads see every pack's shapes, these only the caller's arguments.
  v(name: string): unknown {
    const params = this.p;
    return typeof params === 'object' &&
      params !== null &&
      name !== '__proto__' &&
      Object.hasOwn(params, name)
      ? (params as Record<string, unknown>)[name]
      : undefined;
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
 * defaults; a text function that throws gives `''`. A rendered sentence is
 * trimmed too (an argument may be blank: `{name}` given `' '`, and a blank
 * sentence lets the next kind of text answer), unless its pack's functions
 * trim their own (`trimmed`).
 */
function render(
  text: PackText,
  format: (value: number) => string,
  finish: Finish,
  params: unknown,
  code: unknown,
  args: Args,
): string {
  if (typeof text === 'string') return sentenceText(text);
  // One `Args` per explainer: a text that asks the same explainer again gets its own back after.
  const { p, k, f } = args;
  args.k = code;
  args.f = format;
  try {
    args.p = params;
    try {
      return finish(text(args));
    } catch {
      if (params === undefined) return '';
    }
    args.p = undefined;
    try {
      return finish(text(args));
    } catch {
      return '';
    }
  } finally {
    args.p = p;
    args.k = k;
    args.f = f;
  }
}

// How a rendered sentence is finished. It is often a concatenation that `trim` (even one that
// finds nothing to trim) flattens into a copy: the functions of a trimmed pack are shown as they
// are. A static text is trimmed wherever it comes from, which costs no copy.
type Finish = (value: unknown) => string;
const sentenceText: Finish = (value) => (typeof value === 'string' ? value.trim() : '');
const trimmedText: Finish = (value) => (typeof value === 'string' ? value : '');

/** The order in which texts are tried: the code's own, its section's, the global one. */
const matchOrder: readonly MatchKind[] = ['exact', 'section', 'generic'];

/**
 * A resolver over code packs with `explain`: the locale chain and the packs
 * of each locale are worked out once, so it is cheap to make per request or
 * per render, and holds no state shared with any other. It never throws.
 */
export function createExplainer(options: ResolverOptions): Explainer<ResolvedText> {
  let chain: string[] = ['en'];
  let defaultRegister: Register = 'friendly';
  let given: unknown;
  try {
    chain = localeChain(options?.locale, options?.fallbackLocale ?? 'en');
    if (isRegister(options?.register)) defaultRegister = options.register;
    given = options?.packs;
  } catch {
    // Options that throw when read: the defaults.
  }
  // Each pack's locale read once, then the packs of each locale of the chain in order.
  const all: [locale: string | undefined, codes: CodePack['codes'], finish: Finish][] = [];
  for (const pack of packsOf(given))
    try {
      if (isCodePack(pack))
        all.push([
          canonicalLocale(pack.locale),
          pack.codes,
          isTrimmedPack(pack) ? trimmedText : sentenceText,
        ]);
    } catch {
      // A pack that throws when read is left out.
    }
  const packs: [locale: string, codes: CodePack['codes'], finish: Finish][] = [];
  for (const locale of chain)
    for (const [packLocale, codes, finish] of all)
      if (packLocale === locale) packs.push([locale, codes, finish]);

  // Where the last sentence came from: `sentence` returns the text alone (no object made, the path
  // of `message`), `explain` reads these right after it.
  const args = new Args();
  let foundLocale = 'en';
  let foundRegister = defaultRegister;
  let foundMatch: MatchKind = 'generic';

  /** The texts that may answer, best first: the code's own, its section's, the global one, each by locale. */
  function candidates(section: unknown, code: unknown, register: Register): Candidate[] {
    const list: Candidate[] = [];
    const isSection = typeof section === 'string';
    const packCode = isSection ? normalizerOf(section)(code) : undefined;
    for (const matched of matchOrder) {
      if (matched !== 'generic' && (!isSection || (matched === 'exact' && packCode === undefined))) continue;
      for (const [locale, codes, finish] of packs) {
        let text: unknown;
        try {
          const texts = own(codes, register);
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
        // A function's number format is found here, so that a list kept by the memo brings its own.
        if (typeof text === 'function')
          list.push([text as PackText, numberFormat(locale), finish, locale, matched]);
        else if (typeof text === 'string') list.push([text, String, sentenceText, locale, matched]);
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
    for (let index = 0; index < list.length; index++) {
      const [text, format, finish, locale, matched] = list[index]!;
      if (matched === skipped) continue;
      const said = render(text, format, finish, params, code, args);
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
    let register = defaultRegister;
    let params: unknown;
    if (callOptions !== undefined)
      try {
        const given = (callOptions as { register?: unknown }).register;
        if (given === 'official' || given === 'friendly') register = given;
        params = (callOptions as { params?: unknown }).params;
      } catch {
        // Options that throw when read (null, a Proxy, a getter): the defaults.
      }
    let list = memo?.get(register, section, code);
    if (list === undefined) {
      list = candidates(section, code, register);
      memo?.set(register, section, code, list);
    }
    const text = pick(list, params, code);
    // Set after the texts ran: one that asked this explainer again has had its answer by now.
    foundRegister = register;
    return text;
  }

  function explain(section: unknown, code: unknown, callOptions?: MessageOptions): ResolvedText {
    const text = sentence(section, code, callOptions);
    return { text, locale: foundLocale, register: foundRegister, matched: foundMatch };
  }

  return new CoreExplainer(Object.freeze(chain), explain, sentence);
}

/**
 * A text that may answer: what it is, the number format of its locale, how its sentence is
 * finished (trimmed, unless its pack is), the locale, and how close it is to the question.
 */
type Candidate = readonly [
  text: PackText,
  format: (value: number) => string,
  finish: Finish,
  locale: string,
  matched: MatchKind,
];

type Sentence = (section: unknown, code: unknown, options?: MessageOptions, memo?: Memo) => string;

/**
 * Codes by kind, so that `11` and `"11"` never share a key: an array for indexes below 1,024, a
 * null-prototype object for other numbers and one for strings. The array is the hot path: V8 keeps
 * it flat (a larger index would turn it into a hash table), and made holey and for any value from
 * the start, every memo's array has one shape whatever is stored first, so the one place that
 * reads them stays fast.
 */
type ByCode<T> = [indexes: T[], numbers: Record<number, T>, words: Record<string, T>];

function byCode<T>(): ByCode<T> {
  const indexes: T[] = [];
  indexes[1] = undefined as T;
  return [indexes, Object.create(null), Object.create(null)];
}

/** What `ByCode` holds for a code, if anything. */
function codeSlot<T>(codes: ByCode<T>, code: unknown): T | undefined {
  if (typeof code === 'number') return (code & 1023) === code ? codes[0][code] : codes[1][code];
  return typeof code === 'string' ? codes[2][code] : undefined;
}

/** Whether `ByCode` may hold a code: an integer in 0 to 2 ** 31 - 1, or a string of at most 64 characters. */
function isCodeKey(code: unknown): code is string | number {
  return typeof code === 'number'
    ? Number.isInteger(code) && code >= 0 && code < 2 ** 31
    : typeof code === 'string' && code.length <= 64;
}

function setCodeSlot<T>(codes: ByCode<T>, code: string | number, value: T): void {
  if (typeof code === 'string') codes[2][code] = value;
  else if ((code & 1023) === code) codes[0][code] = value;
  else codes[1][code] = value;
}

/**
 * Where the texts of a question are (register, section, code → candidates), kept by `withMemo`:
 * bounded, and only for short string sections and index or short string codes, since they come
 * from outside. The register and section asked last are kept at hand.
 */
class Memo {
  private readonly slots = new Map<string, ByCode<Candidate[]>>();
  private count = 0;
  private lastRegister: unknown;
  private lastSection: unknown;
  private last: ByCode<Candidate[]> | undefined;

  get(register: Register, section: unknown, code: unknown): Candidate[] | undefined {
    if (register !== this.lastRegister || section !== this.lastSection) {
      if (typeof section !== 'string') return undefined;
      this.last = this.slots.get(`${register} ${section}`);
      this.lastRegister = register;
      this.lastSection = section;
    }
    return this.last === undefined ? undefined : codeSlot(this.last, code);
  }

  set(register: Register, section: unknown, code: unknown, list: Candidate[]): void {
    if (this.count >= maxMemoizedCodes || typeof section !== 'string' || section.length > 64) return;
    if (!isCodeKey(code)) return;
    const key = `${register} ${section}`;
    let codes = this.slots.get(key);
    if (codes === undefined) {
      if (this.slots.size >= 2 * maxMemoizedSections) return;
      codes = byCode();
      this.slots.set(key, codes);
    }
    this.count++;
    setCodeSlot(codes, code, list);
    this.lastRegister = register;
    this.lastSection = section;
    this.last = codes;
  }
}

/**
 * What `createExplainer` makes: its own properties are the `Explainer`; the sentence alone (no
 * answer object made) is kept in a private field for `withMemo`. A private field, not a `WeakMap`
 * of explainers: one is made per request or render, and a `WeakMap` entry costs more than the rest.
 */
class CoreExplainer implements Explainer<ResolvedText> {
  readonly #sentence: Sentence;

  constructor(
    readonly localeChain: readonly string[],
    readonly explain: Explainer<ResolvedText>['explain'],
    sentence: Sentence,
  ) {
    this.#sentence = sentence;
  }

  static sentenceOf(explainer: unknown): Sentence | undefined {
    return typeof explainer === 'object' && explainer !== null && #sentence in explainer
      ? explainer.#sentence
      : undefined;
  }
}

/** The function that gives an explainer's sentences alone. */
export function sentenceOf(explainer: Explainer): Sentence {
  return (
    CoreExplainer.sentenceOf(explainer) ??
    ((section, code, options) => explainer.explain(section, code, options).text)
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
  // The finished sentences by section, then by code; those of the section asked last at hand.
  const sentences = new Map<unknown, ByCode<string>>();
  let count = 0;
  // Always a string (no section is empty), so that comparing with it is comparing strings.
  let lastSection = '';
  let [lastIndexes, lastNumbers, lastWords] = byCode<string>();
  const memo = new Memo();

  // Small on purpose, so that V8 inlines it into its callers: the hot path of an error handler is
  // one dictionary read. Every other path is called through `misses`, whose two functions keep that
  // call site from inlining them here.
  function message(section: unknown, code: unknown, options?: MessageOptions): string {
    if (options === undefined && typeof section === 'string' && section === lastSection) {
      const known =
        typeof code === 'number'
          ? (code & 1023) === code
            ? lastIndexes[code]
            : lastNumbers[code]
          : typeof code === 'string'
            ? lastWords[code]
            : undefined;
      if (known !== undefined) return known;
    }
    return misses[options === undefined ? 0 : 1]!(section, code, options);
  }

  function remember(section: unknown, code: unknown): string {
    const text = sentence(section, code, undefined, memo);
    if (typeof section !== 'string' || section.length > 64 || !isCodeKey(code)) return text;
    let bySection = sentences.get(section);
    if (bySection === undefined) {
      if (sentences.size >= maxMemoizedSections) return text;
      bySection = byCode();
      sentences.set(section, bySection);
    }
    lastSection = section;
    [lastIndexes, lastNumbers, lastWords] = bySection;
    if (count < maxMemoizedCodes && codeSlot(bySection, code) === undefined) {
      count++;
      setCodeSlot(bySection, code, text);
    }
    return text;
  }

  const misses: readonly ((section: unknown, code: unknown, options?: MessageOptions) => string)[] = [
    remember,
    (section, code, options) => sentence(section, code, options, memo),
  ];

  return { localeChain: explainer.localeChain, explain, message };
}
