// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: entry point "./official/numberVerification" (the official texts of numberVerification's codes and the global fallback, compiled to code).
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { CodePack } from '@smspartner-i18n/core/runtime';
import * as officialNumberVerificationTexts from '../../texts/official/numberVerification.ts';
import * as officialGeneralTexts from '../../texts/official/general.ts';

/** The BCP 47 tag of these texts. */
export const locale = "en-XA";

/**
 * The texts compiled to code, by section and code: what the adapters (@smspartner-i18n/node,
 * /react) and the resolvers take, as this pack or as this module (`import * as`). The ICU sources,
 * compiled ASTs and i18next resources of the same texts are in the section entry
 * ("./numberVerification") and the JSON files.
 */
export const pack: CodePack = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  locale,
  codes: /* @__PURE__ */ Object.freeze({
    official: /* @__PURE__ */ Object.freeze({
      sections: /* @__PURE__ */ Object.freeze({
        "numberVerification": /* @__PURE__ */ Object.freeze({ codes: officialNumberVerificationTexts.codes, unknownCode: officialNumberVerificationTexts.unknownCode }),
      }),
      unknownCode: officialGeneralTexts.unknownCode,
    }),
  }),
}, "trimmed", { value: true }));
