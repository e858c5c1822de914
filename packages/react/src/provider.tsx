import type { ReactElement, ReactNode } from 'react';
import { SmsPartnerContext, useResolverContext } from './context.tsx';
import { guardedOptions, useSameItems } from './guard.ts';
import type { SmsPartnerProviderBaseProps } from './types.ts';

export interface SmsPartnerProviderProps extends SmsPartnerProviderBaseProps {
  /** The locale to show texts in (`fr`, `fr-CA`); its parents, `fallbackLocale` and English are tried after it. */
  readonly locale: string;
  /** True while packs are still loading (what `useLocaleLoader` says); `useSmsPartner().loading` tells the tree. */
  readonly loading?: boolean;
  readonly children?: ReactNode;
}

const noPacks: readonly never[] = [];

/**
 * The standalone setup: no i18n framework. Texts come from the packs given
 * in `packs`; `useLocaleLoader` gives packs that load on demand.
 * Providers nest and do not share state: two of them with different locales
 * render two languages in one tree.
 */
export function SmsPartnerProvider({
  locale,
  loading,
  children,
  ...given
}: SmsPartnerProviderProps): ReactElement {
  const { packs, fallbackLocale, register } = guardedOptions(given);
  // Apps write `packs={[en, fr]}` inline: a new array of the same packs must not rebuild the resolver.
  const value = useResolverContext(locale, useSameItems(packs) ?? noPacks, {
    fallbackLocale,
    register,
    loading: loading === true,
  });
  return <SmsPartnerContext.Provider value={value}>{children}</SmsPartnerContext.Provider>;
}
