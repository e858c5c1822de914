import type { CodeOf, Register, SectionId } from '@smspartner-i18n/core';
import type { CodePack, MessagePack, ResolvedText } from '@smspartner-i18n/core/types';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import { SmsPartnerI18nextProvider, type SmsPartnerI18nextProviderProps } from './i18next.tsx';
import {
  type CodeInput,
  type LoadedLocaleProps,
  type LoadLocale,
  SmsPartnerMessage,
  type SmsPartnerMessageProps,
  SmsPartnerProvider,
  type SmsPartnerProviderProps,
  type UseLocaleLoaderOptions,
  useLocaleLoader,
  useSmsPartner,
  useSmsPartnerMessage,
} from './index.ts';
import { SmsPartnerIntlProvider } from './intl.tsx';

declare const pack: CodePack;
declare const messagePack: MessagePack;

describe('SmsPartnerMessage props', () => {
  it('take a SectionId, a code, a Register and argument values', () => {
    <SmsPartnerMessage section="sms.send" code={11} />;
    <SmsPartnerMessage section="sms.dlr" code="DELIVRD" register="official" />;
    <SmsPartnerMessage section="hlr.error" code="EC_UNKNOWN_SUBSCRIBER" params={{ max: 3, shop: 'Acme' }} />;
    // What an API sent, not yet validated: any string or number, or nothing.
    <SmsPartnerMessage section="sms.send" code={'11' as string} />;
    <SmsPartnerMessage section="vms" code={null} />;

    // @ts-expect-error: not a section
    <SmsPartnerMessage section="sms.sendd" code={11} />;
    // @ts-expect-error: not a register
    <SmsPartnerMessage section="sms.send" code={11} register="casual" />;
    // @ts-expect-error: a code is a string or a number
    <SmsPartnerMessage section="sms.send" code={true} />;
    // @ts-expect-error: argument values are strings or numbers
    <SmsPartnerMessage section="sms.send" code={11} params={{ max: { value: 3 } }} />;
    // @ts-expect-error: section and code are required
    <SmsPartnerMessage section="sms.send" />;
  });

  it('suggest the exact codes of the section', () => {
    expectTypeOf<CodeOf<'sms.dlr'>>().toExtend<CodeInput<'sms.dlr'>>();
    expectTypeOf<'DELIVRD'>().toExtend<SmsPartnerMessageProps<'sms.dlr'>['code']>();
    expectTypeOf<SmsPartnerMessageProps['section']>().toEqualTypeOf<SectionId>();
    expectTypeOf<NonNullable<SmsPartnerMessageProps['register']>>().toEqualTypeOf<Register>();
    expectTypeOf(SmsPartnerMessage).returns.toEqualTypeOf<ReactElement>();
  });
});

describe('hooks', () => {
  it('useSmsPartnerMessage returns (section, code, options) => string', () => {
    const message = useSmsPartnerMessage();
    expectTypeOf(message('sms.send', 11)).toEqualTypeOf<string>();
    expectTypeOf(message('mail', '42', { register: 'official', params: { max: 1 } })).toEqualTypeOf<string>();
    // @ts-expect-error: not a section
    message('sms', 11);
    // @ts-expect-error: not a register
    message('sms.send', 11, { register: 'formal' });
    expectTypeOf(useSmsPartner().explain('sms.send', 11)).toEqualTypeOf<ResolvedText>();
    expectTypeOf(useSmsPartner().loading).toEqualTypeOf<boolean>();
  });
});

describe('providers', () => {
  it('standalone: a locale, packs or modules; useLocaleLoader for a loader', () => {
    const loadLocale: LoadLocale = (locale) =>
      locale === 'fr' ? Promise.resolve({ pack, resources: {} }) : undefined;
    <SmsPartnerProvider locale="fr" packs={[pack, { pack }]} register="official" loading={false} />;
    <SmsPartnerProvider
      {...useLocaleLoader({ locale: 'fr', packs: [pack], loadLocale })}
      register="official"
    />;
    useLocaleLoader({ locale: 'fr', loadLocale: async () => ({ default: pack }), onLoadError: () => {} });
    expectTypeOf(useLocaleLoader({ locale: 'fr', loadLocale })).toEqualTypeOf<LoadedLocaleProps>();
    expectTypeOf<LoadedLocaleProps['packs']>().toEqualTypeOf<readonly CodePack[]>();
    // @ts-expect-error: the locale is required
    <SmsPartnerProvider packs={[pack]} />;
    // @ts-expect-error: packs are code packs or modules exporting one
    <SmsPartnerProvider locale="fr" packs={[{ locale: 'fr' }]} />;
    // @ts-expect-error: a message pack (by key) goes through core's toCodePack first
    <SmsPartnerProvider locale="fr" packs={[messagePack]} />;
    // @ts-expect-error: so does one a loader gives
    useLocaleLoader({ locale: 'fr', loadLocale: () => ({ pack: messagePack }) });
    // @ts-expect-error: the loader is useLocaleLoader's, not the provider's
    <SmsPartnerProvider locale="fr" loadLocale={loadLocale} />;
    // @ts-expect-error: the hook needs the locale
    useLocaleLoader({ loadLocale });
    // @ts-expect-error: not a register
    <SmsPartnerProvider locale="fr" register="warm" />;
    expectTypeOf<SmsPartnerProviderProps['loading']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<UseLocaleLoaderOptions['onLoadError']>().toEqualTypeOf<
      ((error: unknown, locale: string) => void) | undefined
    >();
  });

  it('react-i18next: the app instance is optional, no locale prop', () => {
    <SmsPartnerI18nextProvider packs={[pack]} />;
    // This setup has the catalog: message packs are fine.
    <SmsPartnerI18nextProvider packs={[messagePack, { pack: messagePack }]} />;
    expectTypeOf<SmsPartnerI18nextProviderProps['i18n']>().toEqualTypeOf<I18n | undefined>();
    // @ts-expect-error: the language comes from i18next
    <SmsPartnerI18nextProvider locale="fr" />;
  });

  it('react-intl: the locale comes from IntlProvider', () => {
    <SmsPartnerIntlProvider packs={[pack]} fallbackLocale="en" />;
    // @ts-expect-error: a message pack goes through core's toCodePack first
    <SmsPartnerIntlProvider packs={[messagePack]} />;
    // @ts-expect-error: the locale comes from the IntlProvider
    <SmsPartnerIntlProvider locale="fr" />;
  });
});
