// GENERATED — do not edit. Built by tools/i18n from locales/en: entry point "./official" (every official text).
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { MessageKey } from '@smspartner-i18n/core';
import type { CodePack } from '@smspartner-i18n/core/runtime';
import { deepFreeze, merged, type PackMessage } from '../support.ts';
import * as officialSmsSend from '../data/official/sms.send.ts';
import * as officialSmsCancel from '../data/official/sms.cancel.ts';
import * as officialSmsStatus from '../data/official/sms.status.ts';
import * as officialSmsDeliveryStatus from '../data/official/sms.deliveryStatus.ts';
import * as officialSmsDlr from '../data/official/sms.dlr.ts';
import * as officialNumberVerification from '../data/official/numberVerification.ts';
import * as officialRental from '../data/official/rental.ts';
import * as officialSubAccount from '../data/official/subAccount.ts';
import * as officialHlrStatus from '../data/official/hlr.status.ts';
import * as officialHlrError from '../data/official/hlr.error.ts';
import * as officialVms from '../data/official/vms.ts';
import * as officialMail from '../data/official/mail.ts';
import * as officialGeneral from '../data/official/general.ts';
import * as officialSmsSendTexts from '../texts/official/sms.send.ts';
import * as officialSmsCancelTexts from '../texts/official/sms.cancel.ts';
import * as officialSmsStatusTexts from '../texts/official/sms.status.ts';
import * as officialSmsDeliveryStatusTexts from '../texts/official/sms.deliveryStatus.ts';
import * as officialSmsDlrTexts from '../texts/official/sms.dlr.ts';
import * as officialNumberVerificationTexts from '../texts/official/numberVerification.ts';
import * as officialRentalTexts from '../texts/official/rental.ts';
import * as officialSubAccountTexts from '../texts/official/subAccount.ts';
import * as officialHlrStatusTexts from '../texts/official/hlr.status.ts';
import * as officialHlrErrorTexts from '../texts/official/hlr.error.ts';
import * as officialVmsTexts from '../texts/official/vms.ts';
import * as officialMailTexts from '../texts/official/mail.ts';
import * as officialGeneralTexts from '../texts/official/general.ts';
import * as hlrStatusAliases from '../texts/aliases/hlr.status.ts';
import * as hlrErrorAliases from '../texts/aliases/hlr.error.ts';

type Key = MessageKey;

/** The BCP 47 tag of these texts. */
export const locale = "en";

/** i18next namespaces of the two registers. */
export const namespaces = /* @__PURE__ */ deepFreeze({ official: "smspartner-official" } as const);

/** SMSPartner's own wording: ICU MessageFormat sources by catalog key. */
export const official: Readonly<Record<Key, string>> = /* @__PURE__ */ merged(officialSmsSend.messages, officialSmsCancel.messages, officialSmsStatus.messages, officialSmsDeliveryStatus.messages, officialSmsDlr.messages, officialNumberVerification.messages, officialRental.messages, officialSubAccount.messages, officialHlrStatus.messages, officialHlrError.messages, officialVms.messages, officialMail.messages, officialGeneral.messages);

/** The messages compiled by `formatjs compile --ast`, for react-intl, intl-messageformat and the adapters. */
export const compiled: { readonly official: Readonly<Record<Key, PackMessage>> } = /* @__PURE__ */ deepFreeze({
  official: /* @__PURE__ */ merged(officialSmsSend.compiled, officialSmsCancel.compiled, officialSmsStatus.compiled, officialSmsDeliveryStatus.compiled, officialSmsDlr.compiled, officialNumberVerification.compiled, officialRental.compiled, officialSubAccount.compiled, officialHlrStatus.compiled, officialHlrError.compiled, officialVms.compiled, officialMail.compiled, officialGeneral.compiled),
});

/** i18next resources (JSON v4 format, keys nested on '.'): `i18next.init({ resources })` or `addResourceBundle`. */
export const resources = /* @__PURE__ */ deepFreeze({
  "en": {
    "smspartner-official": /* @__PURE__ */ merged(officialGeneral.i18next, {
      sms: {
        send: officialSmsSend.i18next,
        cancel: officialSmsCancel.i18next,
        status: officialSmsStatus.i18next,
        deliveryStatus: officialSmsDeliveryStatus.i18next,
        dlr: officialSmsDlr.i18next,
      },
      numberVerification: officialNumberVerification.i18next,
      rental: officialRental.i18next,
      subAccount: officialSubAccount.i18next,
      hlr: {
        status: officialHlrStatus.i18next,
        error: officialHlrError.i18next,
      },
      vms: officialVms.i18next,
      mail: officialMail.i18next,
    }),
  },
});

/** The namespaces of `resources`, for `CustomTypeOptions` (see the README). */
export type I18nextResources = (typeof resources)["en"];

/**
 * What the adapters (@smspartner-i18n/node, /react) and `createResolver` take: the texts by section
 * and code (a code pack), which the resolver of `@smspartner-i18n/core/runtime` reads without the
 * catalog: the texts compiled to code, not the sources or ASTs above.
 */
export const pack: CodePack = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  locale,
  codes: /* @__PURE__ */ Object.freeze({
    official: /* @__PURE__ */ Object.freeze({
      sections: /* @__PURE__ */ Object.freeze({
        "sms.send": /* @__PURE__ */ Object.freeze({ codes: officialSmsSendTexts.codes, unknownCode: officialSmsSendTexts.unknownCode, fields: officialSmsSendTexts.fields }),
        "sms.cancel": /* @__PURE__ */ Object.freeze({ codes: officialSmsCancelTexts.codes, unknownCode: officialSmsCancelTexts.unknownCode }),
        "sms.status": /* @__PURE__ */ Object.freeze({ codes: officialSmsStatusTexts.codes, unknownCode: officialSmsStatusTexts.unknownCode }),
        "sms.deliveryStatus": /* @__PURE__ */ Object.freeze({ codes: officialSmsDeliveryStatusTexts.codes, unknownCode: officialSmsDeliveryStatusTexts.unknownCode }),
        "sms.dlr": /* @__PURE__ */ Object.freeze({ codes: officialSmsDlrTexts.codes, unknownCode: officialSmsDlrTexts.unknownCode }),
        "numberVerification": /* @__PURE__ */ Object.freeze({ codes: officialNumberVerificationTexts.codes, unknownCode: officialNumberVerificationTexts.unknownCode }),
        "rental": /* @__PURE__ */ Object.freeze({ codes: officialRentalTexts.codes, unknownCode: officialRentalTexts.unknownCode }),
        "subAccount": /* @__PURE__ */ Object.freeze({ codes: officialSubAccountTexts.codes, unknownCode: officialSubAccountTexts.unknownCode }),
        "hlr.status": /* @__PURE__ */ Object.freeze({ codes: officialHlrStatusTexts.codes, unknownCode: officialHlrStatusTexts.unknownCode, aliases: hlrStatusAliases.aliases }),
        "hlr.error": /* @__PURE__ */ Object.freeze({ codes: officialHlrErrorTexts.codes, unknownCode: officialHlrErrorTexts.unknownCode, aliases: hlrErrorAliases.aliases }),
        "vms": /* @__PURE__ */ Object.freeze({ codes: officialVmsTexts.codes, unknownCode: officialVmsTexts.unknownCode }),
        "mail": /* @__PURE__ */ Object.freeze({ codes: officialMailTexts.codes, unknownCode: officialMailTexts.unknownCode }),
      }),
      unknownCode: officialGeneralTexts.unknownCode,
    }),
  }),
}, "trimmed", { value: true }));

export type { PackElement, PackMessage } from '../support.ts';
