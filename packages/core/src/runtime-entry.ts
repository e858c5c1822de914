/**
 * `@smspartner-i18n/core/runtime`: the resolver without the catalog. It
 * reads codes from code packs (what `@smspartner-i18n/locale-*` export as
 * `pack`), so an app that shows a few sections' texts ships those texts and
 * this small runtime, not the metadata of all 225 codes. Its answers carry
 * no message key and no catalog entry; the main entry's resolver adds them.
 */
import { normalizerOf } from './code-forms.ts';
import {
  type Candidate,
  createEngine,
  isCodePack,
  type ResolvedText,
  type ResolverOptions,
  type Strategy,
  type TextResolver,
} from './resolver-engine.ts';

export { sanitizeCode } from './code-forms.ts';
export { createExplainer } from './explainer.ts';
export { canonicalLocale, isTone, localeChain } from './locale-chain.ts';
export {
  type Explainer,
  isLocalePack,
  lastResortText,
  type MatchKind,
  type MessageOptions,
  type ResolvedText,
  type ResolverOptions,
  type TextResolver,
} from './resolver-engine.ts';
export type {
  CodePack,
  CodeTexts,
  CompiledElement,
  CompiledMessage,
  CompiledMessages,
  LocalePack,
  MessagePack,
  MessageParams,
  PackText,
  SectionId,
  SectionTexts,
  Tone,
} from './types.ts';

/**
 * Builds a resolver over code packs, like the main entry's `createResolver`
 * (same locale chain, same fallbacks, same formatting), without the
 * catalog: message packs (by key) are ignored, since only the catalog knows
 * which key a code has; turn them into code packs with `toCodePack`.
 * Formats literal text, `{name}` and `{name, number}` (all the generated
 * packs hold); a text with plural, select or dates counts as missing.
 */
export function createResolver(options: ResolverOptions): TextResolver<ResolvedText> {
  return createEngine(options, withoutCatalog);
}

const withoutCatalog: Strategy<ResolvedText> = {
  candidates(section, code) {
    const list: Candidate[] = [];
    if (typeof section === 'string') {
      const packCode = normalizerOf(section)(code);
      if (packCode !== undefined) list.push({ matched: 'exact', section, code: packCode });
      list.push({ matched: 'section', section });
    }
    list.push({ matched: 'generic', section: '' });
    return { list };
  },
  usable: (pack) => (isCodePack(pack) ? pack : undefined),
  finish: (text, locale, tone, matched) => ({ text, locale, tone, matched }),
};
