// GENERATED — do not edit. Built by tools/i18n from locales/en: entry point "./friendly/hlr.status" (the friendly texts of hlr.status and the global fallback).
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { GlobalFallbackKey, KeyOf, LocalePack } from '@smspartner-i18n/core';
import { deepFreeze, type PackMessage } from '../../support.ts';
import * as friendlyHlrStatus from '../../data/friendly/hlr.status.ts';
import * as friendlyGeneral from '../../data/friendly/general.ts';

type Key = KeyOf<"hlr.status"> | "hlr.status.unknownCode" | GlobalFallbackKey;

/** The BCP 47 tag of these texts. */
export const locale = "en";

/** i18next namespaces of the two registers. */
export const namespaces = /* @__PURE__ */ deepFreeze({ friendly: "smspartner-friendly" } as const);

/** Texts for an app's end user: ICU MessageFormat sources by catalog key. */
export const friendly: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({ ...friendlyHlrStatus.messages, ...friendlyGeneral.messages });

/** The messages compiled by `formatjs compile --ast`, for react-intl, intl-messageformat and the adapters. */
export const compiled: { readonly friendly: Readonly<Record<Key, PackMessage>> } = /* @__PURE__ */ deepFreeze({
  friendly: { ...friendlyHlrStatus.compiled, ...friendlyGeneral.compiled },
});

/** i18next resources (JSON v4 format, keys nested on '.'): `i18next.init({ resources })` or `addResourceBundle`. */
export const resources = /* @__PURE__ */ deepFreeze({
  "en": {
    "smspartner-friendly": {
      ...friendlyGeneral.i18next,
      hlr: {
        status: friendlyHlrStatus.i18next,
      },
    },
  },
});

/** The namespaces of `resources`, for `CustomTypeOptions` (see the README). */
export type I18nextResources = (typeof resources)["en"];

/** What the adapters (@smspartner-i18n/node, /react) and `createResolver` take. */
export const pack: LocalePack = /* @__PURE__ */ deepFreeze({ locale, compiled });

export type { PackElement, PackMessage } from '../../support.ts';
