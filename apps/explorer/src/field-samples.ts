import type { Register } from '@smspartner-i18n/core';
import { explainField, fieldKeyInfo } from '@smspartner-i18n/core/fields';
import type { MatchKind, ResolvedText } from '@smspartner-i18n/core/types';
import type { SmsPartnerContextValue } from '@smspartner-i18n/react';

/**
 * Field texts as the explorer shows them (a code's page and the translator
 * review): each field key rendered from the provider's packs with sample
 * values, as `@smspartner-i18n/react/fields` would show it.
 */

/** The sample values a field text is rendered with: what SMSPartner quotes, and the limits' defaults. */
const sampleQuotes: Readonly<Record<string, string>> = { phoneNumber: '922264', date: '21/11/2014 10:05' };

/**
 * A field key's text from the provider's packs, as `@smspartner-i18n/react/fields` shows it, with
 * sample values, told as an answer of the code resolver (`matched`: the rule's own text is `exact`, the field's
 * text for messages not recognised is `section`).
 */
export function explainFieldKey(
  fields: SmsPartnerContextValue['fields'],
  key: string,
  register: Register,
): ResolvedText {
  const info = fieldKeyInfo(key)!;
  const params = Object.fromEntries(
    Object.entries(info.params).map(([name, spec]) => [
      name,
      spec === 'text' ? (sampleQuotes[name] ?? 'X') : spec,
    ]),
  );
  const answer = explainField(
    {
      packs: (fields?.packs ?? []) as never,
      locale: fields?.locale ?? 'en',
      fallbackLocale: fields?.fallbackLocale ?? 'en',
      register,
    },
    info.section,
    { field: info.field ?? '(an unlisted field)', rule: info.rule ?? 'unknown', params },
  );
  const matched: MatchKind =
    answer.matched === 'rule' ? 'exact' : answer.matched === 'field' ? 'section' : 'generic';
  return { text: answer.text, locale: answer.locale, register: answer.register, matched };
}
