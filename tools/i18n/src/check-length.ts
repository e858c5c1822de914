import { type CatalogEntry, entryByKey } from '@smspartner-i18n/core';
import type { CheckResult } from './check.ts';
import type { TextRule } from './check-rules.ts';
import { registers } from './layout.ts';

/** The length a text has once shown, its number arguments at their default value. */
export function shownLength(source: string, entry: CatalogEntry | undefined): number {
  return source.replace(/\{\s*([A-Za-z_]\w*)\s*(?:,[^{}]*)?\}/g, (whole, name: string) => {
    const value = entry?.params[name as keyof typeof entry.params];
    return value === undefined ? whole : String(value);
  }).length;
}

const minimumBudget = 40;

/** How a friendly translation's length budget is set, in the words the check and the XLIFF notes use. */
export const lengthBudgetRule = `twice the English text, at least ${minimumBudget}`;

/** A friendly text must fit a toast or form error: see `lengthBudgetRule`. */
export function lengthBudget(english: string, entry: CatalogEntry | undefined): number {
  return Math.max(minimumBudget, Math.ceil(2 * shownLength(english, entry)));
}

/** Every text's shown length and, for a friendly translation, its budget, by `<lng>/<register>/<key>`. */
export function textLengths(result: CheckResult): Record<string, { length: number; budget?: number }> {
  const lengths: Record<string, { length: number; budget?: number }> = {};
  const english = result.loaded.get('en');
  for (const [locale, perRegister] of result.loaded) {
    for (const register of registers) {
      for (const text of perRegister[register].values()) {
        const entry = entryByKey(text.key);
        const source = english?.[register].get(text.key)?.source;
        lengths[`${locale}/${register}/${text.key}`] = {
          length: shownLength(text.source, entry),
          ...(register === 'friendly' && locale !== 'en' && source !== undefined
            ? { budget: lengthBudget(source, entry) }
            : {}),
        };
      }
    }
  }
  return lengths;
}

export const checkLength: TextRule = ({ locale, register, source, english, entry }) => {
  if (register !== 'friendly' || locale === 'en' || english === undefined) return [];
  const budget = lengthBudget(english, entry);
  const length = shownLength(source, entry);
  if (length <= budget) return [];
  return [
    {
      severity: 'warning',
      rule: 'length',
      message: `the text is ${length} characters long once shown, over its budget of ${budget} (${lengthBudgetRule}); shorten it so it fits a toast or a form error`,
    },
  ];
};
