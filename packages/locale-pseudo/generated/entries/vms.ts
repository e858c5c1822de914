// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: entry point "./vms" (the texts of vms and the global fallback, both registers).
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { GlobalFallbackKey, KeyOf } from '@smspartner-i18n/core';
import type { FieldKeyOf } from '@smspartner-i18n/core/fields';
import type { CodePack } from '@smspartner-i18n/core/runtime';
import { deepFreeze, merged, type PackMessage } from '../support.ts';
import * as officialVms from '../data/official/vms.ts';
import * as officialGeneral from '../data/official/general.ts';
import * as friendlyVms from '../data/friendly/vms.ts';
import * as friendlyGeneral from '../data/friendly/general.ts';
import * as officialVmsTexts from '../texts/official/vms.ts';
import * as officialGeneralTexts from '../texts/official/general.ts';
import * as friendlyVmsTexts from '../texts/friendly/vms.ts';
import * as friendlyGeneralTexts from '../texts/friendly/general.ts';

type Key = KeyOf<"vms"> | FieldKeyOf<"vms"> | "vms.unknownCode" | GlobalFallbackKey;

/** The BCP 47 tag of these texts. */
export const locale = "en-XA";

/** i18next namespaces of the two registers. */
export const namespaces = /* @__PURE__ */ deepFreeze({ official: "smspartner-official", friendly: "smspartner-friendly" } as const);

/** SMSPartner's own wording: ICU MessageFormat sources by catalog key. */
export const official: Readonly<Record<Key, string>> = /* @__PURE__ */ merged(officialVms.messages, officialGeneral.messages);

/** Texts for an app's end user: ICU MessageFormat sources by catalog key. */
export const friendly: Readonly<Record<Key, string>> = /* @__PURE__ */ merged(friendlyVms.messages, friendlyGeneral.messages);

/** The messages compiled by `formatjs compile --ast`, for react-intl, intl-messageformat and the adapters. */
export const compiled: { readonly official: Readonly<Record<Key, PackMessage>>; readonly friendly: Readonly<Record<Key, PackMessage>> } = /* @__PURE__ */ deepFreeze({
  official: /* @__PURE__ */ merged(officialVms.compiled, officialGeneral.compiled),
  friendly: /* @__PURE__ */ merged(friendlyVms.compiled, friendlyGeneral.compiled),
});

/** i18next resources (JSON v4 format, keys nested on '.'): `i18next.init({ resources })` or `addResourceBundle`. */
export const resources = /* @__PURE__ */ deepFreeze({
  "en-XA": {
    "smspartner-official": /* @__PURE__ */ merged(officialGeneral.i18next, {
      vms: officialVms.i18next,
    }),
    "smspartner-friendly": /* @__PURE__ */ merged(friendlyGeneral.i18next, {
      vms: friendlyVms.i18next,
    }),
  },
});

/** The namespaces of `resources`, for `CustomTypeOptions` (see the README). */
export type I18nextResources = (typeof resources)["en-XA"];

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
        "vms": /* @__PURE__ */ Object.freeze({ codes: officialVmsTexts.codes, unknownCode: officialVmsTexts.unknownCode }),
      }),
      unknownCode: officialGeneralTexts.unknownCode,
    }),
    friendly: /* @__PURE__ */ Object.freeze({
      sections: /* @__PURE__ */ Object.freeze({
        "vms": /* @__PURE__ */ Object.freeze({ codes: friendlyVmsTexts.codes, unknownCode: friendlyVmsTexts.unknownCode }),
      }),
      unknownCode: friendlyGeneralTexts.unknownCode,
    }),
  }),
}, "trimmed", { value: true }));

export type { PackElement, PackMessage } from '../support.ts';
