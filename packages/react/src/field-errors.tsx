// `@smspartner-i18n/react/fields`: its own entry, so that the patterns of the field messages ship
// only with the apps that show field errors; catalog-free, like the providers. It works under the
// provider of any of the three setups: it reads the texts they describe in the context (`fields`).
import {
  explainField,
  type FieldExplanation,
  type FieldToExplain,
  fieldCandidates,
  fieldErrorsOf,
  fieldKeyInfo,
  type Register,
  recognizeFieldMessage,
} from '@smspartner-i18n/core/fields';
import { own } from '@smspartner-i18n/core/internal';
import { type ReactElement, useContext, useMemo } from 'react';
import { SmsPartnerContext, type SmsPartnerContextValue } from './context.tsx';

/** A rejected request field, explained in the provider's language. */
export interface SmsPartnerFieldSentence {
  /** The request field (`phoneNumbers`); empty when the answer named none and the message names none. */
  readonly field: string;
  /** JSON pointer into the request (`#/phoneNumbers`), as in the problem details' `errors`. */
  readonly pointer: string;
  /** The key of the text shown (`sms.send.fields.phoneNumbers.invalid`), when there is one. */
  readonly key: string | undefined;
  /** The sentence; never SMSPartner's own words. */
  readonly text: string;
  /** The language of `text` (for `lang`). */
  readonly locale: string;
}

/**
 * Where the rejected fields come from: an `SmsPartnerError` of `@smspartner-i18n/node` (or its
 * JSON), SMSPartner's raw answer body (`{ success: false, code: 9, error: [...] }`), or the
 * RFC 9457 problem your own server sent (`{ errors: [{ pointer, field, key, params, detail }] }`).
 */
export type SmsPartnerFieldSource = unknown;

export interface SmsPartnerFieldOptions {
  /** The API section, when the source does not say (a raw body). Default `sms.send`. */
  readonly section?: string;
  /** Default: the provider's register. */
  readonly register?: Register;
}

interface FieldInput {
  readonly field: string;
  readonly rule?: string;
  readonly params?: Readonly<Record<string, unknown>>;
  /** The server's own sentence (a problem's `detail`), used when no pack has the field's text. */
  readonly detail?: string;
}

const MAX_FIELDS = 100;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The section the source names, else the option's, else `sms.send`. */
function sectionOf(source: unknown, options: SmsPartnerFieldOptions | undefined): string {
  const named = own(source, 'section');
  if (typeof named === 'string' && named !== '') return named;
  return typeof options?.section === 'string' ? options.section : 'sms.send';
}

/** `phoneNumbers` from `#/phoneNumbers`, `SMSList.0.phoneNumber` from `#/SMSList/0/phoneNumber`. */
function fieldOfPointer(pointer: string): string {
  if (!pointer.startsWith('#/')) return '';
  return pointer
    .slice(2)
    .split('/')
    .map((part) => {
      try {
        return decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
      } catch {
        return part;
      }
    })
    .join('.');
}

/** The rejected fields of any of the three sources, each with its rule when it can be known. */
function fieldInputs(source: unknown, section: string): FieldInput[] {
  const inputs: FieldInput[] = [];
  const fields = own(source, 'fields');
  const errors = own(source, 'errors');
  if (Array.isArray(fields) && fields.length > 0) {
    // An SmsPartnerError (or its toJSON): fields already read, recognised when they carry no rule.
    for (const item of fields.slice(0, MAX_FIELDS)) {
      const rule = own(item, 'rule');
      const params = own(item, 'params');
      if (typeof rule === 'string')
        inputs.push({
          field: text(own(item, 'field')),
          rule,
          ...(typeof params === 'object' && params !== null
            ? { params: params as Record<string, unknown> }
            : {}),
        });
      else inputs.push(recognized(section, own(item, 'field'), own(item, 'message')));
    }
    return inputs;
  }
  if (
    Array.isArray(errors) &&
    errors.some((item) => own(item, 'pointer') !== undefined || own(item, 'detail') !== undefined)
  ) {
    // A problem: its keys say the rule; its `detail` is the server's sentence.
    for (const item of errors.slice(0, MAX_FIELDS)) {
      const info = fieldKeyInfo(own(item, 'key'));
      const field = text(own(item, 'field')) || fieldOfPointer(text(own(item, 'pointer')));
      const params = own(item, 'params');
      const detail = text(own(item, 'detail'));
      inputs.push({
        field: info?.field ?? field,
        ...(info?.rule !== undefined ? { rule: info.rule } : {}),
        ...(typeof params === 'object' && params !== null
          ? { params: params as Record<string, unknown> }
          : {}),
        ...(detail !== '' ? { detail } : {}),
      });
    }
    return inputs;
  }
  // SMSPartner's own body.
  for (const item of fieldErrorsOf(source)) inputs.push(recognized(section, item.field, item.message));
  return inputs;
}

