import {
  createResolver,
  type Explanation,
  type LocalePack,
  type MessageOptions,
  type Register,
} from '@smspartner-i18n/core';
import {
  addI18nextResources,
  messageCandidates,
  messageParams,
  smsPartnerNamespaces,
} from '@smspartner-i18n/core/internal';
import { canonicalLocale, isRegister } from '@smspartner-i18n/core/runtime';
import type { i18n as I18n } from 'i18next';
import {
  type ReactElement,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useSyncExternalStore,
} from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import {
  type FieldTextSource,
  neverThrowing,
  SmsPartnerContext,
  type SmsPartnerContextValue,
} from './context.tsx';
import { guardedLoader, guardedOptions } from './guard.ts';
import { resourcesOf } from './sources.ts';
import type {
  LocaleLoaderOptions,
  SmsPartnerI18nextResources,
  SmsPartnerProviderBaseProps,
} from './types.ts';
import { useLocaleModules } from './use-locale-modules.ts';

export {
  SmsPartnerContext,
  type SmsPartnerContextValue,
  SmsPartnerMessage,
  useSmsPartner,
  useSmsPartnerMessage,
} from './context.tsx';
export type * from './types.ts';

/** The i18next namespaces our texts live in, one per register (core's definition). */
export { smsPartnerNamespaces };

function usable(instance: unknown): instance is I18n {
  try {
    return (
      typeof instance === 'object' &&
      instance !== null &&
      typeof (instance as I18n).getResource === 'function' &&
      typeof (instance as I18n).t === 'function'
    );
  } catch {
    return false;
  }
}

export interface AddResourcesOptions {
  /** A locale package's `resources`, or a list (`[fr.resources, en.resources]`); this package has no texts of its own. */
  readonly resources?: SmsPartnerI18nextResources | readonly SmsPartnerI18nextResources[];
}

/**
 * Adds our namespaces from locale packages' `resources` exports to an
 * i18next instance the app already runs, as the Node adapter's function of
 * the same name does. Keys the app already has are kept, so an app can
 * override any of our texts in its own resources. Returns the instance;
 * throws a `TypeError` for anything that is not an initialised i18next
 * instance.
 */
export function addSmsPartnerResources(i18n: I18n, options: AddResourcesOptions = {}): I18n {
  let resources: unknown;
  try {
    resources = options?.resources;
  } catch {
    // Options that throw when read: no resources.
  }
  addI18nextResources(i18n, resources);
  return i18n;
}

/** The first fallback language of an i18next instance, when it is a plain tag. */
function i18nextFallback(i18n: I18n | undefined): string | undefined {
  try {
    const fallback: unknown = i18n?.options?.fallbackLng;
    const first = Array.isArray(fallback) ? fallback[0] : fallback;
    return typeof first === 'string' && first !== 'dev' ? first : undefined;
  } catch {
    return undefined;
  }
}

/** The instance's language, when reading it does not throw. */
function i18nextLanguage(i18n: I18n | undefined): unknown {
  try {
    return i18n?.language;
  } catch {
    return undefined;
  }
}

type LooseT = (key: string, options: Record<string, unknown>) => unknown;

/** Takes message packs (by key) too: this setup resolves with core's main entry, which has the catalog. */
export interface SmsPartnerI18nextProviderProps
  extends SmsPartnerProviderBaseProps<LocalePack>,
    LocaleLoaderOptions<LocalePack> {
  readonly children?: ReactNode;
  /** The app's i18next instance. Default: the one of react-i18next (`I18nextProvider` or `initReactI18next`). */
  readonly i18n?: I18n;
}

/**
 * The react-i18next setup: texts follow the app's i18next language and come
 * from `t()` on our namespaces (`smspartner-official`, `smspartner-friendly`),
 * which this provider adds to the app's instance from the `resources` of the
 * locale modules it is given or loads. When i18next has none of the keys a
 * code can use, the packs answer, with the same fallback rules as the Node
 * adapter; there is never a raw key.
 */
