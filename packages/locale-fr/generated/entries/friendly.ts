// GENERATED — do not edit. Built by tools/i18n from locales/fr: entry point "./friendly" (every friendly text).
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { MessageKey } from '@smspartner-i18n/core';
import type { CodePack } from '@smspartner-i18n/core/runtime';
import { deepFreeze, merged, type PackMessage } from '../support.ts';
import * as friendlySmsSend from '../data/friendly/sms.send.ts';
import * as friendlySmsCancel from '../data/friendly/sms.cancel.ts';
import * as friendlySmsStatus from '../data/friendly/sms.status.ts';
import * as friendlySmsDeliveryStatus from '../data/friendly/sms.deliveryStatus.ts';
import * as friendlySmsDlr from '../data/friendly/sms.dlr.ts';
import * as friendlyNumberVerification from '../data/friendly/numberVerification.ts';
import * as friendlyRental from '../data/friendly/rental.ts';
import * as friendlySubAccount from '../data/friendly/subAccount.ts';
import * as friendlyHlrStatus from '../data/friendly/hlr.status.ts';
import * as friendlyHlrError from '../data/friendly/hlr.error.ts';
import * as friendlyVms from '../data/friendly/vms.ts';
import * as friendlyMail from '../data/friendly/mail.ts';
import * as friendlyGeneral from '../data/friendly/general.ts';
import * as friendlySmsSendTexts from '../texts/friendly/sms.send.ts';
import * as friendlySmsCancelTexts from '../texts/friendly/sms.cancel.ts';
import * as friendlySmsStatusTexts from '../texts/friendly/sms.status.ts';
import * as friendlySmsDeliveryStatusTexts from '../texts/friendly/sms.deliveryStatus.ts';
import * as friendlySmsDlrTexts from '../texts/friendly/sms.dlr.ts';
import * as friendlyNumberVerificationTexts from '../texts/friendly/numberVerification.ts';
import * as friendlyRentalTexts from '../texts/friendly/rental.ts';
import * as friendlySubAccountTexts from '../texts/friendly/subAccount.ts';
import * as friendlyHlrStatusTexts from '../texts/friendly/hlr.status.ts';
import * as friendlyHlrErrorTexts from '../texts/friendly/hlr.error.ts';
import * as friendlyVmsTexts from '../texts/friendly/vms.ts';
import * as friendlyMailTexts from '../texts/friendly/mail.ts';
import * as friendlyGeneralTexts from '../texts/friendly/general.ts';
import * as hlrStatusAliases from '../texts/aliases/hlr.status.ts';
import * as hlrErrorAliases from '../texts/aliases/hlr.error.ts';

type Key = MessageKey;

/** The BCP 47 tag of these texts. */
export const locale = "fr";

/** i18next namespaces of the two registers. */
export const namespaces = /* @__PURE__ */ deepFreeze({ friendly: "smspartner-friendly" } as const);

/** Texts for an app's end user: ICU MessageFormat sources by catalog key. */
export const friendly: Readonly<Record<Key, string>> = /* @__PURE__ */ merged(friendlySmsSend.messages, friendlySmsCancel.messages, friendlySmsStatus.messages, friendlySmsDeliveryStatus.messages, friendlySmsDlr.messages, friendlyNumberVerification.messages, friendlyRental.messages, friendlySubAccount.messages, friendlyHlrStatus.messages, friendlyHlrError.messages, friendlyVms.messages, friendlyMail.messages, friendlyGeneral.messages);

/** The messages compiled by `formatjs compile --ast`, for react-intl, intl-messageformat and the adapters. */
export const compiled: { readonly friendly: Readonly<Record<Key, PackMessage>> } = /* @__PURE__ */ deepFreeze({
  friendly: /* @__PURE__ */ merged(friendlySmsSend.compiled, friendlySmsCancel.compiled, friendlySmsStatus.compiled, friendlySmsDeliveryStatus.compiled, friendlySmsDlr.compiled, friendlyNumberVerification.compiled, friendlyRental.compiled, friendlySubAccount.compiled, friendlyHlrStatus.compiled, friendlyHlrError.compiled, friendlyVms.compiled, friendlyMail.compiled, friendlyGeneral.compiled),
});

