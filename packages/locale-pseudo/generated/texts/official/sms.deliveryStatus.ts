// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: official texts of sms.deliveryStatus, compiled to code.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { PackText, TextArgs } from '@smspartner-i18n/core/runtime';

/** The texts by code, as `lookup` normalises it: a string, or a function of the arguments. */
export const codes: Readonly<Record<string, PackText>> = /* @__PURE__ */ Object.freeze({
  "delivered": "[Ŧħḗḗ ŞḾŞ ħȧȧş ƀḗḗḗḗƞ ḓḗḗŀīṽḗḗřḗḗḓ]",
  "not delivered": "[Ŧħḗḗ ŞḾŞ ħȧȧş ƞǿǿŧ ƀḗḗḗḗƞ ḓḗḗŀīṽḗḗřḗḗḓ]",
  "waiting": "[Ŧħḗḗ ŞḾŞ ħȧȧş ƀḗḗḗḗƞ şḗḗƞŧ, ȧȧẇȧȧīŧīƞɠ ȧȧŧ ŧħḗḗ ǿǿƥḗḗřȧȧŧǿǿř]",
  "ko": "[Ŧħḗḗ ŞḾŞ ẇȧȧş ƞǿǿŧ şḗḗƞŧ, ȧȧ ƥřǿǿƀŀḗḗḿ ǿǿƈƈŭŭřřḗḗḓ, ƥŀḗḗȧȧşḗḗ ƈǿǿƞŧȧȧƈŧ ƈŭŭşŧǿǿḿḗḗř şḗḗřṽīƈḗḗ]",
});

/** The text for codes the section does not list. */
export const unknownCode: PackText = (a: TextArgs) => `[ŞḾŞƤȧȧřŧƞḗḗř řḗḗŧŭŭřƞḗḗḓ ƈǿǿḓḗḗ ${a.c()}, ẇħīƈħ īŧş ḓǿǿƈŭŭḿḗḗƞŧȧȧŧīǿǿƞ ḓǿǿḗḗş ƞǿǿŧ ŀīşŧ ŭŭƞḓḗḗř "Şŧȧȧŧŭŭş Ŀīşŧ".]`;
