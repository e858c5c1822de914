import { compileText, isCompiledMessage } from './compile-text.ts';
import { fieldKeyInfo, fieldKeys } from './field-rules.ts';
import { canonicalLocale, isRegister, localeChain } from './locale-chain.ts';
import { own } from './own.ts';
import { type PackSource, packsOf } from './pack-forms.ts';
import type {
  CompiledMessages,
  FieldTexts,
  LocalePack,
  PackText,
  Register,
  SectionId,
  TextArgs,
  TextFunction,
} from './types.ts';

/**
 * The texts of the field layer: how a code pack holds them (`fields` of a
 * section, built by `toFieldTexts`) and how they are resolved
 * (`explainField`): the locale chain and the registers of the code resolver,
 * over the field's rule, then the field's `unknown` text, then the section's
 * `unknownField` text. Separate from the code resolver on purpose; zero
 * dependencies, no catalog.
 */

const MAX_FIELD_LENGTH = 100;

/**
 * The field texts of one section from compiled messages by key
 * (`sms.send.fields.phoneNumbers.invalid`, ...), compiled for `locale`, as a
 * code pack's section holds them (`phoneNumbers.invalid`, `unknownField`);
 * `undefined` when the messages hold none.
 */
export function toFieldTexts(
  section: SectionId,
  messages: CompiledMessages,
  locale = 'en',
): FieldTexts | undefined {
  const texts: Record<string, PackText> = {};
  const prefix = `${section}.fields.`;
  for (const key of fieldKeys) {
    if (!key.startsWith(prefix)) continue;
    const message = own(messages, key);
    if (isCompiledMessage(message)) texts[key.slice(prefix.length)] = compileText(message, locale);
  }
  return Object.keys(texts).length === 0 ? undefined : texts;
}

/** What `explainField` explains: a field error as `recognizeFieldMessage` understood it. */
export interface FieldToExplain {
  readonly field?: string;
  readonly rule?: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

export interface FieldExplainOptions {
  /** Packs, the modules that export them, or lists of those (as `createResolver` takes them). */
  readonly packs: PackSource;
  readonly locale?: string;
  readonly fallbackLocale?: string;
  /** Default `friendly`. */
  readonly register?: Register;
}

/** How close the text is to the field error: its rule's, its field's `unknown` one, or the section's `unknownField` one. */
export type FieldMatch = 'rule' | 'field' | 'section' | 'none';

export interface FieldExplanation {
  /** The sentence; never empty, never a key. */
  readonly text: string;
  readonly locale: string;
  readonly register: Register;
  readonly matched: FieldMatch;
  /** The key of the text shown; `undefined` when no pack had one (`matched: 'none'`). */
  readonly key: string | undefined;
}

/** Shown when no pack has a text for a field, not even the section's `unknownField` (no pack loaded). */
export const lastResortFieldText = 'One of the values entered is not valid. Check it and try again.';

/** The text of a field error in a pack's register, by how close it is. */
function textIn(
  pack: LocalePack,
  register: Register,
  section: string,
  field: string,
  rule: string,
  which: Exclude<FieldMatch, 'none'>,
): unknown {
  const key =
    which === 'section'
      ? `${section}.fields.unknownField`
      : `${section}.fields.${field}.${which === 'rule' ? rule : 'unknown'}`;
  const codes = own(pack, 'codes');
  if (codes !== undefined) {
    const fields = own(own(own(own(codes, register), 'sections'), section), 'fields');
    return own(fields, key.slice(`${section}.fields.`.length));
  }
  return own(own(own(pack, 'compiled'), register), key);
}

function formatNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}

/**
 * A compiled text (a code pack's function) with the error's values; `undefined` when an argument
 * it reads has no value, so that the next, less precise text answers rather than one with a hole.
 */
function renderFunction(
  text: TextFunction,
  locale: string,
  params: Readonly<Record<string, unknown>>,
): string | undefined {
  let missing = false;
  const args: TextArgs = {
    n(name, fallback) {
      const given = own(params, name);
      if (typeof given === 'number' && Number.isFinite(given)) return formatNumber(given, locale);
      if (fallback !== undefined) return formatNumber(fallback, locale);
      missing = true;
      return '';
    },
    s(name) {
      const given = own(params, name);
      if (typeof given === 'string') return given;
      if (typeof given === 'number' && Number.isFinite(given)) return formatNumber(given, locale);
      missing = true;
      return '';
    },
    c: () => '?',
    v(name) {
      const given = own(params, name);
      if (given === undefined) missing = true;
      return given;
    },
  };
  const out = text(args);
  return missing || typeof out !== 'string' ? undefined : out.trim();
}

