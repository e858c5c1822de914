import type { ReactElement, ReactNode } from 'react';
import { SmsPartnerContext, useResolverContext } from './context.tsx';
import { guardedOptions } from './guard.ts';
import type { SmsPartnerProviderBaseProps } from './types.ts';
import { useLocaleModules } from './use-locale-modules.ts';

export interface SmsPartnerProviderProps extends SmsPartnerProviderBaseProps {
  /** The locale to show texts in (`fr`, `fr-CA`); its parents, `fallbackLocale` and English are tried after it. */
  readonly locale: string;
  readonly children?: ReactNode;
}

/**
 * The standalone setup: no i18n framework. Texts come from the packs given
 * in `packs` and from those `loadLocale` loads for the locale chain; while a
 * pack loads, the packs already there (English, if given) supply the text.
 * Providers nest and do not share state: two of them with different locales
 * render two languages in one tree.
 */
export function SmsPartnerProvider({ locale, children, ...given }: SmsPartnerProviderProps): ReactElement {
  const options = guardedOptions(given);
  const { packs, loading } = useLocaleModules(locale, options);
  const value = useResolverContext(locale, packs, {
    fallbackLocale: options.fallbackLocale,
    tone: options.tone,
    loading,
  });
  return <SmsPartnerContext.Provider value={value}>{children}</SmsPartnerContext.Provider>;
}
