/**
 * `@smspartner-i18n/core/internal`: what the locale package generator
 * (tools/i18n) and the adapters share with core. Not for app code; it may
 * change in any minor version.
 */

export { type MessageCandidates, messageCandidates, messageParams } from './catalog-resolver.ts';
export { normalizerOf } from './code-forms.ts';
export { type SectionCode, sectionCodes, toCodeTexts, toSectionTexts } from './code-pack.ts';
export { compileText } from './compile-text.ts';
export { toFieldTexts } from './field-texts.ts';
export { FormatterCache, formatCompiled } from './format-compiled.ts';
export { addI18nextResources, type SmsPartnerI18nextResources } from './i18next-resources.ts';
export { canonicalLocale, isRegister, localeChain, registers } from './locale-chain.ts';
export { own } from './own.ts';
export { isCodePack, isLocalePack, packsOf, trimmedMark } from './pack-forms.ts';
export { numberFormat, toNumber } from './resolver.ts';
export { defaultTerminalTextLength, terminalJson, terminalLines, terminalText } from './terminal-text.ts';
export { smsPartnerNamespaces } from './types.ts';
