// GENERATED — do not edit. Built by tools/i18n from locales/fr: entry point "./official/sms.send/fields" (the official texts of sms.send's request fields, compiled to code).
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { CodePack } from '@smspartner-i18n/core/runtime';
import * as officialSmsSendTexts from '../../../texts/official/sms.send.ts';

/** The BCP 47 tag of these texts. */
export const locale = "fr";

/**
 * The texts of sms.send's request fields compiled to code, by `<field>.<rule>`: what the
 * field adapters (`@smspartner-i18n/react/fields`, `SmsPartnerError.localize`, `explainField`)
 * take beside the codes' entry ("./official/sms.send"), as this pack or as this
 * module (`import * as`).
 */
export const pack: CodePack = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  locale,
  codes: /* @__PURE__ */ Object.freeze({
    official: /* @__PURE__ */ Object.freeze({
      sections: /* @__PURE__ */ Object.freeze({
        "sms.send": /* @__PURE__ */ Object.freeze({ codes: /* @__PURE__ */ Object.freeze({}), fields: officialSmsSendTexts.fields }),
      }),
    }),
  }),
}, "trimmed", { value: true }));
