import { type CatalogEntry, entries, sectionFallbackKey } from './catalog.ts';
import { normalizerOf } from './code-forms.ts';
import { compileText, isCompiledMessage } from './compile-text.ts';
import { toFieldTexts } from './field-texts.ts';
import { canonicalLocale, registers } from './locale-chain.ts';
import type {
  CodePack,
  CodeTexts,
  CompiledMessages,
  MessagePack,
  PackText,
  Register,
  SectionId,
  SectionTexts,
} from './types.ts';
import { sectionIds } from './types.ts';

/**
 * The one path of hand-made ICU messages (plural, select, dates, number
 * styles) to the resolver: they are compiled here, once, to the text
 * functions the resolver calls, so the resolver itself only ever calls
 * functions or shows strings. The locale packages are compiled the same
 * way at build time (tools/i18n), to literal code.
 */

/** A code of a section as packs key it, and the other names it is known by (normalised). */
export interface SectionCode {
  readonly entry: CatalogEntry;
  readonly code: string | number;
  readonly aliases: readonly (string | number)[];
}

/**
 * The codes of a section as packs key them (as `lookup` normalises them),
 * with their other names: one definition for `toCodePack` and the
 * generator of the locale packages.
 */
export function sectionCodes(section: SectionId): SectionCode[] {
  const normalize = normalizerOf(section);
  const codes: SectionCode[] = [];
  for (const entry of entries) {
    const code = entry.section === section ? normalize(entry.code) : undefined;
    if (code === undefined) continue;
    const aliases = new Set<string | number>();
    for (const form of [entry.name, ...entry.aliases]) {
      const normalized = form === undefined ? undefined : normalize(form);
      if (normalized !== undefined && normalized !== code) aliases.add(normalized);
    }
    codes.push({ entry, code, aliases: [...aliases] });
  }
  return codes;
}

/**
 * The texts of one section by code, from compiled messages by key
 * (`sms.send.insufficientCredit`, the section's fallback
 * `sms.send.unknownCode`), compiled for `locale` with the catalog's
 * defaults and the other names of the codes. Keys of other sections are
 * ignored; `undefined` when the messages hold no text of the section.
 */
export function toSectionTexts(
  section: SectionId,
  messages: CompiledMessages,
  locale = 'en',
): SectionTexts | undefined {
  const codes: Record<string, PackText> = {};
  const aliases: Record<string, string | number> = {};
  for (const { entry, code, aliases: names } of sectionCodes(section)) {
    const message = Object.hasOwn(messages, entry.key) ? messages[entry.key] : undefined;
    if (!isCompiledMessage(message)) continue;
    codes[code] = compileText(message, locale, entry.params);
    for (const name of names) aliases[name] = code;
  }
  const fallbackKey = sectionFallbackKey(section);
  const fallback = Object.hasOwn(messages, fallbackKey) ? messages[fallbackKey] : undefined;
  if (Object.keys(codes).length === 0 && !isCompiledMessage(fallback)) return undefined;
  const fields = toFieldTexts(section, messages, locale);
  return {
    codes,
    ...(isCompiledMessage(fallback) ? { unknownCode: compileText(fallback, locale) } : {}),
    ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
    ...(fields !== undefined ? { fields } : {}),
  };
}

/**
 * The texts of one register by section and code, from its compiled
 * messages by key; each section is compiled when first read, so that a
 * resolver over a message pack is cheap to make per request.
 */
export function toCodeTexts(messages: CompiledMessages, locale = 'en'): CodeTexts {
  const sections: Partial<Record<SectionId, SectionTexts>> = {};
  for (const section of sectionIds) {
    Object.defineProperty(sections, section, {
      enumerable: true,
      configurable: true,
      get() {
        const texts = toSectionTexts(section, messages, locale);
        Object.defineProperty(sections, section, { value: texts, enumerable: true });
        return texts;
      },
    });
  }
  const fallback = Object.hasOwn(messages, 'unknownCode') ? messages['unknownCode'] : undefined;
  return isCompiledMessage(fallback)
    ? { sections, unknownCode: compileText(fallback, locale) }
    : { sections };
}

/**
 * A message pack (compiled messages by key, ICU of any kind: plural,
 * select, dates) as a code pack, the form every resolver reads. Hand-made
 * texts go through here, once, rather than being interpreted per call.
 */
export function toCodePack(pack: MessagePack): CodePack {
  const codes: { -readonly [T in Register]?: CodeTexts } = {};
  const locale = canonicalLocale(pack.locale) ?? 'en';
  for (const register of registers) {
    const messages = pack.compiled[register];
    if (typeof messages === 'object' && messages !== null) codes[register] = toCodeTexts(messages, locale);
  }
  return { locale: pack.locale, codes };
}
