// GENERATED — do not edit. Built by tools/i18n from locales/en: entry point "./official/sms.status" (the official texts of sms.status and the global fallback).
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { GlobalFallbackKey, KeyOf, LocalePack } from '@smspartner-i18n/core';
import { deepFreeze, type PackMessage } from '../../support.ts';
import * as officialSmsStatus from '../../data/official/sms.status.ts';
import * as officialGeneral from '../../data/official/general.ts';

type Key = KeyOf<"sms.status"> | "sms.status.unknownCode" | GlobalFallbackKey;

/** The BCP 47 tag of these texts. */
export const locale = "en";

/** i18next namespaces of the two registers. */
export const namespaces = /* @__PURE__ */ deepFreeze({ official: "smspartner-official" } as const);

/** SMSPartner's own wording: ICU MessageFormat sources by catalog key. */
export const official: Readonly<Record<Key, string>> = /* @__PURE__ */ deepFreeze({ ...officialSmsStatus.messages, ...officialGeneral.messages });

/** The messages compiled by `formatjs compile --ast`, for react-intl, intl-messageformat and the adapters. */
export const compiled: { readonly official: Readonly<Record<Key, PackMessage>> } = /* @__PURE__ */ deepFreeze({
  official: { ...officialSmsStatus.compiled, ...officialGeneral.compiled },
});

/** i18next resources (JSON v4 format, keys nested on '.'): `i18next.init({ resources })` or `addResourceBundle`. */
export const resources = /* @__PURE__ */ deepFreeze({
  "en": {
    "smspartner-official": {
      ...officialGeneral.i18next,
      sms: {
        status: officialSmsStatus.i18next,
      },
    },
  },
});

/** The namespaces of `resources`, for `CustomTypeOptions` (see the README). */
export type I18nextResources = (typeof resources)["en"];

/** What the adapters (@smspartner-i18n/node, /react) and `createResolver` take. */
export const pack: LocalePack = /* @__PURE__ */ deepFreeze({ locale, compiled });

export type { PackElement, PackMessage } from '../../support.ts';
