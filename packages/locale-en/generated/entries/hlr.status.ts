// GENERATED — do not edit. Built by tools/i18n from locales/en: entry point "./hlr.status" (the texts of hlr.status and the global fallback, both registers).
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { GlobalFallbackKey, KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import type { CodePack } from '@smspartner-i18n/core/runtime';
import { deepFreeze, merged, type PackMessage } from '../support.ts';
import * as officialHlrStatus from '../data/official/hlr.status.ts';
import * as officialGeneral from '../data/official/general.ts';
import * as friendlyHlrStatus from '../data/friendly/hlr.status.ts';
import * as friendlyGeneral from '../data/friendly/general.ts';
import * as officialHlrStatusTexts from '../texts/official/hlr.status.ts';
import * as officialGeneralTexts from '../texts/official/general.ts';
import * as friendlyHlrStatusTexts from '../texts/friendly/hlr.status.ts';
import * as friendlyGeneralTexts from '../texts/friendly/general.ts';
import * as hlrStatusAliases from '../texts/aliases/hlr.status.ts';

type Key = KeyOf<"hlr.status"> | FieldKeyOf<"hlr.status"> | "hlr.status.unknownCode" | GlobalFallbackKey;

/** The BCP 47 tag of these texts. */
export const locale = "en";

/** i18next namespaces of the two registers. */
export const namespaces = /* @__PURE__ */ deepFreeze({ official: "smspartner-official", friendly: "smspartner-friendly" } as const);

/** SMSPartner's own wording: ICU MessageFormat sources by catalog key. */
export const official: Readonly<Record<Key, string>> = /* @__PURE__ */ merged(officialHlrStatus.messages, officialGeneral.messages);

/** Texts for an app's end user: ICU MessageFormat sources by catalog key. */
export const friendly: Readonly<Record<Key, string>> = /* @__PURE__ */ merged(friendlyHlrStatus.messages, friendlyGeneral.messages);

/** The messages compiled by `formatjs compile --ast`, for react-intl, intl-messageformat and the adapters. */
export const compiled: { readonly official: Readonly<Record<Key, PackMessage>>; readonly friendly: Readonly<Record<Key, PackMessage>> } = /* @__PURE__ */ deepFreeze({
  official: /* @__PURE__ */ merged(officialHlrStatus.compiled, officialGeneral.compiled),
  friendly: /* @__PURE__ */ merged(friendlyHlrStatus.compiled, friendlyGeneral.compiled),
});

/** i18next resources (JSON v4 format, keys nested on '.'): `i18next.init({ resources })` or `addResourceBundle`. */
export const resources = /* @__PURE__ */ deepFreeze({
  "en": {
    "smspartner-official": /* @__PURE__ */ merged(officialGeneral.i18next, {
      hlr: {
        status: officialHlrStatus.i18next,
      },
    }),
    "smspartner-friendly": /* @__PURE__ */ merged(friendlyGeneral.i18next, {
      hlr: {
        status: friendlyHlrStatus.i18next,
      },
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
        "hlr.status": /* @__PURE__ */ Object.freeze({ codes: officialHlrStatusTexts.codes, unknownCode: officialHlrStatusTexts.unknownCode, aliases: hlrStatusAliases.aliases }),
      }),
      unknownCode: officialGeneralTexts.unknownCode,
    }),
    friendly: /* @__PURE__ */ Object.freeze({
      sections: /* @__PURE__ */ Object.freeze({
        "hlr.status": /* @__PURE__ */ Object.freeze({ codes: friendlyHlrStatusTexts.codes, unknownCode: friendlyHlrStatusTexts.unknownCode, aliases: hlrStatusAliases.aliases }),
      }),
      unknownCode: friendlyGeneralTexts.unknownCode,
    }),
  }),
}, "trimmed", { value: true }));

export type { PackElement, PackMessage } from '../support.ts';
