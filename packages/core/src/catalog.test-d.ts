import { describe, expectTypeOf, it } from 'vitest';
import type { CatalogEntry, CodeOf, EntryKey, KeyOf, MessageKey } from './catalog.ts';
import { entryByKey, isKnownCode, isMessageKey, isSectionId, lookup } from './lookup.ts';
import type { FixableBy, SectionId } from './types.ts';

declare const input: unknown;

type SmsSendCode =
  | 992
  | 1
  | 2
  | 4
  | 9
  | 10
  | 11
  | 13
  | 14
  | 15
  | 20
  | 22
  | 23
  | 30
  | 40
  | 42
  | 43
  | 44
  | 45
  | 46
  | 47
  | 48
  | 49
  | 50
  | 51
  | 52
  | 55
  | 90
  | 96
  | 500;

type DlrCode = 'DELIVRD' | 'PENDING' | 'UNDELIV' | 'ACCEPTD' | 'UNKNOWN' | 'ENROUTE' | 'EXPIRED' | 'REJECTD';

describe('isKnownCode', () => {
  it('narrows an unknown value to the numeric codes of sms.send', () => {
    if (isKnownCode('sms.send', input)) expectTypeOf(input).toEqualTypeOf<SmsSendCode>();
  });

  it('narrows an unknown value to the DLR string codes', () => {
    if (isKnownCode('sms.dlr', input)) expectTypeOf(input).toEqualTypeOf<DlrCode>();
  });

  it('narrows to the status words and VMS names', () => {
    if (isKnownCode('sms.deliveryStatus', input)) {
      expectTypeOf(input).toEqualTypeOf<'delivered' | 'not delivered' | 'waiting' | 'ko'>();
    }
    if (isKnownCode('vms', input)) {
      expectTypeOf(input).toExtend<string>();
      expectTypeOf<'NOT_CREDIT'>().toExtend<typeof input>();
    }
  });

  it('narrows a number taken from a JSON body', () => {
    const code = JSON.parse('11') as number;
    if (isKnownCode('sms.send', code)) expectTypeOf(code).toEqualTypeOf<SmsSendCode>();
  });

  it('accepts only section ids', () => {
    // @ts-expect-error 'sms.fax' is not a section
    isKnownCode('sms.fax', input);
  });
});

describe('catalog types', () => {
  it('MessageKey has every entry key, the section fallbacks and the global fallback, and nothing made up', () => {
    expectTypeOf<'sms.send.insufficientCredit'>().toExtend<MessageKey>();
    expectTypeOf<'hlr.error.unknownSubscriber'>().toExtend<MessageKey>();
    expectTypeOf<'sms.send.unknownCode'>().toExtend<MessageKey>();
    expectTypeOf<'unknownCode'>().toExtend<MessageKey>();
    expectTypeOf<'sms.send.madeUpKey'>().not.toExtend<MessageKey>();
    expectTypeOf<'sms.fax.unknownCode'>().not.toExtend<MessageKey>();
    expectTypeOf<'insufficientCredit'>().not.toExtend<MessageKey>();
    expectTypeOf<'unknownCode'>().not.toExtend<EntryKey>();
  });

  it('CodeOf and KeyOf follow the data', () => {
    expectTypeOf<CodeOf<'sms.send'>>().toEqualTypeOf<SmsSendCode>();
    expectTypeOf<CodeOf<'sms.dlr'>>().toEqualTypeOf<DlrCode>();
    expectTypeOf<KeyOf<'sms.send', 11>>().toEqualTypeOf<'sms.send.insufficientCredit'>();
    expectTypeOf<KeyOf<'sms.dlr', 'DELIVRD'>>().toEqualTypeOf<'sms.dlr.delivered'>();
    expectTypeOf<CatalogEntry<'sms.dlr'>['code']>().toEqualTypeOf<DlrCode>();
  });

  it('SectionId is the twelve section ids', () => {
    expectTypeOf<SectionId>().toEqualTypeOf<
      | 'sms.send'
      | 'sms.cancel'
      | 'sms.status'
      | 'sms.deliveryStatus'
      | 'sms.dlr'
      | 'numberVerification'
      | 'rental'
      | 'subAccount'
      | 'hlr.status'
      | 'hlr.error'
      | 'vms'
      | 'mail'
    >();
  });

  it('FixableBy is the five documented values', () => {
    expectTypeOf<FixableBy>().toEqualTypeOf<
      'end-user' | 'account-owner' | 'developer' | 'retry-later' | 'no-one'
    >();
  });
});

describe('lookup and the guards', () => {
  it('lookup on a known section returns that section’s entry type, or undefined', () => {
    expectTypeOf(lookup('sms.send', 11)).toEqualTypeOf<CatalogEntry<'sms.send'> | undefined>();
    expectTypeOf(lookup('sms.dlr', 'Delivrd')).toEqualTypeOf<CatalogEntry<'sms.dlr'> | undefined>();
    const found = lookup('sms.send', ' 11 ');
    if (found) expectTypeOf(found.code).toEqualTypeOf<SmsSendCode>();
  });

  it('lookup on a section only known at run time returns any entry, or undefined', () => {
    expectTypeOf(lookup(input, input)).toEqualTypeOf<CatalogEntry | undefined>();
  });

  it('isSectionId, isMessageKey and entryByKey type what they check', () => {
    if (isSectionId(input)) expectTypeOf(input).toEqualTypeOf<SectionId>();
    if (isMessageKey(input)) expectTypeOf(input).toEqualTypeOf<MessageKey>();
    expectTypeOf(entryByKey(input)).toEqualTypeOf<CatalogEntry | undefined>();
  });
});
