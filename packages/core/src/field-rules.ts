/**
 * The field layer: for each request field SMSPartner validates (the `error` /
 * `errors` list of a code 9 answer, reference/api-responses.md), the rules
 * its messages report, each under a stable key
 * (`sms.send.fields.phoneNumbers.invalid`), and how to recognise them.
 * Written once, by hand, from SMSPartner's documented messages; the keys are
 * message keys like the codes' (locale texts, schemas, key snapshot), the
 * patterns feed `recognizeFieldMessage`. No import of the catalog: the
 * runtime entry ships this without the codes' metadata.
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

export interface FieldRuleSource {
  /** The rule's name in its key: `required`, `invalid`, `tooLong`, ... */
  readonly rule: string;
  /** The ICU arguments its texts may use. A `'text'` argument is always extracted when the rule matches. */
  readonly params?: Readonly<Record<string, FieldParamSpec>>;
  /**
   * Regular expressions over the normalised message (lower case, accents removed, one space,
   * no final full stop: see `normalizeFieldMessage`), whole-message only; named groups give the
   * arguments. French first (SMSPartner's own), then English forms.
   */
  readonly patterns: readonly string[];
  /** SMSPartner's messages for the rule as documented, and where. */
  readonly documented: readonly { readonly text: string; readonly source: string }[];
}

const envelope = 'reference/api-responses.md, "Envelope" 2';
const codePage = (code: number) =>
  `reference/smspartner-error-codes.{fr,en}.md, Sending SMS ${code} (the same sentence as a field message)`;

/** Messages any field may carry (the validator's generic wording), by the rule they report. */
export const genericFieldPatterns: Readonly<Record<string, readonly string[]>> = {
  required: [
    'cette valeur ne doit pas etre (?:vide|nulle)',
    'ce champ est (?:requis|obligatoire)',
    'this value should not be (?:blank|null|empty)',
    'this field is (?:required|missing|mandatory)',
  ],
  invalid: ["cette valeur n'est pas valide", 'this value is not valid', 'this value is invalid'],
};

