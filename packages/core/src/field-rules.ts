/**
 * The field layer: for each request field SMSPartner validates (the `error` /
 * `errors` list of a code 9 answer, reference/api-responses.md), the rules
 * its messages report, each under a stable key
 * (`sms.send.fields.phoneNumbers.invalid`). Written once, by hand, from
 * SMSPartner's documented messages; the keys are message keys like the
 * codes' (locale texts, schemas, key snapshot). How the messages are worded
 * and recognised is in field-patterns.ts. No import of the catalog.
 *
 * Only `sms.send` (send, bulk-send, survey) has documented validation
 * answers; no other section's field messages are documented.
 */

/**
 * An argument a field text may use: a number with its default (a limit
 * SMSPartner quotes, `11` in "plus long que 11 caracteres"), or `'text'`, a
 * value SMSPartner quotes from the request (the number in `(922264)`, a date).
 */
export type FieldParamSpec = number | 'text';

/**
 * The rules of each validated field, by section and field, each with the ICU arguments its texts
 * may use (`{}`: none). How SMSPartner words each rule and how a message is recognised live in
 * field-patterns.ts, typed against this list: a rule cannot be in one and missing from the other.
 */
export const fieldRuleSources = {
  'sms.send': {
    phoneNumbers: {
      required: {},
      invalid: { phoneNumber: 'text' },
      tooMany: { max: 500 },
      empty: {},
    },
    message: {
      required: {},
      lowCostTooLong: { maxLength: 160 },
      tooManyParts: { maxParts: 10 },
    },
    sender: {
      tooLong: { maxLength: 11 },
      invalid: {},
      notAllowed: {},
    },
    scheduledDeliveryDate: {
      required: {},
      invalid: {},
      inThePast: { date: 'text' },
    },
    time: {
      required: {},
    },
    minute: {
      required: {},
      invalid: {},
      outOfRange: { minMinute: 5, maxMinute: 55, step: 5 },
    },
    gamme: {
      notEligible: {},
    },
  },
} as const satisfies Readonly<
  Record<string, Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, FieldParamSpec>>>>>>>
>;

/** The code of a section's validation answer, whose `error` list the field layer explains. */
export const validationCodes: Readonly<Record<keyof typeof fieldRuleSources, number>> = { 'sms.send': 9 };

type Sources = typeof fieldRuleSources;

/** The sections that have a field layer. */
export type FieldSectionId = keyof Sources;

/** The request fields of a section's field layer (`phoneNumbers`, `sender`, ...). */
export type FieldOf<S extends FieldSectionId> = keyof Sources[S] & string;

/** The rules of a field, plus `unknown` (a message the rules do not recognise). */
export type FieldRuleOf<S extends FieldSectionId, F extends FieldOf<S>> =
  | (keyof Sources[S][F] & string)
  | 'unknown';

/** The key of the text for a field the section's layer does not list. */
export type UnknownFieldKey<S extends FieldSectionId = FieldSectionId> = `${S}.fields.unknownField`;

type FieldKeysOf<S extends FieldSectionId> = {
  [F in FieldOf<S>]: `${S}.fields.${F}.${FieldRuleOf<S, F>}`;
}[FieldOf<S>];

/** The field keys of a section (`never` for a section without a field layer). */
export type FieldKeyOf<S extends string> = S extends FieldSectionId
  ? FieldKeysOf<S> | UnknownFieldKey<S>
  : never;

/** Every key of the field layer. */
export type FieldKey = FieldKeyOf<FieldSectionId>;

/** The name of the rule for a message no rule of its field recognises. */
export const unknownRule = 'unknown';

/** `sms.send.fields.phoneNumbers.invalid`. */
export function fieldKeyOf(section: string, field: string, rule: string): string {
  return `${section}.fields.${field}.${rule}`;
}

/** `sms.send.fields.unknownField`. */
export function unknownFieldKeyOf(section: string): string {
  return `${section}.fields.unknownField`;
}

/** Every field key, section by section, field by field: each rule, then the field's `unknown`; then the section's `unknownField`. */
export const fieldKeys: readonly FieldKey[] = Object.freeze(
  Object.entries(fieldRuleSources).flatMap(([section, fields]) => [
    ...Object.entries(fields).flatMap(([field, rules]) => [
      ...Object.keys(rules).map((rule) => fieldKeyOf(section, field, rule)),
      fieldKeyOf(section, field, unknownRule),
    ]),
    unknownFieldKeyOf(section),
  ]) as FieldKey[],
);

/** What a field key stands for. */
export interface FieldKeyInfo {
  readonly key: FieldKey;
  readonly section: FieldSectionId;
  /** The section's validation code (`9`): the answer whose field list the key explains. */
  readonly code: number;
  /** `undefined` for the section's `unknownField` key. */
  readonly field?: string;
  /** `unknown` for a field's unrecognised messages; `undefined` for `unknownField`. */
  readonly rule?: string;
  readonly params: Readonly<Record<string, FieldParamSpec>>;
}

const infoByKey: ReadonlyMap<string, FieldKeyInfo> = (() => {
  const infos = new Map<string, FieldKeyInfo>();
  const add = (info: Omit<FieldKeyInfo, 'key' | 'code'>, key: string) =>
    infos.set(key, Object.freeze({ key: key as FieldKey, code: validationCodes[info.section], ...info }));
  for (const [name, fields] of Object.entries(fieldRuleSources)) {
    const section = name as FieldSectionId;
    for (const [field, rules] of Object.entries(fields)) {
      for (const [rule, params] of Object.entries(
        rules as Readonly<Record<string, Readonly<Record<string, FieldParamSpec>>>>,
      ))
        add({ section, field, rule, params: Object.freeze({ ...params }) }, fieldKeyOf(section, field, rule));
      add({ section, field, rule: unknownRule, params: {} }, fieldKeyOf(section, field, unknownRule));
    }
    add({ section, params: {} }, unknownFieldKeyOf(section));
  }
  return infos;
})();

/** What a field key stands for, or `undefined` when the string is no field key. Never throws. */
export function fieldKeyInfo(key: unknown): FieldKeyInfo | undefined {
  return typeof key === 'string' ? infoByKey.get(key) : undefined;
}

/** True for a key of the field layer. */
export function isFieldKey(key: unknown): key is FieldKey {
  return typeof key === 'string' && infoByKey.has(key);
}
