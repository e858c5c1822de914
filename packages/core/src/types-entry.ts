/** `@smspartner-i18n/core/types`: every type of core, for annotations (no code). */
export type {
  CatalogEntry,
  CodeOf,
  EntryKey,
  GlobalFallbackKey,
  KeyOf,
  MessageKey,
  SectionFallbackKey,
  SectionInfo,
} from './catalog.ts';
export type { Explanation, MessageCandidates, MessageResolver } from './catalog-resolver.ts';
export type { SectionCode } from './code-pack.ts';
export type { SmsPartnerI18nextResources } from './i18next-resources.ts';
export type { PackSource } from './pack-forms.ts';
export type {
  Explainer,
  MatchKind,
  MessageOptions,
  ResolvedText,
  ResolverOptions,
  TextResolver,
} from './resolver.ts';
export type {
  Category,
  CodePack,
  CodeTexts,
  CompiledElement,
  CompiledMessage,
  CompiledMessages,
  EntryKind,
  FieldTexts,
  FixableBy,
  HlrGroup,
  LocalePack,
  MessagePack,
  MessageParams,
  NumericCodeSectionId,
  Outcome,
  PackText,
  Register,
  SectionId,
  SectionTexts,
  StringCodeSectionId,
  TextArgs,
  TextFunction,
} from './types.ts';
