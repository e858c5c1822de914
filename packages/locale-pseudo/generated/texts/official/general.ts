// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official global fallback, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The text for a code of a section no pack knows. */
export const unknownCode: PackText = (a: TextArgs) => `[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ ${a.c()} ƒǿǿř ȧȧƞ ȦƤĪ şḗḗƈŧīǿǿƞ ŧħȧȧŧ ŧħīş ƈȧȧŧȧȧŀǿǿɠ ḓǿǿḗḗş ƞǿǿŧ ķƞǿǿẇ.]`;
