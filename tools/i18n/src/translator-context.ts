import { type CatalogEntry, entryByKey, type MessageKey, messageKeys, sections } from '@smspartner-i18n/core';
import {
  type FieldKeyInfo,
  type FieldMessageSource,
  fieldKeyInfo,
  fieldPatternSources,
} from '@smspartner-i18n/core/fields';
import type { FixableBy } from '@smspartner-i18n/core/types';
import { type ReferenceText, referenceTexts } from './reference-texts.ts';

/** What a translator needs to know about one key: shown in the JSON Schemas' hovers and by the explorer. */
export interface TranslatorContext {
  /** When SMSPartner returns the code, in one sentence. */
  readonly when: string;
  /** SMSPartner's official sentences (entries only). */
  readonly official?: { readonly en: string; readonly fr: string };
  /** HLR entries: the statusGrpId / errorGrpId group and its paragraph. */
  readonly group?: { readonly heading: string; readonly en: string; readonly fr: string };
  /** Other names SMSPartner lists the same code under, with their sentences. */
  readonly aliases: readonly { readonly name: string; readonly en?: string; readonly fr?: string }[];
  /** How a defect of SMSPartner's tables was resolved for this entry. */
  readonly note?: string;
  /** The ICU arguments the text may use, with their default values. */
  readonly arguments: readonly {
    readonly name: string;
    readonly icu: string;
    readonly meaning: string;
    readonly defaultValue?: number;
  }[];
  /** Who can do something about it, and what that means for the friendly text. */
  readonly audience: string;
  /** Everything above as plain text, for a schema `description` or a tooltip. */
  readonly text: string;
}

/** What each default parameter of the catalog stands for (names are shared across sections). */
const parameterMeanings: Readonly<Record<string, string>> = {
  max: 'the most phone numbers (for Sending Mail: e-mail addresses) one request may hold',
  maxParts: 'the most SMS parts one long (concatenated) message may be split into',
  maxLength: 'the most characters a Low Cost SMS may have',
  startHour: 'the hour (24-hour clock) from which marketing SMS may be sent',
  endHour: 'the hour (24-hour clock) until which marketing SMS may be sent',
  minMinute: 'the first minute allowed for a scheduled sending',
  maxMinute: 'the last minute allowed for a scheduled sending',
  step: 'scheduled minutes must be a multiple of this',
  validityHours: 'how many hours SMSPartner keeps trying to deliver a message',
  minAge: 'the lowest minimum age accepted for a contact-file rental',
  maxAge: 'the highest maximum age accepted for a contact-file rental',
  limit: 'how many requests one IP address may make per minute',
};

const audiences: Readonly<Record<FixableBy, string>> = {
  'end-user':
    'The person using the app can fix it: the friendly text says what is wrong, in their words, and what to change.',
  'account-owner':
    "The SMSPartner account's administrator must act: the friendly text says what happened and who to turn to, without blame.",
  developer:
    'Only the app\'s developers can fix it, and sending again fails the same way: the friendly text does not expose the cause ("a technical problem on our side"), gives no retry advice and nothing for the user to change, and asks them to contact support.',
  'retry-later':
    'Nobody right now; the condition is temporary: the friendly text says so and whether trying again later helps.',
  'no-one': 'Nobody, ever (the number or message cannot be used): the friendly text says so plainly.',
};

const statusAudience =
  'A status, not an error: the friendly text describes the state plainly ("Delivered to the phone").';

const codeArgument = {
  name: 'code',
  icu: '{code}',
  meaning:
    'the code SMSPartner sent, cleaned (letters, digits and _ . - : only), cut to 24 characters, "?" when nothing readable was sent',
} as const;

/** A context whose text gives, in order: when, the kind's own lines, the arguments, who can act. */
function contextOf(
  parts: Omit<TranslatorContext, 'text' | 'aliases'> & Partial<Pick<TranslatorContext, 'aliases'>>,
  lines: readonly string[],
  argumentsScope: string,
): TranslatorContext {
  const args = parts.arguments.map(
    (arg) =>
      `${arg.icu} = ${arg.meaning}${arg.defaultValue !== undefined ? ` (default ${arg.defaultValue})` : ''}`,
  );
  const text = [
    `When: ${parts.when}`,
    ...lines,
    args.length === 0 ? 'Arguments: none.' : `Arguments${argumentsScope}: ${args.join('; ')}.`,
    `Who can act: ${parts.audience}`,
  ];
  return { aliases: [], ...parts, text: text.join('\n') };
}

