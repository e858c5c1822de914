import {
  SmsPartnerProvider,
  type Tone,
  type UseLocaleLoaderOptions,
  useLocaleLoader,
} from '@smspartner-i18n/react';
import type { ReactElement, ReactNode } from 'react';
import { loadLocale } from './locales.ts';

/** The standalone provider with the packs at hand, and the other languages loaded when a tree asks for them. */
export function LocaleProvider({
  locale,
  packs,
  tone,
  children,
}: {
  readonly locale: string;
  readonly packs: UseLocaleLoaderOptions['packs'];
  readonly tone?: Tone;
  readonly children?: ReactNode;
}): ReactElement {
  return (
    <SmsPartnerProvider tone={tone} {...useLocaleLoader({ locale, packs, loadLocale })}>
      {children}
    </SmsPartnerProvider>
  );
}