function recognized(section: string, field: unknown, message: unknown): FieldInput {
  const found = recognizeFieldMessage(section, field, message);
  return {
    field: found.field,
    ...(found.rule !== undefined ? { rule: found.rule } : {}),
    params: found.params,
  };
}

function pointerOf(field: string): string {
  if (field === '') return '#';
  return `#/${field
    .split('.')
    .map((part) => encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1')))
    .join('/')}`;
}

/** One field's sentence with the context's texts: the app's i18next instance first, when it has one, then the packs. */
function explainWith(
  context: SmsPartnerContextValue,
  section: string,
  input: FieldToExplain,
  callRegister: Register | undefined,
): FieldExplanation {
  const register: Register = callRegister ?? context.register;
  const source = context.fields;
  const lookup = source?.lookup;
  if (lookup !== undefined) {
    const { keys, params } = fieldCandidates(section, input);
    const hit = lookup(keys, params, register);
    if (hit !== undefined) {
      const matched = hit.key.endsWith('.unknownField')
        ? 'section'
        : hit.key.endsWith('.unknown')
          ? 'field'
          : 'rule';
      return { text: hit.text, locale: hit.locale, register, matched, key: hit.key };
    }
  }
  return explainField(
    {
      packs: source?.packs ?? [],
      locale: source?.locale ?? context.locale,
      fallbackLocale: source?.fallbackLocale ?? 'en',
      register,
    },
    section,
    input,
    register,
  );
}

/** The sentences of a source with a context's texts. Never throws. */
export function fieldSentences(
  context: SmsPartnerContextValue,
  source: unknown,
  options?: SmsPartnerFieldOptions,
): readonly SmsPartnerFieldSentence[] {
  try {
    const section = sectionOf(source, options);
    return fieldInputs(source, section).map((input) => {
      const answer = explainWith(context, section, input, options?.register);
      // No pack had the field's text (a section without a field layer): the server's sentence, else the answer.
      const fromServer = answer.matched === 'none' && input.detail !== undefined;
      return Object.freeze({
        field: input.field,
        pointer: pointerOf(input.field),
        key: answer.key,
        text: fromServer ? input.detail! : answer.text,
        locale: fromServer ? context.locale : answer.locale,
      });
    });
  } catch {
    return [];
  }
}

/**
 * The localized sentence of each rejected field of a validation answer, from an
 * `SmsPartnerError`, SMSPartner's raw body or your server's problem JSON, in the
 * provider's language (standalone, react-i18next or react-intl). Never throws.
 */
export function useSmsPartnerFieldErrors(
  source: SmsPartnerFieldSource,
  options?: SmsPartnerFieldOptions,
): readonly SmsPartnerFieldSentence[] {
  const context = useContext(SmsPartnerContext);
  const section = options?.section;
  const register = options?.register;
  return useMemo(
    () =>
      fieldSentences(context, source, {
        ...(section !== undefined ? { section } : {}),
        ...(register !== undefined ? { register } : {}),
      }),
    [context, source, section, register],
  );
}

export interface SmsPartnerFieldErrorsProps extends SmsPartnerFieldOptions {
  /** The error, raw body or problem JSON. */
  readonly source: SmsPartnerFieldSource;
  /** Only this field's sentences (`phoneNumbers`), to sit beside its input; default every field. */
  readonly field?: string;
  /** Passed to each sentence's element (for `aria-describedby`: the first one gets it). */
  readonly id?: string;
  readonly className?: string;
}

function language(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

/**
 * The localized sentences of the rejected fields, one `<span>` each (with `lang` when a text had
 * to come from another language), or nothing when the field has no error. Text only: React
 * escapes it.
 */
export function SmsPartnerFieldErrors(props: SmsPartnerFieldErrorsProps): ReactElement | null {
  const context = useContext(SmsPartnerContext);
  const sentences = useSmsPartnerFieldErrors(props.source, {
    ...(props.section !== undefined ? { section: props.section } : {}),
    ...(props.register !== undefined ? { register: props.register } : {}),
  });
  const shown =
    props.field === undefined
      ? sentences
      : sentences.filter((sentence) => sentence.field.toLowerCase() === props.field!.toLowerCase());
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((sentence, index) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt from the source on each change; sentences have no identity of their own
          key={index}
          {...(index === 0 && props.id !== undefined ? { id: props.id } : {})}
          {...(props.className !== undefined ? { className: props.className } : {})}
          data-field={sentence.field}
          {...(language(sentence.locale) !== language(context.locale) ? { lang: sentence.locale } : {})}
        >
          {sentence.text}
        </span>
      ))}
    </>
  );
}
