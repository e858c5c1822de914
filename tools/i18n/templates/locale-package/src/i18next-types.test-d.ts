import i18next, { type TypeOptions } from 'i18next';
import { expectTypeOf, test } from 'vitest';
import '../generated/entries/i18next.ts';
import type { I18nextResources } from '../generated/entries/index.ts';

// The ready declaration (`import '%PACKAGE%/i18next'`) types t() keys.
test('t() accepts the keys of both namespaces and rejects others', () => {
  const friendly = i18next.getFixedT(null, 'smspartner-friendly');
  expectTypeOf(friendly('sms.send.insufficientCredit')).toBeString();
  expectTypeOf(friendly('unknownCode', { code: '42' })).toBeString();
  expectTypeOf(i18next.t('hlr.error.unknownSubscriber', { ns: 'smspartner-official' })).toBeString();
  // @ts-expect-error: not a key of the catalog
  friendly('sms.send.noSuchKey');
  // @ts-expect-error: not a key of the catalog
  i18next.t('hlr.error.noSuchError', { ns: 'smspartner-official' });
  // @ts-expect-error: not a namespace of the pack
  i18next.getFixedT(null, 'smspartner-casual')('sms.send.insufficientCredit');
});

test('t() checks prefixed keys ("namespace:key") and unprefixed ones in the default namespace', () => {
  expectTypeOf(i18next.t('smspartner-friendly:sms.send.insufficientCredit')).toBeString();
  expectTypeOf(i18next.t('smspartner-official:hlr.error.unknownSubscriber')).toBeString();
  expectTypeOf(i18next.t('sms.send.insufficientCredit')).toBeString();
  // @ts-expect-error: not a key of the catalog
  i18next.t('smspartner-friendly:sms.send.noSuchKey');
  // @ts-expect-error: not a key of the catalog
  i18next.t('smspartner-official:hlr.error.noSuchError');
  // @ts-expect-error: not a key of the default (friendly) namespace
  i18next.t('sms.send.noSuchKey');
  // @ts-expect-error: not a namespace of the pack
  i18next.t('smspartner-casual:sms.send.insufficientCredit');
});

test('the friendly namespace is the default one, as init({ ns: [friendly, official] }) makes it', () => {
  expectTypeOf<TypeOptions['defaultNS']>().toEqualTypeOf<'smspartner-friendly'>();
});

test('I18nextResources has the two namespaces, nested on "."', () => {
  expectTypeOf<keyof I18nextResources>().toEqualTypeOf<'smspartner-official' | 'smspartner-friendly'>();
  // Texts still in English are left out of the resources, so only the sections are sure to be there.
  expectTypeOf<I18nextResources['smspartner-friendly']['sms']['send']>().toBeObject();
  expectTypeOf<I18nextResources['smspartner-official']['hlr']['error']>().toBeObject();
});
