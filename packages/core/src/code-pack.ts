import { type CatalogEntry, entries, sectionFallbackKey } from './catalog.ts';
import { normalizerOf } from './code-forms.ts';
import { toFieldTexts } from './field-texts.ts';
import type {
  CodePack,
  CodeTexts,
  CompiledMessage,
  CompiledMessages,
  MessagePack,
  MessageParams,
  PackText,
  SectionId,
  SectionTexts,
  Tone,
} from './types.ts';
import { sectionIds } from './types.ts';

/**
 * Builds code packs from compiled messages by key, with the catalog: the
 * locale package generator (tools/i18n) writes what these return, and an
 * app or a test turns its own message pack into a code pack with them, for
 * the resolver of `@smspartner-i18n/core/runtime`.
 */

/** A message made of one literal becomes that string; any other stays compiled. */
export function toPackText(message: CompiledMessage): PackText {
  const only = message.length === 1 ? message[0] : undefined;
  return only?.type === 0 ? only.value : message;
}

const entriesBySection: ReadonlyMap<SectionId, readonly CatalogEntry[]> = new Map(
  sectionIds.map((id) => [id, entries.filter((entry) => entry.section === id)]),
);

function isCompiledMessage(value: unknown): value is CompiledMessage {
  return Array.isArray(value) && value.length > 0;
}

/**
 * The texts of one section by code (as `lookup` normalises it), from
 * compiled messages by key (`sms.send.insufficientCredit`, and the section's
 * fallback `sms.send.unknownCode`), with the defaults of their arguments
 * and the other names of their codes. Keys of other sections are ignored.
 * `undefined` when the messages hold no text of the section.
 */
export function toSectionTexts(section: SectionId, messages: CompiledMessages): SectionTexts | undefined {
  const normalize = normalizerOf(section);
  const codes: Record<string, PackText> = {};
  const params: Record<string, MessageParams> = {};
  const aliases: Record<string, string | number> = {};
  for (const entry of entriesBySection.get(section) ?? []) {
    const message = Object.hasOwn(messages, entry.key) ? messages[entry.key] : undefined;
    const code = normalize(entry.code);
    if (!isCompiledMessage(message) || code === undefined) continue;
    codes[code] = toPackText(message);
    if (Object.keys(entry.params).length > 0) params[code] = entry.params;
    for (const form of [entry.name, ...entry.aliases]) {
      const normalized = form === undefined ? undefined : normalize(form);
      if (normalized !== undefined && normalized !== code) aliases[normalized] = code;
    }
  }
  const fallbackKey = sectionFallbackKey(section);
  const fallback = Object.hasOwn(messages, fallbackKey) ? messages[fallbackKey] : undefined;
  if (Object.keys(codes).length === 0 && !isCompiledMessage(fallback)) return undefined;
  const fields = toFieldTexts(section, messages);
  return {
    codes,
    ...(isCompiledMessage(fallback) ? { unknownCode: toPackText(fallback) } : {}),
    ...(Object.keys(params).length > 0 ? { params } : {}),
    ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
    ...(fields !== undefined ? { fields } : {}),
  };
}

/** The texts of one register by section and code, from its compiled messages by key. */
export function toCodeTexts(messages: CompiledMessages): CodeTexts {
  const sections: Partial<Record<SectionId, SectionTexts>> = {};
  for (const section of sectionIds) {
    const texts = toSectionTexts(section, messages);
    if (texts !== undefined) sections[section] = texts;
  }
  const fallback = Object.hasOwn(messages, 'unknownCode') ? messages['unknownCode'] : undefined;
  return isCompiledMessage(fallback) ? { sections, unknownCode: toPackText(fallback) } : { sections };
}

/**
 * The same as `toCodeTexts`, section by section as they are first read: what a resolver uses for a
 * message pack, so that making one per request costs microseconds, not a conversion of every text.
 */
export function toCodeTextsLazily(messages: CompiledMessages): CodeTexts {
  const sections: Partial<Record<SectionId, SectionTexts>> = {};
  for (const section of sectionIds) {
    Object.defineProperty(sections, section, {
      enumerable: true,
      configurable: true,
      get() {
        const texts = toSectionTexts(section, messages);
        Object.defineProperty(sections, section, { value: texts, enumerable: true });
        return texts;
      },
    });
  }
  const fallback = Object.hasOwn(messages, 'unknownCode') ? messages['unknownCode'] : undefined;
  return isCompiledMessage(fallback) ? { sections, unknownCode: toPackText(fallback) } : { sections };
}

/** A message pack (compiled messages by key) as a code pack, the form every resolver reads. */
export function toCodePack(pack: MessagePack): CodePack {
  const codes: { -readonly [T in Tone]?: CodeTexts } = {};
  for (const tone of ['official', 'friendly'] as const) {
    const messages = pack.compiled[tone];
    if (messages !== undefined) codes[tone] = toCodeTexts(messages);
  }
  return { locale: pack.locale, codes };
}
