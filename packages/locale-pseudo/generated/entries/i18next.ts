// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: the ready i18next type declaration.
// Edit the texts in locales/ and rebuild the package (pnpm build).

import type { I18nextResources } from './index.ts';

/**
 * Types i18next's `t()` keys with this pack's two namespaces: import it once
 * (`import '@smspartner-i18n/locale-…/i18next'`). It adds the namespaces to
 * i18next's `ResourceNamespaceMap` (i18next 26.7+) and makes the friendly one
 * the default namespace, as `init({ ns: [friendly, official] })` does at run
 * time: without a default namespace among the resources, i18next's own types
 * fail to compile (TS2344) and prefixed keys go unchecked. For an app whose
 * i18next holds only these namespaces; an app with its own declares the merge
 * itself (see the README).
 */
declare module 'i18next' {
  interface ResourceNamespaceMap {
    "smspartner-official": I18nextResources["smspartner-official"];
    "smspartner-friendly": I18nextResources["smspartner-friendly"];
  }
  interface CustomTypeOptions {
    defaultNS: "smspartner-friendly";
  }
}

export type { I18nextResources };
