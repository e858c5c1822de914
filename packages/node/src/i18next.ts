/**
 * `@smspartner-i18n/node/i18next`: the SMSPartner texts for apps that run
 * i18next. The only module of this package that imports i18next (an
 * optional peer dependency), so the main entry never needs it.
 */
import { lastResortText, lookup, type Register } from '@smspartner-i18n/core';
import { fieldCandidates, lastResortFieldText, recognizeFieldMessage } from '@smspartner-i18n/core/fields';
import {
  addI18nextResources,
  messageCandidates,
  messageParams,
  type SmsPartnerI18nextResources,
  smsPartnerNamespaces,
} from '@smspartner-i18n/core/internal';
import { isRegister } from '@smspartner-i18n/core/runtime';
import { resources as englishResources } from '@smspartner-i18n/locale-en';
import { resources as frenchResources } from '@smspartner-i18n/locale-fr';
import { createInstance, type InitOptions, type i18n } from 'i18next';
import { read } from './read.ts';
import type { FieldError } from './smspartner-error.ts';

/** i18next resources as the locale packages export them (core's type, under the name both adapters use). */
export type { SmsPartnerI18nextResources };
/** The i18next namespace of each register (core's definition). */
export { smsPartnerNamespaces };
/** @deprecated The same type as `SmsPartnerI18nextResources`, the name both adapters use. */
export type SmsPartnerResources = SmsPartnerI18nextResources;

const builtInResources: readonly SmsPartnerI18nextResources[] = [englishResources, frenchResources];

export interface AddResourcesOptions {
  /** More resources (another locale package's `resources`, or a list); the built-in English and French are always added. */
  readonly resources?: SmsPartnerI18nextResources | readonly SmsPartnerI18nextResources[];
}

/**
 * Adds the SMSPartner namespaces, in every language this package has, to an
 * i18next instance the app already runs. Texts the app already holds under
 * the same keys win (nothing is overwritten). Returns the instance; throws a
 * `TypeError` for anything that is not an initialised i18next instance.
 */
export function addSmsPartnerResources(instance: i18n, options: AddResourcesOptions = {}): i18n {
  // The app's resources first: nothing overwrites, so they win over the built-in ones.
  addI18nextResources(instance, read(options, 'resources'));
  addI18nextResources(instance, builtInResources);
  return instance;
}

export interface I18nextInstanceOptions extends AddResourcesOptions {
  /** Default `en`. */
  readonly lng?: string;
  /** Default `en`. */
  readonly fallbackLng?: string;
  /** The default namespace's register. Default `friendly`. */
  readonly register?: Register;
  /** Other i18next options, passed through (`lng`, `fallbackLng`, `ns` and `defaultNS` are set by this helper). */
  readonly init?: InitOptions;
}

/**
 * A new i18next instance holding only the SMSPartner namespaces, ready to
 * use (initialised synchronously). For an app without i18next of its own,
 * or to keep these texts apart from the app's.
 */
export function createI18nextInstance(options: I18nextInstanceOptions = {}): i18n {
  const givenRegister = read(options, 'register');
  const register: Register = isRegister(givenRegister) ? givenRegister : 'friendly';
  const lng = read(options, 'lng');
  const fallbackLng = read(options, 'fallbackLng');
  let init: object = {};
  try {
    const value = read(options, 'init');
    // A copy: i18next reads the options again later, and a getter that throws must not reach it.
    if (typeof value === 'object' && value !== null) init = { ...value };
  } catch {
    init = {};
  }
  const make = (extra: object): i18n => {
    const instance = createInstance({
      ...extra,
      lng: typeof lng === 'string' && lng !== '' ? lng : 'en',
      fallbackLng: typeof fallbackLng === 'string' && fallbackLng !== '' ? fallbackLng : 'en',
      ns: [smsPartnerNamespaces.friendly, smsPartnerNamespaces.official],
      defaultNS: smsPartnerNamespaces[register],
      // Texts are shown as text; escaping is the view's job.
      interpolation: { escapeValue: false },
      // Nothing to load: initialise synchronously (`initImmediate` is i18next 23's name for it).
      initAsync: false,
      ...({ initImmediate: false } as object),
    });
    // The store (and addResourceBundle) exists once init has run; with no backend and `initAsync: false` it runs synchronously.
    void instance.init();
    return instance;
  };
  let instance: i18n;
  try {
    instance = make(init);
  } catch {
    // Options i18next itself cannot take (a value whose getters throw): an instance without them.
    instance = make({});
  }
  addSmsPartnerResources(instance, {
    resources: read(options, 'resources') as AddResourcesOptions['resources'],
  });
  return instance;
}

/**
 * The keys to pass to `t()` for a code, best first (the code's key, the
 * section's text for unknown codes, the global one): i18next takes the
 * first it has.
 */
export function smsPartnerKeys(section: unknown, code: unknown): string[] {
  return messageCandidates(section, code).attempts.map(([key]) => key);
}

export interface TranslateOptions {
  readonly register?: Register;
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * The sentence for a code through an i18next instance: the same keys,
 * fallbacks and arguments as `createTranslator`, in the instance's language.
 */
export function translateCode(
  instance: i18n,
  section: unknown,
  code: unknown,
  options: TranslateOptions = {},
): string {
  const givenRegister = read(options, 'register');
  const register: Register = isRegister(givenRegister) ? givenRegister : 'friendly';
  try {
    const params = messageParams(
      lookup(section, code),
      code,
      read(options, 'params') as TranslateOptions['params'],
    );
    const text: unknown = instance.t(smsPartnerKeys(section, code), {
      ...params,
      ns: smsPartnerNamespaces[register],
      defaultValue: '',
    });
    if (typeof text === 'string' && text.trim() !== '' && !smsPartnerKeys(section, code).includes(text))
      return text;
  } catch {
    // Not an i18next instance, or one whose t() throws: the last-resort text below.
  }
  return lastResortText;
}

/**
 * The sentence for a field error of a validation answer (an item of `error.fields`) through an
 * i18next instance: the same keys and arguments as `createTranslator().explainFields`, in the
 * instance's language. Never SMSPartner's own words; never throws.
 */
export function translateField(
  instance: i18n,
  section: unknown,
  field: unknown,
  options: { readonly register?: Register } = {},
): string {
  const register: Register = isRegister(options?.register) ? options.register : 'friendly';
  try {
    const given = (typeof field === 'object' && field !== null ? field : {}) as Partial<FieldError>;
    const recognized =
      typeof given.rule === 'string'
        ? { field: given.field, rule: given.rule, params: given.params }
        : recognizeFieldMessage(section, given.field, given.message);
    const { keys, params } = fieldCandidates(section, recognized);
    if (keys.length > 0) {
      // Plain text, not HTML: the values SMSPartner quotes (`21/11/2014`) are not escaped.
      const text: unknown = instance.t([...keys], {
        ...params,
        ns: smsPartnerNamespaces[register],
        defaultValue: '',
        interpolation: { escapeValue: false },
      });
      if (typeof text === 'string' && text.trim() !== '' && !keys.includes(text)) return text;
    }
    // No field layer in that section (or no text in the instance): the section's own sentence.
    return translateCode(instance, section, undefined, { register });
  } catch {
    return lastResortFieldText;
  }
}
