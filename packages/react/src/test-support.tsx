// The real locale packages, as an app imports them (`import * as fr from '@smspartner-i18n/locale-fr'`).
// Texts asserted in the tests are read from them, never copied into the tests.
import * as en from '@smspartner-i18n/locale-en';
import * as fr from '@smspartner-i18n/locale-fr';
import type { ReactElement, ReactNode } from 'react';
import { SmsPartnerProvider, type Tone, type UseLocaleLoaderOptions, useLocaleLoader } from './index.ts';

export { en, fr };

/** The standalone provider with packs loaded on demand: `useLocaleLoader`'s props, spread as the README says. */
export function LazyProvider({
  tone,
  children,
  ...options
}: UseLocaleLoaderOptions & { readonly tone?: Tone; readonly children?: ReactNode }): ReactElement {
  return (
    <SmsPartnerProvider tone={tone} {...useLocaleLoader(options)}>
      {children}
    </SmsPartnerProvider>
  );
}