export function SmsPartnerI18nextProvider({
  children,
  i18n: givenInstance,
  ...given
}: SmsPartnerI18nextProviderProps): ReactElement {
  const options = { ...guardedOptions(given), ...guardedLoader(given) };
  const fromContext = useContext(I18nContext)?.i18n;
  const candidate = givenInstance ?? fromContext ?? getI18n();
  const i18n = usable(candidate) ? candidate : undefined;

  // Re-render when the app changes language or adds resources (its own
  // backend loading our namespaces, for example): texts are read at call time.
  const version = useRef(0);
  const subscribe = useCallback(
    (notify: () => void) => {
      if (i18n === undefined) return () => {};
      const changed = () => {
        version.current++;
        notify();
      };
      // An instance whose event methods throw is read without updates, rather than breaking the tree.
      const attempt = (action: () => void) => {
        try {
          action();
        } catch {
          // Nothing to undo.
        }
      };
      attempt(() => i18n.on('languageChanged', changed));
      attempt(() => i18n.store?.on('added', changed));
      attempt(() => i18n.store?.on('removed', changed));
      return () => {
        attempt(() => i18n.off('languageChanged', changed));
        attempt(() => i18n.store?.off('added', changed));
        attempt(() => i18n.store?.off('removed', changed));
      };
    },
    [i18n],
  );
  const storeVersion = useSyncExternalStore(
    subscribe,
    () => version.current,
    () => version.current,
  );

  const fallbackLocale = options.fallbackLocale ?? i18nextFallback(i18n) ?? 'en';
  const language = canonicalLocale(i18nextLanguage(i18n)) ?? canonicalLocale(fallbackLocale) ?? 'en';
  const { chain, sources, packs, loading } = useLocaleModules(language, { ...options, fallbackLocale });
  const resources = useMemo(() => resourcesOf(sources), [sources]);

  // Adding during render (silently, once per resources object) means the
  // server render and the first client render already use them.
  const added = useRef<WeakMap<object, WeakSet<object>> | null>(null);
  if (i18n !== undefined) {
    added.current ??= new WeakMap();
    let done = added.current.get(i18n);
    if (done === undefined) {
      done = new WeakSet();
      added.current.set(i18n, done);
    }
    for (const moduleResources of resources) {
      if (done.has(moduleResources)) continue;
      done.add(moduleResources);
      try {
        addI18nextResources(i18n, moduleResources, true);
      } catch {
        // Resources (or an instance) that throw when read: the packs still answer.
      }
    }
  }

  const register = options.register;
  // biome-ignore lint/correctness/useExhaustiveDependencies: storeVersion is not read, it signals that the texts i18next holds changed, so consumers must re-render
  const value = useMemo<SmsPartnerContextValue>(() => {
    const defaultRegister: Register = isRegister(register) ? register : 'friendly';
    let resolver: ReturnType<typeof createResolver>;
    try {
      resolver = createResolver({ packs, locale: language, fallbackLocale, register: defaultRegister });
    } catch {
      resolver = createResolver({ packs: [], locale: language, register: defaultRegister });
    }

    function fromI18next(
      section: unknown,
      code: unknown,
      callOptions?: MessageOptions,
    ): Explanation | undefined {
      if (i18n === undefined) return undefined;
      const register = isRegister(callOptions?.register) ? callOptions.register : defaultRegister;
      const ns = smsPartnerNamespaces[register];
      const { entry, attempts } = messageCandidates(section, code);
      let params: Record<string, unknown> | undefined;
      for (const [key, matched] of attempts) {
        for (const lng of chain) {
          const source: unknown = i18n.getResource(lng, ns, key, { keySeparator: '.' });
          if (typeof source !== 'string' || source.trim() === '') continue;
          params ??= messageParams(entry, code, callOptions?.params);
          const text = (i18n.t as unknown as LooseT)(key, {
            lng,
            ns,
            keySeparator: '.',
            nsSeparator: false,
            replace: params,
            // React escapes text; i18next escaping on top would show `&lt;`.
            interpolation: { escapeValue: false },
          });
          // A text i18next cannot interpolate (an ICU plugin on the app's instance) is not shown half-done.
          if (typeof text !== 'string' || text.trim() === '' || text === key || text.includes('{{')) continue;
          const explanation = { text: text.trim(), locale: lng, register, matched, key };
          return entry === undefined ? explanation : { ...explanation, entry };
        }
      }
      return undefined;
    }

    /** A field's text from the app's i18next instance: the first of the keys it has, in the chain's order. */
    const lookup: FieldTextSource['lookup'] = (keys, params, register) => {
      if (i18n === undefined) return undefined;
      const ns = smsPartnerNamespaces[register];
      for (const [index, key] of keys.entries()) {
        for (const lng of chain) {
          const source: unknown = i18n.getResource(lng, ns, key, { keySeparator: '.' });
          if (typeof source !== 'string' || source.trim() === '') continue;
          const text = (i18n.t as unknown as LooseT)(key, {
            lng,
            ns,
            keySeparator: '.',
            nsSeparator: false,
            // The values belong to the first key (the rule's text); the others take none.
            replace: index === 0 ? params : {},
            interpolation: { escapeValue: false },
          });
          if (typeof text !== 'string' || text.trim() === '' || text === key || text.includes('{{')) continue;
          return { text: text.trim(), locale: lng, key };
        }
      }
      return undefined;
    };

    return {
      locale: language,
      register: defaultRegister,
      loading,
      fields: { packs, locale: language, fallbackLocale, lookup },
      explain: neverThrowing(
        (section, code, callOptions) =>
          fromI18next(section, code, callOptions) ?? resolver.explain(section, code, callOptions),
        defaultRegister,
      ),
    };
  }, [i18n, chain, packs, language, fallbackLocale, register, loading, storeVersion]);

  return <SmsPartnerContext.Provider value={value}>{children}</SmsPartnerContext.Provider>;
}
