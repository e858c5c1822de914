// GENERATED — do not edit. Built by tools/i18n from locales/fr: official global fallback, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The text for a code of a section no pack knows. */
export const unknownCode: PackText = (a: TextArgs) => `SMSPartner a renvoyé le code ${a.c()} pour une section de l’API que ce catalogue ne connaît pas.`;
