import type { CatalogEntry } from '@smspartner-i18n/core';
import type { TextRule } from './check-rules.ts';

/**
 * The length budget of a friendly text: what an app's toast or form error
 * can hold. Unless the translator context gives one, twice the English
 * text's length (as shown, arguments at their default values), and never
 * below 40 characters, so a short status has room in a longer language.
 */
export const lengthBudgetFactor = 2;
export const lengthBudgetFloor = 40;

/** The length a text has once shown, its number arguments at their default value. */
export function shownLength(source: string, entry: CatalogEntry | undefined): number {
  return source.replace(/\{\s*([A-Za-z_]\w*)\s*(?:,[^{}]*)?\}/g, (whole, name: string) => {
    const value = entry?.params[name as keyof typeof entry.params];
    return value === undefined ? whole : String(value);
  }).length;
}

export function lengthBudget(english: string, entry: CatalogEntry | undefined): number {
  return Math.max(lengthBudgetFloor, Math.ceil(lengthBudgetFactor * shownLength(english, entry)));
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
      message: `the text is ${length} characters long once shown, over its budget of ${budget} (twice the English); shorten it so it fits a toast or a form error`,
    },
  ];
};