function entryContext(
  entry: CatalogEntry,
  en: ReferenceText,
  fr: ReferenceText | undefined,
): TranslatorContext {
  const section = sections.find((candidate) => candidate.id === entry.section)!;
  const codeText =
    entry.name && entry.name !== String(entry.code) ? `${entry.code} (${entry.name})` : String(entry.code);
  const what = entry.kind === 'status' ? 'reports the status' : 'returns the code';
  const when = `SMSPartner ${what} ${codeText} in "${section.heading.en}" (${section.id}): ${section.description}`;
  const group =
    en.group && fr?.group
      ? {
          heading: `${en.group.name} (${en.group.kind === 'status' ? 'statusGrpId' : 'errorGrpId'} ${en.group.id})`,
          en: en.group.text,
          fr: fr.group.text,
        }
      : undefined;
  const aliases = entry.aliases.map((name) => {
    const aliasEn = en.aliasTexts.find((alias) => alias.name === name)?.text;
    const aliasFr = fr?.aliasTexts.find((alias) => alias.name === name)?.text;
    return { name, ...(aliasEn ? { en: aliasEn } : {}), ...(aliasFr ? { fr: aliasFr } : {}) };
  });
  const args = Object.entries(entry.params).map(([name, defaultValue]) => ({
    name,
    icu: `{${name}, number}`,
    meaning: parameterMeanings[name] ?? `the value of ${name}`,
    defaultValue,
  }));
  const audience = entry.kind !== 'status' && entry.fixableBy ? audiences[entry.fixableBy] : statusAudience;
  const lines = [
    `SMSPartner's wording (English): "${en.text}"`,
    fr
      ? `SMSPartner's wording (French): "${fr.text}"`
      : "SMSPartner's wording (French): none published; the French official text is ours (translate the English wording).",
    ...(entry.documented
      ? [`Source: not on the error-code page; documented in ${entry.documented.source}.`]
      : []),
    ...(group ? [`Group ${group.heading}: "${group.en}" / "${group.fr}"`] : []),
    ...aliases
      .filter((alias) => alias.en || alias.fr)
      .map(
        (alias) =>
          `Also listed as ${alias.name}: ${[alias.en, alias.fr]
            .filter(Boolean)
            .map((t) => `"${t}"`)
            .join(' / ')}`,
      ),
    ...(entry.note ? [`Note: ${entry.note}`] : []),
  ];
  return contextOf(
    {
      when,
      official: { en: en.text, fr: fr?.text ?? '' },
      ...(group ? { group } : {}),
      aliases,
      ...(entry.note ? { note: entry.note } : {}),
      arguments: args,
      audience,
    },
    lines,
    ' (friendly text; write them as shown, never the number itself)',
  );
}

function fallbackContext(key: MessageKey): TranslatorContext {
  const section = sections.find((candidate) => candidate.fallbackKey === key);
  const when = section
    ? `SMSPartner returns a code in "${section.heading.en}" (${section.id}) that this catalog does not list (for example a code added by SMSPartner after this release).`
    : 'A code comes from an SMSPartner API section this catalog does not know.';
  const register = `Official register: a sentence for developers that ${
    section ? "names the section with SMSPartner's own heading and " : ''
  }shows {code}. Friendly register: a calm sentence for an end user, which may show {code}; translations use {code} exactly where the English text does.`;
  const audience =
    'Unknown: the friendly text must not guess a cause; it says the request could not be completed.';
  return contextOf({ when, arguments: [codeArgument], audience }, [register], '');
}

/** The translator context of every message key, in catalog order. */
export function translatorContexts(): ReadonlyMap<MessageKey, TranslatorContext> {
  const en = referenceTexts('en');
  const fr = referenceTexts('fr');
  return new Map(
    messageKeys.map((key) => {
      const entry = entryByKey(key);
      const field = fieldKeyInfo(key);
      if (field) return [key, fieldContext(field)] as const;
      return [key, entry ? entryContext(entry, en.get(key)!, fr.get(key)) : fallbackContext(key)] as const;
    }),
  );
}

/** What the value arguments of field texts stand for, where it is not what the catalog's parameter means. */
const fieldParameterMeanings: Readonly<Record<string, string>> = {
  phoneNumber: 'the phone number SMSPartner rejected, as it quotes it (922264)',
  date: 'the scheduled date (and time, when one was given) SMSPartner quotes, as sent (21/11/2014, 21/11/2014 10:05)',
  max: 'the most phone numbers one request may hold',
  maxLength: 'the most characters allowed',
  maxParts: 'the most SMS parts one long message may be split into',
};

/** SMSPartner's documented messages for a field rule (none for `unknown` and `unknownField`). */
function documentedOf(info: FieldKeyInfo): FieldMessageSource['documented'] {
  const wordings: Readonly<
    Record<string, Readonly<Record<string, Readonly<Record<string, FieldMessageSource>>>>>
  > = fieldPatternSources;
  if (info.field === undefined || info.rule === undefined) return [];
  return wordings[info.section]?.[info.field]?.[info.rule]?.documented ?? [];
}

/** A text of the field layer: one request field's rule, a field's unrecognised messages, or an unknown field. */
function fieldContext(info: FieldKeyInfo): TranslatorContext {
  const documented = documentedOf(info);
  const section = sections.find((candidate) => candidate.id === info.section)!;
  const where = `a validation answer (code 9, "at least one constraint was not met") of "${section.heading.en}" (${section.id})`;
  const when =
    info.field === undefined
      ? `SMSPartner rejects a request field in ${where} that this catalog does not list.`
      : info.rule === 'unknown'
        ? `SMSPartner rejects the request field ${info.field} in ${where} with a message this catalog does not recognise.`
        : `SMSPartner rejects the request field ${info.field} in ${where}: rule "${info.rule}".`;
  const args = Object.entries(info.params).map(([name, spec]) => ({
    name,
    icu: spec === 'text' ? `{${name}}` : `{${name}, number}`,
    meaning: fieldParameterMeanings[name] ?? parameterMeanings[name] ?? `the value of ${name}`,
    ...(spec === 'text' ? {} : { defaultValue: spec }),
  }));
  const audience =
    "The person using the app can fix it: the friendly text names the value (not the field name) that is wrong and says how to correct it. The official text follows SMSPartner's field message, with proper accents.";
  const lines = [
    ...documented.map(
      (sample) => `SMSPartner's message (as sent, often unaccented): "${sample.text}" (${sample.source})`,
    ),
    ...(documented.length === 0
      ? ["SMSPartner's message: any text; the sentence must be true whatever it said."]
      : []),
  ];
  return contextOf({ when, arguments: args, audience }, lines, ' (both registers)');
}
