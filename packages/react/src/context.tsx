// The catalog-free runtime: this module is in the chunk every entry shares, so importing core's
// main entry here would ship the metadata of all 225 codes to every app (issue 7: BENCHMARKS.md).
import {
  canonicalLocale,
  createExplainer,
  isRegister,
  lastResortText,
  type MessageOptions,
  type PackSource,
  type Register,
  type ResolvedText,
  type SectionId,
} from '@smspartner-i18n/core/runtime';
import { createContext, type ReactElement, useContext, useMemo } from 'react';
import type {
  SmsPartnerExplainFunction,
  SmsPartnerMessageFunction,
  SmsPartnerMessageProps,
} from './types.ts';

/** What every setup (standalone, react-i18next, react-intl) provides to the component and the hooks. */
export interface SmsPartnerContextValue {
  /** The locale the tree asks for, canonical (`fr-CA`). */
  readonly locale: string;
  /** The provider's default register. */
  readonly register: Register;
  /** True while a pack of the locale chain is still loading; texts come from the packs already there. */
  readonly loading: boolean;
  /** The sentence and where it came from; a setup may add more (the react-i18next one adds the key and the catalog entry). */
  readonly explain: (section: unknown, code: unknown, options?: MessageOptions) => ResolvedText;
  /**
   * Where `@smspartner-i18n/react/fields` reads the texts of rejected fields: the setup's packs and
   * locale chain, and, in the react-i18next setup, the app's instance first (`lookup`: the first of
   * `keys` it has a text for). Data, not code, so that an app that shows no field errors ships none.
   */
  readonly fields?: FieldTextSource;
}

export interface FieldTextSource {
  readonly packs: PackSource;
  readonly locale: string;
  readonly fallbackLocale: string;
  readonly lookup?: (
    keys: readonly string[],
    params: Readonly<Record<string, string | number>>,
    register: Register,
  ) => { readonly text: string; readonly locale: string; readonly key: string } | undefined;
}

/** The answer when nothing else can give one: never a key, never empty. */
function lastResort(register: Register): ResolvedText {
  return { text: lastResortText, locale: 'en', register, matched: 'generic' };
}

/** Without a provider there is no pack: every text is the last-resort sentence, never a key. */
const withoutProvider: SmsPartnerContextValue = {
  locale: 'en',
  register: 'friendly',
  loading: false,
  // Made per call, as everywhere: an explainer is cheap, and none is shared.
  explain: (section, code, options) => createExplainer({ packs: [] }).explain(section, code, options),
};

export const SmsPartnerContext = createContext<SmsPartnerContextValue>(withoutProvider);
SmsPartnerContext.displayName = 'SmsPartnerContext';

/**
 * Wraps a setup's `explain` so that nothing it does (a broken i18next
 * plugin, a pack of the wrong shape) can throw during render.
 */
export function neverThrowing(
  explain: SmsPartnerContextValue['explain'],
  fallbackRegister: Register,
): SmsPartnerContextValue['explain'] {
  return (section, code, options) => {
    try {
      return explain(section, code, options);
    } catch {
      // Nothing of the caller's options is read here: they may be what threw.
      return lastResort(fallbackRegister);
    }
  };
}

/**
 * Builds the context value of the setups that resolve from packs (standalone and react-intl), with
 * the catalog-free resolver: it reads code packs (what the locale packages export as `pack`);
 * a message pack made by hand counts once `toCodePack` of core has turned it into one.
 */
export function useResolverContext(
  locale: string,
  packs: Parameters<typeof createExplainer>[0]['packs'],
  options: { readonly fallbackLocale?: string; readonly register?: Register; readonly loading: boolean },
): SmsPartnerContextValue {
  const { fallbackLocale, register, loading } = options;
  return useMemo(() => {
    const defaultRegister: Register = isRegister(register) ? register : 'friendly';
    // `explain` only: the components never call `message`, so the bundle leaves it out. The
    // explainer never throws, whatever its options and packs are.
    const resolver = createExplainer({ packs, locale, fallbackLocale, register: defaultRegister });
    return {
      locale: canonicalLocale(locale) ?? resolver.localeChain[0] ?? 'en',
      register: defaultRegister,
      loading,
      explain: resolver.explain,
      fields: { packs, locale, fallbackLocale: fallbackLocale ?? 'en' },
    };
  }, [packs, locale, fallbackLocale, register, loading]);
}

function language(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

/** The nearest provider's state and functions; works (with the last-resort text) without a provider. */
export function useSmsPartner(): {
  readonly locale: string;
  readonly register: Register;
  readonly loading: boolean;
  readonly message: SmsPartnerMessageFunction;
  readonly explain: SmsPartnerExplainFunction;
} {
  const context = useContext(SmsPartnerContext);
  return useMemo(() => {
    // The context may be an app's own value (SmsPartnerContext is exported): read it once, defensively.
    const { locale, register, loading, explain } = readContext(context);
    return {
      locale,
      register,
      loading,
      message: (section, code, options) => explain(section, code, options).text,
      explain: (section, code, options) => explain(section, code, options),
    };
  }, [context]);
}

/** A context value made safe: fields of the right type (or the defaults), and an `explain` that always answers. */
function readContext(context: unknown): SmsPartnerContextValue {
  if (context === withoutProvider) return withoutProvider;
  let locale: unknown;
  let register: unknown;
  let loading: unknown;
  let explain: unknown;
  try {
    ({ locale, register, loading, explain } = context as SmsPartnerContextValue);
  } catch {
    return withoutProvider;
  }
  const defaultRegister: Register = isRegister(register) ? register : 'friendly';
  if (typeof explain !== 'function') return { ...withoutProvider, register: defaultRegister };
  const given = explain as SmsPartnerContextValue['explain'];
  return {
    locale: canonicalLocale(locale) ?? 'en',
    register: defaultRegister,
    loading: loading === true,
    explain: (section, code, options) => {
      try {
        const answer = given(section, code, options);
        if (typeof answer?.text === 'string' && answer.text !== '' && typeof answer.locale === 'string')
          return answer;
      } catch {
        // The last-resort sentence, below.
      }
      return lastResort(defaultRegister);
    },
  };
}

/**
 * `(section, code, options) => string`: the sentence for a code in the
 * provider's locale, with the same fallbacks as the Node adapter.
 */
export function useSmsPartnerMessage(): SmsPartnerMessageFunction {
  return useSmsPartner().message;
}

/**
 * The sentence for an SMSPartner code, as text (React escapes it: a
 * parameter holding HTML shows as text). When the text had to come from
 * another language than the provider's (a pack still loading, a missing
 * translation), it is wrapped in `<span lang="…">` so that screen readers
 * pronounce it right.
 */
export function SmsPartnerMessage<S extends SectionId>(props: SmsPartnerMessageProps<S>): ReactElement {
  const context = useContext(SmsPartnerContext);
  const { locale, explain } = useMemo(() => readContext(context), [context]);
  // `readContext` made it an `explain` that always answers, with a sentence and its locale.
  const { text, locale: textLocale } = explain(props.section, props.code, {
    register: props.register,
    params: props.params,
  });
  return language(textLocale) !== language(locale) ? <span lang={textLocale}>{text}</span> : <>{text}</>;
}
