// The real locale packages, as an app imports them (`import * as fr from '@smspartner-i18n/locale-fr'`).
// Texts asserted in the tests are read from them, never copied into the tests.
import * as en from '@smspartner-i18n/locale-en';
import * as fr from '@smspartner-i18n/locale-fr';
import type { ReactElement, ReactNode } from 'react';
import { type Register, SmsPartnerProvider, type UseLocaleLoaderOptions, useLocaleLoader } from './index.ts';

export { en, fr };

/** The standalone provider with packs loaded on demand: `useLocaleLoader`'s props, spread as the README says. */
export function LazyProvider({
  register,
  children,
  ...options
}: UseLocaleLoaderOptions & { readonly register?: Register; readonly children?: ReactNode }): ReactElement {
  return (
    <SmsPartnerProvider register={register} {...useLocaleLoader(options)}>
      {children}
    </SmsPartnerProvider>
  );
}
