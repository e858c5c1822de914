import type { CodeOf, LocalePack, Register, SectionId } from '@smspartner-i18n/core';
import type { CodePack, ResolvedText, SmsPartnerI18nextResources } from '@smspartner-i18n/core/types';

/**
 * i18next resources as `@smspartner-i18n/locale-*` export them:
 * `{ fr: { 'smspartner-official': {…}, 'smspartner-friendly': {…} } }` (core's type).
 */
export type { SmsPartnerI18nextResources };

/**
 * What a locale package module exports (`import * as fr from
 * '@smspartner-i18n/locale-fr'`, or one of its sub-entries): the pack, and
 * the i18next resources the react-i18next setup adds to the app's instance.
 *
 * `Pack` is a `CodePack` (texts by section and code, what the locale packages
 * export) for the standalone and react-intl setups, whose resolver leaves the
 * catalog out; the react-i18next setup also takes message packs (by key).
 */
export interface LocaleModule<Pack extends LocalePack = CodePack> {
  readonly pack: Pack;
  readonly resources?: SmsPartnerI18nextResources;
}

/** A locale pack, or a module that exports one (`import('@smspartner-i18n/locale-fr')`). */
export type LocaleSource<Pack extends LocalePack = CodePack> = Pack | LocaleModule<Pack>;

/** What a locale loader may give back; `undefined` means "no pack for this locale". */
export type LoadedLocale<Pack extends LocalePack = CodePack> =
  | LocaleSource<Pack>
  | readonly LocaleSource<Pack>[]
  | { readonly default: LocaleSource<Pack> }
  | null
  | undefined;

/**
 * Loads the pack(s) of one locale tag of the chain (`fr-CA`, then `fr`, then
 * `en`), typically with a dynamic `import()` so that a locale nobody uses is
 * never downloaded. Called at most once per tag by `useLocaleLoader` (or the provider that runs it).
 */
export type LoadLocale<Pack extends LocalePack = CodePack> = (
  locale: string,
) => LoadedLocale<Pack> | PromiseLike<LoadedLocale<Pack>>;

/**
 * A code of the section as the catalog stores it (suggested by the editor),
 * or any string or number an API or webhook sent: unknown codes get the
 * section's text for unknown codes, missing ones (`null`) too.
 */
export type CodeInput<S extends SectionId> =
  | CodeOf<S>
  | (string & NonNullable<unknown>)
  | number
  | null
  | undefined;

/** Values of a text's ICU arguments (`{max, number}`); numbers that are not finite fall back to the catalog's defaults. */
export type MessageValues = Readonly<Record<string, string | number>>;

export interface SmsPartnerMessageOptions {
  /** The register: SMSPartner's own wording (`official`) or ours for an end user (`friendly`). Default: the provider's. */
  readonly register?: Register;
  readonly params?: MessageValues;
}

export interface SmsPartnerMessageProps<S extends SectionId = SectionId> extends SmsPartnerMessageOptions {
  /** The API section the code comes from (`sms.send`, `hlr.error`, …). */
  readonly section: S;
  readonly code: CodeInput<S>;
}

/** The function `useSmsPartnerMessage()` returns: never a raw key, never an empty string, never throws. */
export type SmsPartnerMessageFunction = <S extends SectionId>(
  section: S,
  code: CodeInput<S>,
  options?: SmsPartnerMessageOptions,
) => string;

/**
 * Like `SmsPartnerMessageFunction`, with the locale and register of the text and how close it is
 * to the code (`matched`). For the catalog metadata of a code, call core's `lookup(section, code)`.
 */
export type SmsPartnerExplainFunction = <S extends SectionId>(
  section: S,
  code: CodeInput<S>,
  options?: SmsPartnerMessageOptions,
) => ResolvedText;

/** Options every provider takes; `Pack`: see `LocaleModule`. */
export interface SmsPartnerProviderBaseProps<Pack extends LocalePack = CodePack> {
  /** Packs (or locale modules) available right away; pass the fallback locale's pack here to avoid any wait. */
  readonly packs?: readonly LocaleSource<Pack>[];
  /** Tried after the wanted locale and its parents. Default `en` (`defaultLocale` of react-intl's provider in the intl setup). */
  readonly fallbackLocale?: string;
  /** Default register. Default `friendly`. */
  readonly register?: Register;
}

/**
 * Loading packs on demand: props of the react-i18next and react-intl providers, whose locale comes
 * from their framework, and options of `useLocaleLoader`, which does it for the standalone provider
 * (so that an app without a loader ships none).
 */
export interface LocaleLoaderOptions<Pack extends LocalePack = CodePack> {
  /** Loads the packs of a locale on demand; see `LoadLocale`. */
  readonly loadLocale?: LoadLocale<Pack>;
  /** Told when a loader throws or rejects; the texts keep coming from the packs already there. */
  readonly onLoadError?: (error: unknown, locale: string) => void;
}
