/**
 * `@smspartner-i18n/core/runtime`: the resolver without the catalog. It
 * reads code packs (what `@smspartner-i18n/locale-*` export as `pack`, or
 * the modules that export them), so an app that shows a few sections' texts
 * ships those texts and this small runtime, not the metadata of all 225
 * codes. Its answers carry no message key and no catalog entry; the main
 * entry's resolver adds them.
 */
import {
  createExplainer,
  type ResolvedText,
  type ResolverOptions,
  type TextResolver,
  withMemo,
} from './resolver.ts';

export { sanitizeCode } from './code-forms.ts';
export { compileText } from './compile-text.ts';
export { canonicalLocale, isRegister, localeChain, registers } from './locale-chain.ts';
export { eachPack, isLocalePack, type PackSource, packsOf } from './pack-forms.ts';
export {
  createExplainer,
  type Explainer,
  lastResortText,
  type MatchKind,
  type MessageOptions,
  type ResolvedText,
  type ResolverOptions,
  type TextResolver,
  withMemo,
} from './resolver.ts';
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
  Register,
  SectionId,
  SectionTexts,
  TextArgs,
  TextFunction,
} from './types.ts';

/**
 * `createExplainer` with `message`, and the memo of finished sentences a
 * server wants (`withMemo`). Message packs (by key) are ignored, since only
 * the catalog knows which key a code has: turn them into code packs with
 * `toCodePack` of the main entry, or use its `createResolver`.
 */
export function createResolver(options: ResolverOptions): TextResolver<ResolvedText> {
  return withMemo(createExplainer(options));
}
