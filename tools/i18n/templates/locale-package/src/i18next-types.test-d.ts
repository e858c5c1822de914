import i18next from 'i18next';
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

test('I18nextResources has the two namespaces, nested on "."', () => {
  expectTypeOf<keyof I18nextResources>().toEqualTypeOf<'smspartner-official' | 'smspartner-friendly'>();
  // Texts still in English are left out of the resources, so only the sections are sure to be there.
  expectTypeOf<I18nextResources['smspartner-friendly']['sms']['send']>().toBeObject();
  expectTypeOf<I18nextResources['smspartner-official']['hlr']['error']>().toBeObject();
});
