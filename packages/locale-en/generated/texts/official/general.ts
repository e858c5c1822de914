// GENERATED — do not edit. Built by tools/i18n from locales/en: official global fallback, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The text for a code of a section no pack knows. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner returned code ${a.c()} for an API section that this catalog does not know.`;
