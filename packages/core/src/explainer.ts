import { normalizerOf, sanitizeCode } from './code-forms.ts';
import { canonicalLocale, isTone, localeChain } from './locale-chain.ts';
import {
  argumentValue,
  type Explainer,
  isCodePack,
  lastResortText,
  type MatchKind,
  own,
  type ResolvedText,
  type ResolverOptions,
  toNumber,
} from './resolver-engine.ts';
import type { CodePack } from './types.ts';

/**
 * `createExplainer` of `@smspartner-i18n/core/runtime`, written for the size
 * of a browser bundle rather than for speed: the memoised engine of
 * resolver-engine.ts gives the same answers (a property test holds the two
 * equal) but keeps what it worked out, which costs code; a React render
 * asks for a handful of texts, so this walks the packs on every call. Same
 * locale chain, code forms, arguments, fallbacks and last resort.
 */

/** The order in which texts are tried: the code's own, its section's, the global one. */
const matchOrder: readonly MatchKind[] = ['exact', 'section', 'generic'];

/**
 * The sentence of a text (trimmed; `''` when it comes out empty), or
 * `undefined` when this runtime cannot format it: anything but literal text,
 * `{name}` and `{name, number}`.
 */
function render(
  text: unknown,
  formatNumber: () => Intl.NumberFormat,
  defaults: unknown,
  given: unknown,
  code: unknown,
): string | undefined {
  if (typeof text === 'string') return text.trim();
  if (!Array.isArray(text) || text.length === 0) return undefined;
  let sentence = '';
  for (const element of text) {
    const { type, value, style } = (element ?? {}) as { type?: unknown; value?: unknown; style?: unknown };
    if (typeof value !== 'string') return undefined;
    if (type === 0) {
      sentence += value;
      continue;
    }
    if (type !== 1 && !(type === 2 && style == null)) return undefined;
    const argument =
      value === 'code'
        ? (sanitizeCode(code) ?? '?')
        : argumentValue(value, given as Readonly<Record<string, unknown>>, own(defaults, value));
    if (typeof argument === 'string' && type === 1) sentence += argument;
    else {
      const number = toNumber(argument);
      if (number !== undefined) sentence += formatNumber().format(number);
    }
  }
  return sentence.trim();
}

/**
 * A text made of literal text only, even compiled as one literal element,
 * is static: when empty, the same code in the next locale is tried. A
 * rendered text that comes out empty (no value for its only argument)
 * lets the next kind of text answer instead, as in the memoised engine.
 */
function isStatic(text: unknown): boolean {
  return typeof text === 'string' || (Array.isArray(text) && text.length === 1 && text[0]?.type === 0);
}

/**
 * A resolver over code packs with `explain` only: the same answers as
 * `createResolver` of this entry, from the smallest code, for an app that
 * shows answers through `explain` alone (the React adapter).
 */
export function createExplainer(options: ResolverOptions): Explainer<ResolvedText> {
  const chain = localeChain(options?.locale, options?.fallbackLocale ?? 'en');
  const defaultTone = isTone(options?.tone) ? options.tone : 'friendly';
  const packs: [locale: string, codes: CodePack['codes'], formatNumber: () => Intl.NumberFormat][] = [];
  for (const locale of chain) {
    let format: Intl.NumberFormat | undefined;
    const formatNumber = () => (format ??= new Intl.NumberFormat(locale));
    for (const given of Array.isArray(options?.packs) ? options.packs : [])
      if (canonicalLocale(own(given, 'locale')) === locale && isCodePack(given))
        packs.push([locale, given.codes, formatNumber]);
  }

  function explain(section: unknown, code: unknown, callOptions?: Parameters<Explainer['explain']>[2]) {
    const tone = isTone(callOptions?.tone) ? callOptions.tone : defaultTone;
    const isSection = typeof section === 'string';
    const packCode = isSection ? normalizerOf(section)(code) : undefined;
    for (const matched of matchOrder) {
      if (matched !== 'generic' && (!isSection || (matched === 'exact' && packCode === undefined))) continue;
      for (const [locale, codes, formatNumber] of packs) {
        const texts = own(codes, tone) as { sections?: unknown; unknownCode?: unknown } | undefined;
        const inSection = (isSection ? own(texts?.sections, section) : undefined) as
          | Record<string, unknown>
          | undefined;
        let text = matched === 'generic' ? texts?.unknownCode : inSection?.['unknownCode'];
        let defaults: unknown;
        if (matched === 'exact') {
          const alias = own(inSection?.['aliases'], packCode!);
          const key = typeof alias === 'string' || typeof alias === 'number' ? alias : packCode!;
          text = own(inSection?.['codes'], key);
          defaults = own(inSection?.['params'], key);
        }
        const sentence = render(text, formatNumber, defaults, callOptions?.params, code);
        if (sentence) return { text: sentence, locale, tone, matched };
        if (sentence === '' && !isStatic(text)) break;
      }
    }
    return { text: lastResortText, locale: 'en', tone, matched: 'generic' as MatchKind };
  }

  return { localeChain: Object.freeze(chain), explain };
}