/** i18next resources (JSON v4 format, keys nested on '.'): `i18next.init({ resources })` or `addResourceBundle`. */
export const resources = /* @__PURE__ */ deepFreeze({
  "fr": {
    "smspartner-friendly": /* @__PURE__ */ merged(friendlyGeneral.i18next, {
      sms: {
        send: friendlySmsSend.i18next,
        cancel: friendlySmsCancel.i18next,
        status: friendlySmsStatus.i18next,
        deliveryStatus: friendlySmsDeliveryStatus.i18next,
        dlr: friendlySmsDlr.i18next,
      },
      numberVerification: friendlyNumberVerification.i18next,
      rental: friendlyRental.i18next,
      subAccount: friendlySubAccount.i18next,
      hlr: {
        status: friendlyHlrStatus.i18next,
        error: friendlyHlrError.i18next,
      },
      vms: friendlyVms.i18next,
      mail: friendlyMail.i18next,
    }),
  },
});

/** The namespaces of `resources`, for `CustomTypeOptions` (see the README). */
export type I18nextResources = (typeof resources)["fr"];

/**
 * What the adapters (@smspartner-i18n/node, /react) and `createResolver` take: the texts by section
 * and code (a code pack), which the resolver of `@smspartner-i18n/core/runtime` reads without the
 * catalog: the texts compiled to code, not the sources or ASTs above.
 */
export const pack: CodePack = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  locale,
  codes: /* @__PURE__ */ Object.freeze({
    friendly: /* @__PURE__ */ Object.freeze({
      sections: /* @__PURE__ */ Object.freeze({
        "sms.send": /* @__PURE__ */ Object.freeze({ codes: friendlySmsSendTexts.codes, unknownCode: friendlySmsSendTexts.unknownCode, fields: friendlySmsSendTexts.fields }),
        "sms.cancel": /* @__PURE__ */ Object.freeze({ codes: friendlySmsCancelTexts.codes, unknownCode: friendlySmsCancelTexts.unknownCode }),
        "sms.status": /* @__PURE__ */ Object.freeze({ codes: friendlySmsStatusTexts.codes, unknownCode: friendlySmsStatusTexts.unknownCode }),
        "sms.deliveryStatus": /* @__PURE__ */ Object.freeze({ codes: friendlySmsDeliveryStatusTexts.codes, unknownCode: friendlySmsDeliveryStatusTexts.unknownCode }),
        "sms.dlr": /* @__PURE__ */ Object.freeze({ codes: friendlySmsDlrTexts.codes, unknownCode: friendlySmsDlrTexts.unknownCode }),
        "numberVerification": /* @__PURE__ */ Object.freeze({ codes: friendlyNumberVerificationTexts.codes, unknownCode: friendlyNumberVerificationTexts.unknownCode }),
        "rental": /* @__PURE__ */ Object.freeze({ codes: friendlyRentalTexts.codes, unknownCode: friendlyRentalTexts.unknownCode }),
        "subAccount": /* @__PURE__ */ Object.freeze({ codes: friendlySubAccountTexts.codes, unknownCode: friendlySubAccountTexts.unknownCode }),
        "hlr.status": /* @__PURE__ */ Object.freeze({ codes: friendlyHlrStatusTexts.codes, unknownCode: friendlyHlrStatusTexts.unknownCode, aliases: hlrStatusAliases.aliases }),
        "hlr.error": /* @__PURE__ */ Object.freeze({ codes: friendlyHlrErrorTexts.codes, unknownCode: friendlyHlrErrorTexts.unknownCode, aliases: hlrErrorAliases.aliases }),
        "vms": /* @__PURE__ */ Object.freeze({ codes: friendlyVmsTexts.codes, unknownCode: friendlyVmsTexts.unknownCode }),
        "mail": /* @__PURE__ */ Object.freeze({ codes: friendlyMailTexts.codes, unknownCode: friendlyMailTexts.unknownCode }),
      }),
      unknownCode: friendlyGeneralTexts.unknownCode,
    }),
  }),
}, "trimmed", { value: true }));

export type { PackElement, PackMessage } from '../support.ts';
