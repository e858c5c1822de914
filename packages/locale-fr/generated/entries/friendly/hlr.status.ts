// GENERATED — do not edit. Built by tools/i18n from locales/fr: entry point "./friendly/hlr.status" (the friendly texts of hlr.status's codes and the global fallback, compiled to code).
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { CodePack } from '@smspartner-i18n/core/runtime';
import * as friendlyHlrStatusTexts from '../../texts/friendly/hlr.status.ts';
import * as friendlyGeneralTexts from '../../texts/friendly/general.ts';
import * as hlrStatusAliases from '../../texts/aliases/hlr.status.ts';

/** The BCP 47 tag of these texts. */
export const locale = "fr";

/**
 * The texts compiled to code, by section and code: what the adapters (@smspartner-i18n/node,
 * /react) and the resolvers take, as this pack or as this module (`import * as`). The ICU sources,
 * compiled ASTs and i18next resources of the same texts are in the section entry
 * ("./hlr.status") and the JSON files.
 */
export const pack: CodePack = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  locale,
  codes: /* @__PURE__ */ Object.freeze({
    friendly: /* @__PURE__ */ Object.freeze({
      sections: /* @__PURE__ */ Object.freeze({
        "hlr.status": /* @__PURE__ */ Object.freeze({ codes: friendlyHlrStatusTexts.codes, unknownCode: friendlyHlrStatusTexts.unknownCode, aliases: hlrStatusAliases.aliases }),
      }),
      unknownCode: friendlyGeneralTexts.unknownCode,
    }),
  }),
}, "trimmed", { value: true }));
