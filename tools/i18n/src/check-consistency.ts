import type { MessageKey } from '@smspartner-i18n/core';
import type { Finding, TextRule } from './check-rules.ts';

/** Checks of a translation against its English text, as translation platforms run them. */

const closing = (text: string): string => {
  const last = text.trimEnd().at(-1) ?? '';
  return '.!?:…'.includes(last) ? last : '';
};

const describeClosing = (mark: string): string => (mark === '' ? 'no closing punctuation' : `"${mark}"`);

const repeatedWord = /(?<![\p{L}\p{N}])(\p{L}+)[\s\u00a0\u202f]+\1(?![\p{L}\p{N}])/iu;

export const checkAgainstEnglish: TextRule = ({ locale, source, english }) => {
  const found: Finding[] = [];
  const repeated = repeatedWord.exec(source);
  if (repeated) {
    found.push({
      severity: 'warning',
      rule: 'duplicate-word',
      offset: repeated.index,
      message: `"${repeated[1]}" is written twice in a row; remove one`,
    });
  }
  if (locale === 'en' || english === undefined) return found;
  if (source === english) {
    found.push({
      severity: 'warning',
      rule: 'same-as-source',
      message:
        'the text is the English text unchanged; translate it, or list the key in the file\'s "$sameAsEnglish" if it is meant to stay English',
    });
    return found;
  }
  const ours = closing(source);
  const theirs = closing(english);
  if (ours !== theirs && !(ours === '.' && theirs === '…') && !(ours === '…' && theirs === '.')) {
    found.push({
      severity: 'warning',
      rule: 'end-punctuation',
      offset: Math.max(0, source.trimEnd().length - 1),
      message: `the text ends with ${describeClosing(ours)}, the English with ${describeClosing(theirs)}; end it the same way`,
    });
  }
  return found;
};

/** Keys whose English text is an earlier key's but whose translation differs, to the earlier key. */
export function inconsistentTranslations(
  texts: readonly { readonly key: MessageKey; readonly source: string; readonly english?: string }[],
): Map<MessageKey, MessageKey> {
  const firstByEnglish = new Map<string, { key: MessageKey; source: string }>();
  const inconsistent = new Map<MessageKey, MessageKey>();
  for (const text of texts) {
    if (text.english === undefined) continue;
    const first = firstByEnglish.get(text.english);
    if (!first) firstByEnglish.set(text.english, { key: text.key, source: text.source });
    else if (first.source !== text.source) inconsistent.set(text.key, first.key);
  }
  return inconsistent;
}
