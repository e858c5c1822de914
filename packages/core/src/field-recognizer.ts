import { fieldPatternSources, genericFieldPatterns } from './field-patterns.ts';
import {
  type FieldKey,
  type FieldParamSpec,
  fieldKeyOf,
  fieldRuleSources,
  unknownFieldKeyOf,
  unknownRule,
} from './field-rules.ts';

/**
 * Recognises SMSPartner's field messages ("Ce numero de telephone n'est pas
 * valide (922264)") as a rule of the field layer, with the values they quote
 * as arguments. Accented or not, French or English, any case and spacing;
 * a message must match a rule's pattern whole, so text that merely contains
 * one is not recognised. Zero dependencies, no catalog: the Node and React
 * adapters share it.
 */

/** How a field message was understood. */
export interface RecognizedField {
  /** The request field: as given (`phoneNumbers`, in the layer's spelling when it is one of its fields), or the one the message names when none was given. */
  readonly field: string;
  /** The rule the message reports, `unknown` for a message its field's rules do not recognise; `undefined` for a field the layer does not list. */
  readonly rule: string | undefined;
  /** The key of the text that explains it; `undefined` when the section has no field layer. */
  readonly key: FieldKey | undefined;
  /** The values the message quotes (`{ phoneNumber: '922264' }`, `{ maxLength: 11 }`), else the rule's defaults. */
  readonly params: Readonly<Record<string, string | number>>;
}

const MAX_MESSAGE_LENGTH = 500;
const MAX_FIELD_LENGTH = 100;
const MAX_TEXT_PARAM_LENGTH = 40;

// Invisible characters that reorder or hide what is shown (bidi controls, zero-width marks): a
// quoted value reaches screens and logs, so they go.
const invisible = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * The form patterns are written against: invisible marks (bidi controls, zero-width) and accents
 * removed, lower case, typographic quotes made plain, one space between words and around
 * brackets, no final full stop. Never throws.
 */
export function normalizeFieldMessage(message: unknown): string {
  if (typeof message !== 'string') return '';
  return message
    .slice(0, MAX_MESSAGE_LENGTH)
    .replace(invisible, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u00ab\u00bb\u201c\u201d]/g, '"')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?' ?/g, "'")
    .replace(/ ?\( ?/g, ' (')
    .replace(/ ?\) ?/g, ') ')
    .replace(/[\s.!]+$/, '')
    .trim();
}

interface CompiledRule {
  readonly rule: string;
  readonly params: Readonly<Record<string, FieldParamSpec>>;
  readonly patterns: readonly RegExp[];
}

interface FieldLayer {
  /** By field name in lower case. */
  readonly fields: ReadonlyMap<string, { readonly name: string; readonly rules: readonly CompiledRule[] }>;
}

const whole = (source: string): RegExp => new RegExp(`^(?:${source})$`);

// Compiled once, at module evaluation, from frozen data; never written after.
const layers: ReadonlyMap<string, FieldLayer> = new Map(
  Object.entries(fieldRuleSources).map(([section, fields]) => [
    section,
    {
      fields: new Map(
        Object.entries(fields).map(([name, rules]) => {
          const wordings = (
            fieldPatternSources as Record<
              string,
              Record<string, Record<string, { patterns: readonly string[] }>>
            >
          )[section]![name]!;
          const compiled: CompiledRule[] = Object.entries(
            rules as Readonly<Record<string, Readonly<Record<string, FieldParamSpec>>>>,
          ).map(([rule, params]) => ({
            rule,
            params,
            patterns: [...wordings[rule]!.patterns, ...(genericFieldPatterns[rule] ?? [])].map(whole),
          }));
          return [name.toLowerCase(), { name, rules: compiled }] as const;
        }),
      ),
    },
  ]),
);

const genericPatterns: readonly RegExp[] = Object.values(genericFieldPatterns).flat().map(whole);

/** A value quoted from the request (the normaliser took out control and bidi characters), bounded. */
function textParam(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' || text.length > MAX_TEXT_PARAM_LENGTH ? undefined : text;
}

/** The rule's arguments from a match of the normalised message (text values as it has them). */
function paramsOf(
  rule: CompiledRule,
  groups: Readonly<Record<string, string | undefined>> | undefined,
): Record<string, string | number> | undefined {
  const params: Record<string, string | number> = {};
  for (const [name, spec] of Object.entries(rule.params)) {
    const found = groups?.[name];
    if (spec === 'text') {
      const text = textParam(found);
      if (text === undefined) return undefined;
      params[name] = name === 'date' ? withTime(text, groups?.['time']) : text;
    } else {
      const number = found === undefined ? Number.NaN : Number(found);
      params[name] = Number.isSafeInteger(number) ? number : spec;
    }
  }
  return params;
}