/** Literal text, `{name}` and `{name, number}`: what the field texts use; `undefined` for anything else. */
function render(
  text: unknown,
  locale: string,
  params: Readonly<Record<string, unknown>>,
): string | undefined {
  if (typeof text === 'string') return text.trim();
  if (typeof text === 'function') return renderFunction(text as TextFunction, locale, params);
  if (!Array.isArray(text)) return undefined;
  let out = '';
  for (const element of text) {
    const { type, value } = (element ?? {}) as { type?: unknown; value?: unknown };
    if (typeof value !== 'string') return undefined;
    if (type === 0) out += value;
    else if (type === 1 || type === 2) {
      const given = own(params, value);
      if (type === 1 && typeof given === 'string') out += given;
      else if (typeof given === 'number' && Number.isFinite(given)) out += formatNumber(given, locale);
      // A text whose argument has no value is not shown: the next, less precise one answers.
      else return undefined;
    } else return undefined;
  }
  return out.trim();
}

/**
 * The sentence for one field error of a section, in the first locale of
 * the chain (`fr-CA` → `fr` → fallback → `en`) whose packs have one: the
 * rule's text, else the field's text for unrecognised messages, else the
 * section's text for unknown fields. Code packs (their sections' `fields`)
 * and message packs (by key) are both read. Never throws.
 */
export function explainField(
  options: FieldExplainOptions,
  section: unknown,
  error: FieldToExplain,
  register?: Register,
): FieldExplanation {
  try {
    return explain(options, section, error, register);
  } catch {
    return { text: lastResortFieldText, locale: 'en', register: 'friendly', matched: 'none', key: undefined };
  }
}

function explain(
  options: FieldExplainOptions,
  section: unknown,
  error: FieldToExplain,
  callRegister: Register | undefined,
): FieldExplanation {
  const register: Register = isRegister(callRegister)
    ? callRegister
    : isRegister(options?.register)
      ? options.register
      : 'friendly';
  const chain = localeChain(options?.locale, options?.fallbackLocale ?? 'en');
  const given = packsOf(options?.packs);
  const packs: [string, LocalePack][] = [];
  for (const locale of chain)
    for (const pack of given) if (canonicalLocale(own(pack, 'locale')) === locale) packs.push([locale, pack]);
  const rawField = own(error, 'field');
  const field = typeof rawField === 'string' && rawField.length <= MAX_FIELD_LENGTH ? rawField : '';
  const rawRule = own(error, 'rule');
  const rule = typeof rawRule === 'string' ? rawRule : 'unknown';
  const rawParams = own(error, 'params');
  const params =
    typeof rawParams === 'object' && rawParams !== null ? (rawParams as Record<string, unknown>) : {};
  const sectionId = typeof section === 'string' ? section : '';
  const order: Exclude<FieldMatch, 'none'>[] = field === '' ? ['section'] : ['rule', 'field', 'section'];
  for (const which of order) {
    if (which === 'rule' && rule === 'unknown') continue;
    for (const [locale, pack] of packs) {
      const text = render(textIn(pack, register, sectionId, field, rule, which), locale, params);
      if (text === undefined || text === '') continue;
      const key =
        which === 'section'
          ? `${sectionId}.fields.unknownField`
          : `${sectionId}.fields.${field}.${which === 'rule' ? rule : 'unknown'}`;
      return { text, locale, register, matched: which, key };
    }
  }
  return { text: lastResortFieldText, locale: 'en', register, matched: 'none', key: undefined };
}

/**
 * The keys to try for a field error, best first (its rule's, its field's `unknown`, the section's
 * `unknownField`), with the arguments to format them with: what an adapter that keeps the texts in
 * another store (i18next) asks that store for, so it tries what `explainField` tries. Never throws.
 */
export function fieldCandidates(
  section: unknown,
  error: FieldToExplain,
): { readonly keys: readonly string[]; readonly params: Readonly<Record<string, string | number>> } {
  try {
    const sectionId = typeof section === 'string' ? section : '';
    const rawField = own(error, 'field');
    const field = typeof rawField === 'string' && rawField.length <= MAX_FIELD_LENGTH ? rawField : '';
    const rawRule = own(error, 'rule');
    const rule = typeof rawRule === 'string' ? rawRule : 'unknown';
    const keys: string[] = [];
    if (field !== '' && fieldKeyInfo(`${sectionId}.fields.${field}.unknown`) !== undefined) {
      if (rule !== 'unknown' && fieldKeyInfo(`${sectionId}.fields.${field}.${rule}`) !== undefined)
        keys.push(`${sectionId}.fields.${field}.${rule}`);
      keys.push(`${sectionId}.fields.${field}.unknown`);
    }
    if (fieldKeyInfo(`${sectionId}.fields.unknownField`) !== undefined)
      keys.push(`${sectionId}.fields.unknownField`);
    const params: Record<string, string | number> = {};
    const given = own(error, 'params');
    for (const [name, spec] of Object.entries(fieldKeyInfo(keys[0])?.params ?? {})) {
      const value = own(given, name);
      if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))
        params[name] = value;
      else if (spec !== 'text') params[name] = spec;
      // A quoted value that is missing: the rule's text would show a hole, so it is not tried.
      else return { keys: keys.slice(1), params: {} };
    }
    return { keys, params };
  } catch {
    return { keys: [], params: {} };
  }
}