export const fieldRuleSources = {
  'sms.send': {
    phoneNumbers: [
      {
        rule: 'required',
        patterns: [
          'le champ phonenumbers est (?:requis|obligatoire)',
          'le(?:s)? numeros? de telephone (?:est|sont) (?:requis|obligatoires?)',
          'the phonenumbers field is required',
          'phone ?numbers? (?:is|are) required',
        ],
        documented: [{ text: 'Le champ phoneNumbers est requis', source: codePage(2) }],
      },
      {
        rule: 'invalid',
        params: { phoneNumber: 'text' },
        patterns: [
          "ce numero de telephone n'est pas valide \\((?<phoneNumber>[^()]{1,40})\\)",
          "le numero de telephone \\((?<phoneNumber>[^()]{1,40})\\) n'est pas valide",
          "(?:this|the) phone number (?:is not|isn't|is in) ?valid \\((?<phoneNumber>[^()]{1,40})\\)",
          '(?:this|the) phone number \\((?<phoneNumber>[^()]{1,40})\\) is (?:not valid|invalid)',
        ],
        documented: [{ text: "Ce numero de telephone n'est pas valide (922264)", source: envelope }],
      },
      {
        rule: 'tooMany',
        params: { max: 500 },
        patterns: [
          'le nombre de numeros autorises est de (?<max>\\d{1,6}) maxi(?:mum)?',
          'the number of allowed numbers is a maximum of (?<max>\\d{1,6})',
          'too many (?:phone )?numbers(?: \\(maximum (?<max>\\d{1,6})\\))?',
        ],
        documented: [{ text: 'Le nombre de numéros autorisés est de 500 maxi', source: codePage(50) }],
      },
      {
        rule: 'empty',
        patterns: ['aucun numero a envoyer', 'no (?:phone )?numbers? to send'],
        documented: [{ text: 'Aucun numéro à envoyer', source: codePage(55) }],
      },
    ],
    message: [
      {
        rule: 'required',
        patterns: ['le message est (?:requis|obligatoire)', '(?:the )?message is required'],
        documented: [
          { text: 'Le message est requis', source: envelope },
          { text: 'Le message est requis', source: codePage(43) },
        ],
      },
      {
        rule: 'lowCostTooLong',
        params: { maxLength: 160 },
        patterns: [
          'le nombre de caracteres pour un sms low[- ]?cost est (?:de )?(?<maxLength>\\d{1,5}) caracteres',
          'the number of characters for a low[- ]?cost sms is (?<maxLength>\\d{1,5}) characters',
        ],
        documented: [
          { text: 'Le nombre de caractères pour un sms Low Cost est 160 caractères', source: codePage(42) },
        ],
      },
      {
        rule: 'tooManyParts',
        params: { maxParts: 10 },
        patterns: [
          'le nombre de sms concatenes ne peut (?:pas )?exceder (?<maxParts>\\d{1,3}) sms',
          'the number of concatenated sms (?:cannot|can not|may not) exceed (?<maxParts>\\d{1,3}) sms',
        ],
        documented: [{ text: 'Le nombre de SMS concaténés ne peut excéder 10 SMS', source: codePage(52) }],
      },
    ],
    sender: [
      {
        rule: 'tooLong',
        params: { maxLength: 11 },
        patterns: [
          "l'(?:emetteur|expediteur) ne peut (?:pas )?etre plus long que (?<maxLength>\\d{1,3}) caracteres?",
          'the sender (?:cannot|can not|must not|may not) be longer than (?<maxLength>\\d{1,3}) characters?',
          'the sender (?:cannot|can not|must not|may not) exceed (?<maxLength>\\d{1,3}) characters?',
        ],
        documented: [{ text: "L'emetteur ne peut pas etre plus long que 11 caracteres", source: envelope }],
      },
      {
        rule: 'invalid',
        patterns: [
          "l'(?:emetteur|expediteur) (?:est invalide|n'est pas valide)",
          'the sender (?:is invalid|is not valid)',
        ],
        documented: [{ text: 'L’émetteur est invalide', source: codePage(44) }],
      },
      {
        rule: 'notAllowed',
        patterns: [
          "(?:sender|l'emetteur|l'expediteur) non autorise",
          '(?:unauthori[sz]ed sender|the sender is not (?:authori[sz]ed|allowed))',
        ],
        documented: [{ text: 'Sender non autorisé', source: codePage(992) }],
      },
    ],
    scheduledDeliveryDate: [
      {
        rule: 'required',
        patterns: ['la date est (?:requise|obligatoire)', 'the date is required'],
        documented: [{ text: 'La date est requise', source: codePage(45) }],
      },
      {
        rule: 'invalid',
        patterns: ["la date (?:est invalide|n'est pas valide)", 'the date (?:is invalid|is not valid)'],
        documented: [{ text: 'La date est invalide', source: codePage(49) }],
      },
      {
        rule: 'inThePast',
        params: { date: 'text' },
        patterns: [
          'la date \\((?<date>\\d{1,2}/\\d{1,2}/\\d{2,4})(?: a (?<time>[\\d: h]{0,8}))?\\) est (?:anterieure a la date actuelle|passee|dans le passe)',
          'the date \\((?<date>\\d{1,2}/\\d{1,2}/\\d{2,4})(?: at (?<time>[\\d: h]{0,8}))?\\) (?:is (?:earlier than|before) the current date|is in the past|has passed)',
        ],
        documented: [
          {
            text: 'La date (21/11/2014 \u00e0 :) est anterieure a la date actuelle.',
            source: envelope,
          },
        ],
      },
    ],
    time: [
      {
        rule: 'required',
        patterns: ["l'heure est (?:requise|obligatoire)", 'the (?:time|hour) is required'],
        documented: [
          { text: "L'heure est requise", source: envelope },
          { text: 'L’heure est requise', source: codePage(46) },
        ],
      },
    ],
    minute: [
      {
        rule: 'required',
        patterns: [
          'la minute est (?:requise|obligatoire)',
          'les minutes sont (?:requises|obligatoires)',
          'the minutes? (?:is|are) required',
        ],
        documented: [{ text: 'La minute est requise', source: envelope }],
      },
      {
        rule: 'invalid',
        patterns: [
          'le chiffre des minutes est invalide',
          "les minutes ne sont pas valides|la minute n'est pas valide",
          'the minutes? digit is invalid',
          'the minutes? (?:is|are) (?:invalid|not valid)',
        ],
        documented: [{ text: 'Le chiffre des minutes est invalide', source: codePage(47) }],
      },
      {
        rule: 'outOfRange',
        params: { minMinute: 5, maxMinute: 55, step: 5 },
        patterns: [
          'les minutes doivent[- ]etre comprises? entre (?<minMinute>\\d{1,2}) et (?<maxMinute>\\d{1,2}) dans un intervall?e? de (?<step>\\d{1,2}) minutes',
          'minutes must be between (?<minMinute>\\d{1,2}) and (?<maxMinute>\\d{1,2}) in intervals of (?<step>\\d{1,2}) minutes',
        ],
        documented: [
          {
            text: 'Les minutes doivent-être comprise entre 5 et 55 dans un interval de 5 minutes',
            source: codePage(48),
          },
        ],
      },
    ],
    gamme: [
      {
        rule: 'notEligible',
        patterns: ["la gamme low[- ]?cost n'est pas eligible", 'the low[- ]?cost range is not eligible'],
        documented: [{ text: 'La gamme lowcost n’est pas éligible', source: codePage(51) }],
      },
    ],
  },
} as const satisfies Readonly<Record<string, Readonly<Record<string, readonly FieldRuleSource[]>>>>;

