// GENERATED — do not edit. Built by tools/i18n from locales/en: the ready i18next type declaration.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { I18nextResources } from './index.ts';

/**
 * Types i18next's `t()` keys with this pack's two namespaces: import it once
 * (`import '@smspartner-i18n/locale-…/i18next'`). It adds the namespaces to
 * i18next's `ResourceNamespaceMap` (i18next 26.7+), which merges with the app's
 * own `CustomTypeOptions` instead of replacing them (see the README).
 */
declare module 'i18next' {
  interface ResourceNamespaceMap {
    "smspartner-official": I18nextResources["smspartner-official"];
    "smspartner-friendly": I18nextResources["smspartner-friendly"];
  }
}

export type { I18nextResources };
