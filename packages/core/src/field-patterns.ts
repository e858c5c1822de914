import type { FieldOf, FieldRuleOf, FieldSectionId } from './field-rules.ts';

/**
 * How SMSPartner words the rules of the field layer (field-rules.ts), and how
 * `recognizeFieldMessage` recognises them: for each rule, patterns over the
 * normalised message and SMSPartner's documented messages. Only the
 * recogniser (and the tools that show translators the documented messages)
 * read this; the catalog and the resolvers do not, so their bundles leave it out.
 */

export interface FieldMessageSource {
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

export const fieldPatternSources = {
  'sms.send': {
    phoneNumbers: {
      required: {
        patterns: [
          'le champ phonenumbers est (?:requis|obligatoire)',
          'le(?:s)? numeros? de telephone (?:est|sont) (?:requis|obligatoires?)',
          'the phonenumbers field is required',
          'phone ?numbers? (?:is|are) required',
        ],
        documented: [{ text: 'Le champ phoneNumbers est requis', source: codePage(2) }],
      },
      invalid: {
        patterns: [
          "ce numero de telephone n'est pas valide \\((?<phoneNumber>[^()]{1,40})\\)",
          "le numero de telephone \\((?<phoneNumber>[^()]{1,40})\\) n'est pas valide",
          "(?:this|the) phone number (?:is not|isn't|is in) ?valid \\((?<phoneNumber>[^()]{1,40})\\)",
          '(?:this|the) phone number \\((?<phoneNumber>[^()]{1,40})\\) is (?:not valid|invalid)',
        ],
        documented: [{ text: "Ce numero de telephone n'est pas valide (922264)", source: envelope }],
      },
      tooMany: {
        patterns: [
          'le nombre de numeros autorises est de (?<max>\\d{1,6}) maxi(?:mum)?',
          'the number of allowed numbers is a maximum of (?<max>\\d{1,6})',
          'too many (?:phone )?numbers(?: \\(maximum (?<max>\\d{1,6})\\))?',
        ],
        documented: [{ text: 'Le nombre de numéros autorisés est de 500 maxi', source: codePage(50) }],
      },
      empty: {
        patterns: ['aucun numero a envoyer', 'no (?:phone )?numbers? to send'],
        documented: [{ text: 'Aucun numéro à envoyer', source: codePage(55) }],
      },
    },
    message: {
      required: {
        patterns: ['le message est (?:requis|obligatoire)', '(?:the )?message is required'],
        documented: [
          { text: 'Le message est requis', source: envelope },
          { text: 'Le message est requis', source: codePage(43) },
        ],
      },
      lowCostTooLong: {
        patterns: [
          'le nombre de caracteres pour un sms low[- ]?cost est (?:de )?(?<maxLength>\\d{1,5}) caracteres',
          'the number of characters for a low[- ]?cost sms is (?<maxLength>\\d{1,5}) characters',
        ],
        documented: [
          { text: 'Le nombre de caractères pour un sms Low Cost est 160 caractères', source: codePage(42) },
        ],
      },
      tooManyParts: {
        patterns: [
          'le nombre de sms concatenes ne peut (?:pas )?exceder (?<maxParts>\\d{1,3}) sms',
          'the number of concatenated sms (?:cannot|can not|may not) exceed (?<maxParts>\\d{1,3}) sms',
        ],
        documented: [{ text: 'Le nombre de SMS concaténés ne peut excéder 10 SMS', source: codePage(52) }],
      },
    },
    sender: {
      tooLong: {
        patterns: [
          "l'(?:emetteur|expediteur) ne peut (?:pas )?etre plus long que (?<maxLength>\\d{1,3}) caracteres?",
          'the sender (?:cannot|can not|must not|may not) be longer than (?<maxLength>\\d{1,3}) characters?',
          'the sender (?:cannot|can not|must not|may not) exceed (?<maxLength>\\d{1,3}) characters?',
        ],
        documented: [{ text: "L'emetteur ne peut pas etre plus long que 11 caracteres", source: envelope }],
      },
      invalid: {
        patterns: [
          "l'(?:emetteur|expediteur) (?:est invalide|n'est pas valide)",
          'the sender (?:is invalid|is not valid)',
        ],
        documented: [{ text: 'L’émetteur est invalide', source: codePage(44) }],
      },
      notAllowed: {
        patterns: [
          "(?:sender|l'emetteur|l'expediteur) non autorise",
          '(?:unauthori[sz]ed sender|the sender is not (?:authori[sz]ed|allowed))',
        ],
        documented: [{ text: 'Sender non autorisé', source: codePage(992) }],
      },
    },
    scheduledDeliveryDate: {
      required: {
        patterns: ['la date est (?:requise|obligatoire)', 'the date is required'],
        documented: [{ text: 'La date est requise', source: codePage(45) }],
      },
      invalid: {
        patterns: ["la date (?:est invalide|n'est pas valide)", 'the date (?:is invalid|is not valid)'],
        documented: [{ text: 'La date est invalide', source: codePage(49) }],
      },
      inThePast: {
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
    },
    time: {
      required: {
        patterns: ["l'heure est (?:requise|obligatoire)", 'the (?:time|hour) is required'],
        documented: [
          { text: "L'heure est requise", source: envelope },
          { text: 'L’heure est requise', source: codePage(46) },
        ],
      },
    },
    minute: {
      required: {
        patterns: [
          'la minute est (?:requise|obligatoire)',
          'les minutes sont (?:requises|obligatoires)',
          'the minutes? (?:is|are) required',
        ],
        documented: [{ text: 'La minute est requise', source: envelope }],
      },
      invalid: {
        patterns: [
          'le chiffre des minutes est invalide',
          "les minutes ne sont pas valides|la minute n'est pas valide",
          'the minutes? digit is invalid',
          'the minutes? (?:is|are) (?:invalid|not valid)',
        ],
        documented: [{ text: 'Le chiffre des minutes est invalide', source: codePage(47) }],
      },
      outOfRange: {
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
    },
    gamme: {
      notEligible: {
        patterns: ["la gamme low[- ]?cost n'est pas eligible", 'the low[- ]?cost range is not eligible'],
        documented: [{ text: 'La gamme lowcost n’est pas éligible', source: codePage(51) }],
      },
    },
  },
} as const satisfies {
  readonly [S in FieldSectionId]: {
    readonly [F in FieldOf<S>]: { readonly [R in Exclude<FieldRuleOf<S, F>, 'unknown'>]: FieldMessageSource };
  };
};
