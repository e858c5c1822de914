// Type-checked as an ESM app whose i18next holds only our namespaces: the one
// import below is all the README asks for.
import i18next from 'i18next';
import '@smspartner-i18n/locale-en/i18next';

const prefixed: string = i18next.t('smspartner-friendly:sms.send.insufficientCredit');
const official: string = i18next.t('smspartner-official:hlr.error.unknownSubscriber');
const withNs: string = i18next.t('sms.send.insufficientCredit', { ns: 'smspartner-official' });
// The friendly namespace is the default one (as init({ ns: [friendly, official] }) makes it).
const unprefixed: string = i18next.t('sms.send.insufficientCredit');
const withCode: string = i18next.t('smspartner-friendly:sms.send.unknownCode', { code: '999' });
const fixed: string = i18next.getFixedT(null, 'smspartner-official')('sms.send.insufficientCredit');

// @ts-expect-error: not a key of the catalog, prefixed form.
const misspelled = i18next.t('smspartner-friendly:sms.send.noSuchKey');
// @ts-expect-error: not a key of the catalog, official namespace.
const misspelledOfficial = i18next.t('smspartner-official:sms.send.noSuchKey');
// @ts-expect-error: not a key of the catalog, with { ns }.
const misspelledWithNs = i18next.t('sms.send.noSuchKey', { ns: 'smspartner-friendly' });
// @ts-expect-error: not a key of the default namespace.
const misspelledUnprefixed = i18next.t('sms.send.noSuchKey');
// @ts-expect-error: not a namespace of the pack.
const wrongNamespace = i18next.t('smspartner-casual:sms.send.insufficientCredit');

export {
  fixed,
  misspelled,
  misspelledOfficial,
  misspelledUnprefixed,
  misspelledWithNs,
  official,
  prefixed,
  unprefixed,
  withCode,
  withNs,
  wrongNamespace,
};
