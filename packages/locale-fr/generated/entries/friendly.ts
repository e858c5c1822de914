// GENERATED — do not edit. Built by tools/i18n from locales/fr: entry point "./friendly" (every friendly text).
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { CodePack, MessageKey } from '@smspartner-i18n/core';
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
 * catalog. It shares the data modules' `codes`, not the sources or ASTs above.
 */
export const pack: CodePack = /* @__PURE__ */ deepFreeze({
  locale,
  codes: {
    friendly: {
      sections: {
        "sms.send": friendlySmsSend.codes,
        "sms.cancel": friendlySmsCancel.codes,
        "sms.status": friendlySmsStatus.codes,
        "sms.deliveryStatus": friendlySmsDeliveryStatus.codes,
        "sms.dlr": friendlySmsDlr.codes,
        "numberVerification": friendlyNumberVerification.codes,
        "rental": friendlyRental.codes,
        "subAccount": friendlySubAccount.codes,
        "hlr.status": friendlyHlrStatus.codes,
        "hlr.error": friendlyHlrError.codes,
        "vms": friendlyVms.codes,
        "mail": friendlyMail.codes,
      },
      unknownCode: friendlyGeneral.unknownCode,
    },
  },
});

export type { PackElement, PackMessage } from '../support.ts';