/** `21/11/2014` and `10:05` → `21/11/2014 10:05`; a time without digits (`:`, as SMSPartner prints an empty one) is left out. */
function withTime(date: string, time: string | undefined): string {
  const digits = time?.match(/\d{1,2}/g);
  if (!digits || digits.length === 0) return date;
  const [hours, minutes = '00'] = digits;
  return `${date} ${hours!.padStart(2, '0')}:${minutes.padStart(2, '0')}`;
}

function match(
  rules: readonly CompiledRule[],
  normalized: string,
): { rule: string; params: Record<string, string | number> } | undefined {
  for (const rule of rules) {
    for (const pattern of rule.patterns) {
      const found = pattern.exec(normalized);
      if (found === null) continue;
      const params = paramsOf(rule, found.groups);
      if (params !== undefined) return { rule: rule.rule, params };
    }
  }
  return undefined;
}

function fieldNameOf(value: unknown): string {
  if (typeof value !== 'string') return '';
  const name = value
    .replace(/[\p{Cc}\u2028\u2029]/gu, '')
    .replace(invisible, '')
    .trim();
  return name.length > MAX_FIELD_LENGTH ? name.slice(0, MAX_FIELD_LENGTH) : name;
}

/**
 * The field's entry in a layer: its name as given (any case), else its last segment (`SMSList.0.phoneNumbers`).
 * Own keys of a Map only: a field named `__proto__` or `constructor` is simply unknown.
 */
function fieldOf(layer: FieldLayer, field: string) {
  const lower = field.toLowerCase();
  return layer.fields.get(lower) ?? layer.fields.get(lower.split('.').pop() ?? '');
}

/**
 * Understands one field message of a section's validation answer: which
 * rule of the field it reports (`sms.send`, `phoneNumbers`, "Ce numero de
 * telephone n'est pas valide (922264)" → `invalid`, `{ phoneNumber: '922264' }`),
 * and the key of the text that explains it. A field the layer lists with a
 * message it does not recognise gives the field's `unknown` key; a field it
 * does not list gives the section's `unknownField` key; without a field
 * name, the message decides the field when one rule recognises it. Never
 * throws, for any value.
 */
export function recognizeFieldMessage(section: unknown, field: unknown, message: unknown): RecognizedField {
  try {
    return recognize(section, field, message);
  } catch {
    return Object.freeze({ field: '', rule: undefined, key: undefined, params: Object.freeze({}) });
  }
}

function recognize(section: unknown, field: unknown, message: unknown): RecognizedField {
  const name = fieldNameOf(field);
  const layer = typeof section === 'string' ? layers.get(section) : undefined;
  if (layer === undefined || typeof section !== 'string') {
    return Object.freeze({ field: name, rule: undefined, key: undefined, params: Object.freeze({}) });
  }
  const normalized = normalizeFieldMessage(message);
  const known = name === '' ? undefined : fieldOf(layer, name);
  if (known !== undefined) {
    const found = normalized === '' ? undefined : match(known.rules, normalized);
    const rule = found?.rule ?? unknownRule;
    return Object.freeze({
      field: known.name,
      rule,
      key: fieldKeyOf(section, known.name, rule) as FieldKey,
      params: Object.freeze(found?.params ?? {}),
    });
  }
  if (name === '' && normalized !== '' && !genericPatterns.some((pattern) => pattern.test(normalized))) {
    // No field named: a message that one field's own rule recognises names that field.
    for (const candidate of layer.fields.values()) {
      const found = match(candidate.rules, normalized);
      if (found !== undefined) {
        return Object.freeze({
          field: candidate.name,
          rule: found.rule,
          key: fieldKeyOf(section, candidate.name, found.rule) as FieldKey,
          params: Object.freeze(found.params),
        });
      }
    }
  }
  return Object.freeze({
    field: name,
    rule: undefined,
    key: unknownFieldKeyOf(section) as FieldKey,
    params: Object.freeze({}),
  });
}

/** The request fields of a section's field layer, in the spelling SMSPartner uses (`phoneNumbers`); empty for a section without one. */
export function fieldsOf(section: unknown): readonly string[] {
  const layer = typeof section === 'string' ? layers.get(section) : undefined;
  return layer === undefined ? [] : [...layer.fields.values()].map((field) => field.name);
}
