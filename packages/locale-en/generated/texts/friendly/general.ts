// GENERATED — do not edit. Built by tools/i18n from locales/en: friendly global fallback, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText } from '@smspartner-i18n/core/runtime';

/** The text for a code of a section no pack knows. */
export const unknownCode: PackText = "An unexpected error occurred. Please try again later, or contact support if it keeps happening.";
