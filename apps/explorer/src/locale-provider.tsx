import {
  type Register,
  SmsPartnerProvider,
  type UseLocaleLoaderOptions,
  useLocaleLoader,
} from '@smspartner-i18n/react';
import type { ReactElement, ReactNode } from 'react';
import { loadLocale } from './locales.ts';

/** The standalone provider with the packs at hand, and the other languages loaded when a tree asks for them. */
export function LocaleProvider({
  locale,
  packs,
  register,
  children,
}: {
  readonly locale: string;
  readonly packs: UseLocaleLoaderOptions['packs'];
  readonly register?: Register;
  readonly children?: ReactNode;
}): ReactElement {
  return (
    <SmsPartnerProvider register={register} {...useLocaleLoader({ locale, packs, loadLocale })}>
      {children}
    </SmsPartnerProvider>
  );
}
