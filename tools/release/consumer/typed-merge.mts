// Type-checked as an app with its own namespace and default namespace: it does
// not import the ready declaration but declares the merge itself, as the
// locale packages' README shows.
import type { I18nextResources } from '@smspartner-i18n/locale-en';
import i18next from 'i18next';
import type translation from './translation.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: I18nextResources & { translation: typeof translation };
  }
}

const own: string = i18next.t('greeting');
const ours: string = i18next.t('smspartner-friendly:sms.send.insufficientCredit');
const oursWithNs: string = i18next.t('sms.send.insufficientCredit', { ns: 'smspartner-official' });

// @ts-expect-error: not a key of the app's own namespace.
const misspelledOwn = i18next.t('greting');
// @ts-expect-error: not a key of the catalog, prefixed form.
const misspelledOurs = i18next.t('smspartner-friendly:sms.send.noSuchKey');
// @ts-expect-error: our keys are not in the app's default namespace.
const oursUnprefixed = i18next.t('sms.send.insufficientCredit');

export { misspelledOurs, misspelledOwn, ours, oursUnprefixed, oursWithNs, own };
