// Type-checked as a bundled React app (moduleResolution bundler).
import * as fr from '@smspartner-i18n/locale-fr';
import {
  SmsPartnerMessage,
  SmsPartnerProvider,
  useLocaleLoader,
  useSmsPartnerMessage,
} from '@smspartner-i18n/react';
import { SmsPartnerI18nextProvider } from '@smspartner-i18n/react/i18next';
import { SmsPartnerIntlProvider } from '@smspartner-i18n/react/intl';
import type { ReactElement } from 'react';

function Status(): ReactElement {
  const message = useSmsPartnerMessage();
  return <p>{message('sms.send', 11)}</p>;
}

export function App(): ReactElement {
  const loaded = useLocaleLoader({
    locale: 'fr-CA',
    packs: [fr],
    loadLocale: (locale) => import(`@smspartner-i18n/locale-${locale}`),
  });
  return (
    <SmsPartnerProvider {...loaded}>
      <SmsPartnerMessage section="sms.send" code={11} register="official" />
      {/* @ts-expect-error: "sms.nope" is not a section. */}
      <SmsPartnerMessage section="sms.nope" code={11} />
      <Status />
      <SmsPartnerI18nextProvider packs={[fr]}>
        <Status />
      </SmsPartnerI18nextProvider>
      <SmsPartnerIntlProvider packs={[fr]}>
        <Status />
      </SmsPartnerIntlProvider>
    </SmsPartnerProvider>
  );
}