/** The code of a section's validation answer, whose `error` list the field layer explains. */
export const validationCodes: Readonly<Record<keyof typeof fieldRuleSources, number>> = { 'sms.send': 9 };

type Sources = typeof fieldRuleSources;

/** The sections that have a field layer. */
export type FieldSectionId = keyof Sources;

/** The request fields of a section's field layer (`phoneNumbers`, `sender`, ...). */
export type FieldOf<S extends FieldSectionId> = keyof Sources[S] & string;

/** The rules of a field, plus `unknown` (a message the rules do not recognise). */
export type FieldRuleOf<S extends FieldSectionId, F extends FieldOf<S>> =
  | (Sources[S][F] extends readonly { readonly rule: infer R }[] ? R & string : never)
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
      ...(rules as readonly FieldRuleSource[]).map((rule) => fieldKeyOf(section, field, rule.rule)),
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
  readonly documented: readonly { readonly text: string; readonly source: string }[];
}

const infoByKey: ReadonlyMap<string, FieldKeyInfo> = (() => {
  const infos = new Map<string, FieldKeyInfo>();
  const add = (info: Omit<FieldKeyInfo, 'key' | 'code'>, key: string) =>
    infos.set(key, Object.freeze({ key: key as FieldKey, code: validationCodes[info.section], ...info }));
  for (const [name, fields] of Object.entries(fieldRuleSources)) {
    const section = name as FieldSectionId;
    for (const [field, rules] of Object.entries(fields)) {
      for (const rule of rules as readonly FieldRuleSource[]) {
        add(
          {
            section,
            field,
            rule: rule.rule,
            params: Object.freeze({ ...(rule.params ?? {}) }),
            documented: rule.documented,
          },
          fieldKeyOf(section, field, rule.rule),
        );
      }
      add(
        { section, field, rule: unknownRule, params: {}, documented: [] },
        fieldKeyOf(section, field, unknownRule),
      );
    }
    add({ section, params: {}, documented: [] }, unknownFieldKeyOf(section));
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
