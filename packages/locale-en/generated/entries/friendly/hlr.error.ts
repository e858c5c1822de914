// GENERATED — do not edit. Built by tools/i18n from locales/en: entry point "./friendly/hlr.error" (the friendly texts of hlr.error's codes and the global fallback, compiled to code).
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { CodePack } from '@smspartner-i18n/core/runtime';
import * as friendlyHlrErrorTexts from '../../texts/friendly/hlr.error.ts';
import * as friendlyGeneralTexts from '../../texts/friendly/general.ts';
import * as hlrErrorAliases from '../../texts/aliases/hlr.error.ts';

/** The BCP 47 tag of these texts. */
export const locale = "en";

/**
 * The texts compiled to code, by section and code: what the adapters (@smspartner-i18n/node,
 * /react) and the resolvers take, as this pack or as this module (`import * as`). The ICU sources,
 * compiled ASTs and i18next resources of the same texts are in the section entry
 * ("./hlr.error") and the JSON files.
 */
export const pack: CodePack = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  locale,
  codes: /* @__PURE__ */ Object.freeze({
    friendly: /* @__PURE__ */ Object.freeze({
      sections: /* @__PURE__ */ Object.freeze({
        "hlr.error": /* @__PURE__ */ Object.freeze({ codes: friendlyHlrErrorTexts.codes, unknownCode: friendlyHlrErrorTexts.unknownCode, aliases: hlrErrorAliases.aliases }),
      }),
      unknownCode: friendlyGeneralTexts.unknownCode,
    }),
  }),
}, "trimmed", { value: true }));
