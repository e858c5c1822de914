// GENERATED — do not edit. Built by tools/i18n from locales/fr: friendly global fallback, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText } from '@smspartner-i18n/core/runtime';

/** The text for a code of a section no pack knows. */
export const unknownCode: PackText = "Une erreur inattendue s’est produite. Réessayez plus tard ou contactez le support si elle se reproduit.";
