import { type ReactElement, type ReactNode, useContext } from 'react';
import { IntlContext } from 'react-intl';
import { SmsPartnerContext, useResolverContext } from './context.tsx';
import { guardedLoader, guardedOptions } from './guard.ts';
import type { LocaleLoaderOptions, SmsPartnerProviderBaseProps } from './types.ts';
import { useLocaleModules } from './use-locale-modules.ts';

export {
  SmsPartnerContext,
  type SmsPartnerContextValue,
  SmsPartnerMessage,
  useSmsPartner,
  useSmsPartnerMessage,
} from './context.tsx';
export type * from './types.ts';

/** The two fields read of react-intl's context, which an app may fill with anything. */
function readIntl(intl: unknown): { locale?: unknown; defaultLocale?: unknown } {
  try {
    if (typeof intl !== 'object' || intl === null) return {};
    const { locale, defaultLocale } = intl as { locale?: unknown; defaultLocale?: unknown };
    return { locale, defaultLocale };
  } catch {
    return {};
  }
}

export interface SmsPartnerIntlProviderProps extends SmsPartnerProviderBaseProps, LocaleLoaderOptions {
  readonly children?: ReactNode;
}

/**
 * The react-intl setup: texts follow the locale of the app's
 * `IntlProvider` and come from our compiled messages (the packs), formatted
 * by core's runtime with the same fallback rules as the Node adapter; the
 * IntlProvider's `defaultLocale` is the fallback unless `fallbackLocale` is
 * given. Our messages stay out of the app's message catalog, so their ids
 * can never collide with the app's.
 */
export function SmsPartnerIntlProvider({ children, ...given }: SmsPartnerIntlProviderProps): ReactElement {
  const options = { ...guardedOptions(given), ...guardedLoader(given) };
  // The context rather than useIntl(): useIntl throws without an IntlProvider, and rendering must not.
  const intl = useContext(IntlContext) as { locale?: unknown; defaultLocale?: unknown } | null | undefined;
  const { locale: intlLocale, defaultLocale } = readIntl(intl);
  const fallbackLocale = options.fallbackLocale ?? (typeof defaultLocale === 'string' ? defaultLocale : 'en');
  const locale = typeof intlLocale === 'string' ? intlLocale : fallbackLocale;
  const { packs, loading } = useLocaleModules(locale, { ...options, fallbackLocale });
  const value = useResolverContext(locale, packs, { fallbackLocale, register: options.register, loading });
  return <SmsPartnerContext.Provider value={value}>{children}</SmsPartnerContext.Provider>;
}
