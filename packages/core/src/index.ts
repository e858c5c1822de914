// What app code calls: the catalog, lookups and guards, the keys, the resolver and the converter
// of hand-made packs; at most 30 names (public-surface.test.ts). Every type is in
// `@smspartner-i18n/core/types`; the catalog-free resolver in `/runtime`; what the generator and
// the adapters share (terminal-safe text, the i18next namespaces) in `/internal`.
export {
  type CatalogEntry,
  type CodeOf,
  entries,
  type GlobalFallbackKey,
  globalFallbackKey,
  hlrErrorGroups,
  hlrStatusGroups,
  type KeyOf,
  type MessageKey,
  messageKeys,
  sectionFallbackKey,
  sections,
} from './catalog.ts';
export { createResolver, type Explanation, type MessageResolver } from './catalog-resolver.ts';
export { toCodePack } from './code-pack.ts';
export { entryByKey, isKnownCode, isMessageKey, isSectionId, lookup, sanitizeCode } from './lookup.ts';
export { lastResortText, type MessageOptions, type ResolverOptions } from './resolver.ts';
export {
  categories,
  type LocalePack,
  type Register,
  type SectionId,
  sectionIds,
} from './types.ts';
