// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: friendly global fallback, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText } from '@smspartner-i18n/core/runtime';

/** The text for a code of a section no pack knows. */
export const unknownCode: PackText = "[Ȧƞ ŭŭƞḗḗẋƥḗḗƈŧḗḗḓ ḗḗřřǿǿř ǿǿƈƈŭŭřřḗḗḓ. Ƥŀḗḗȧȧşḗḗ ŧřẏ ȧȧɠȧȧīƞ ŀȧȧŧḗḗř, ǿǿř ƈǿǿƞŧȧȧƈŧ şŭŭƥƥǿǿřŧ īƒ īŧ ķḗḗḗḗƥş ħȧȧƥƥḗḗƞīƞɠ.]";
