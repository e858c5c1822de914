export type { CodeOf, Explanation, LocalePack, Register, SectionId } from '@smspartner-i18n/core';
export type { CodePack, MatchKind, ResolvedText } from '@smspartner-i18n/core/types';
export {
  SmsPartnerContext,
  type SmsPartnerContextValue,
  SmsPartnerMessage,
  useSmsPartner,
  useSmsPartnerMessage,
} from './context.tsx';
export { SmsPartnerProvider, type SmsPartnerProviderProps } from './provider.tsx';
export type {
  CodeInput,
  LoadedLocale,
  LoadLocale,
  LocaleLoaderOptions,
  LocaleModule,
  LocaleSource,
  MessageValues,
  SmsPartnerExplainFunction,
  SmsPartnerI18nextResources,
  SmsPartnerMessageFunction,
  SmsPartnerMessageOptions,
  SmsPartnerMessageProps,
  SmsPartnerProviderBaseProps,
} from './types.ts';
export {
  type LoadedLocaleProps,
  type UseLocaleLoaderOptions,
  useLocaleLoader,
} from './use-locale-modules.ts';
