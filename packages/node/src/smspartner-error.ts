import {
  type CatalogEntry,
  isSectionId,
  lookup,
  type Register,
  type SectionId,
  sanitizeCode,
} from '@smspartner-i18n/core';
import { recognizeFieldMessage } from '@smspartner-i18n/core/fields';
import { terminalText } from '@smspartner-i18n/core/internal';
import type { PackSource } from '@smspartner-i18n/core/runtime';
import type { EntryKey } from '@smspartner-i18n/core/types';
import { read } from './read.ts';
import { createTranslator } from './translator.ts';

/** A request field SMSPartner rejected, with SMSPartner's own message for it and what it means. */
export interface FieldError {
  /** The request field (`phoneNumbers`), reduced from `elementId` (`children[phoneNumbers].data`). */
  readonly field: string;
  /** SMSPartner's text, as sent (often unaccented French): for logs, never for an end user. */
  readonly message: string;
  /**
   * The key of the text that explains it (`sms.send.fields.phoneNumbers.invalid`; the field's
   * `…unknown` for a message not recognised, `sms.send.fields.unknownField` for a field not listed);
   * `undefined` in a section without a field layer.
   */
  readonly key?: string;
  /** The rule the message reports (`invalid`), `unknown` when not recognised. */
  readonly rule?: string;
  /** The values the message quotes (`{ phoneNumber: '922264' }`, `{ maxLength: 11 }`). */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A field error explained in the reader's language. */
export interface FieldSentence {
  readonly field: string;
  readonly key: string | undefined;
  /** The sentence; never SMSPartner's own words. */
  readonly text: string;
  readonly locale: string;
}

/**
 * What went wrong, as far as the response tells:
 * - `api-error`: SMSPartner answered `success: false` (with a code, usually)
 * - `empty-body`, `not-json` (an HTML error page, plain text), `invalid-json`
 *   (truncated or malformed), `body-too-large`, `unexpected-body` (JSON that
 *   is not an SMSPartner envelope), `body-unreadable` (the stream failed or
 *   was already read): there was no usable answer; see `httpStatus`
 * - `network`: the request never got an answer (made by the caller from a fetch failure)
 */
export type SmsPartnerErrorReason =
  | 'api-error'
  | 'empty-body'
  | 'not-json'
  | 'invalid-json'
  | 'body-too-large'
  | 'unexpected-body'
  | 'body-unreadable'
  | 'network'
  | 'timeout';

const reasons: ReadonlySet<unknown> = new Set<SmsPartnerErrorReason>([
  'api-error',
  'empty-body',
  'not-json',
  'invalid-json',
  'body-too-large',
  'unexpected-body',
  'body-unreadable',
  'network',
  'timeout',
]);

export interface SmsPartnerErrorOptions {
  /** The API section the request belongs to; it decides what the code means. */
  readonly section?: SectionId;
  /** The code as SMSPartner sent it: a number, or a string (`"11"`, `NOT_CREDIT`). */
  readonly code?: number | string;
  readonly apiMessage?: string;
  readonly fields?: readonly FieldError[];
  readonly httpStatus?: number;
  /** Default `api-error`. */
  readonly reason?: SmsPartnerErrorReason;
  /** Seconds to wait before trying again, as the upstream `Retry-After` header said. */
  readonly retryAfter?: number;
  readonly cause?: unknown;
}

export interface LocalizeOptions {
  readonly register?: Register;
  readonly fallbackLocale?: string;
  /** More packs, as for `createTranslator`: packs, their modules, or lists of them. */
  readonly locales?: PackSource;
}

/** The brand that `isSmsPartnerError` checks: one symbol per realm, shared by every copy of this package. */
export const smsPartnerErrorBrand: unique symbol = Symbol.for('smspartner-i18n.SmsPartnerError');

const MAX_API_MESSAGE_LENGTH = 1000;
const MAX_FIELDS = 100;
const MAX_FIELD_LENGTH = 100;
const MAX_FIELD_MESSAGE_LENGTH = 500;
const MAX_RAW_CODE_LENGTH = 64;
/** `message` is one log line: long enough for SMSPartner's text and a few field names. */
const MAX_LOG_MESSAGE_LENGTH = 2000;

function boundedText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function rawCode(code: unknown): number | string | undefined {
  if (typeof code === 'number') return Number.isFinite(code) ? code : undefined;
  if (typeof code === 'bigint') return rawCode(code.toString());
  return boundedText(code, MAX_RAW_CODE_LENGTH);
}

function httpStatusOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599
    ? value
    : undefined;
}

/** The fields, bounded, each recognised by core's field layer (the same for every copy of this package). */
function fieldList(value: unknown, section: SectionId | undefined): readonly FieldError[] {
  const fields: FieldError[] = [];
  try {
    if (!Array.isArray(value)) return Object.freeze(fields);
    const length = Math.min(value.length, MAX_FIELDS);
    for (let index = 0; index < length; index++) {
      try {
        const item: unknown = value[index];
        const given = boundedText(read(item, 'field'), MAX_FIELD_LENGTH) ?? '';
        const message = boundedText(read(item, 'message'), MAX_FIELD_MESSAGE_LENGTH) ?? '';
        if (given === '' && message === '') continue;
        const { field, key, rule, params } = recognizeFieldMessage(section, given, message);
        fields.push(
          Object.freeze({
            field,
            message,
            ...(key !== undefined ? { key } : {}),
            ...(rule !== undefined ? { rule } : {}),
            params,
          }),
        );
      } catch {
        // A field whose getters throw is left out.
      }
    }
  } catch {
    // A list whose length or items cannot be read: the fields read so far.
  }
  return Object.freeze(fields);
}

function retryAfterOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.min(Math.ceil(value), 86_400 * 7)
    : undefined;
}

const reasonText: Record<SmsPartnerErrorReason, string> = {
  'api-error': 'SMSPartner answered with an error',
  'empty-body': 'the response body was empty',
  'not-json': 'the response body was not JSON',
  'invalid-json': 'the response body was malformed or truncated JSON',
  'body-too-large': 'the response body was too large to read',
  'unexpected-body': 'the response body was JSON but not an SMSPartner answer',
  'body-unreadable': 'the response body could not be read',
  network: 'the request got no response',
  timeout: 'the request timed out before SMSPartner answered',
};

/**
 * An error answer of the SMSPartner API (or the lack of a usable one), with
 * what an app needs to act on it and to explain it in its user's language.
 * `message` is for logs (code, key, SMSPartner's own text); `localize()` gives the end user's text.
 */
export class SmsPartnerError extends Error {
  override readonly name = 'SmsPartnerError' as const;
  /** The section given, when it is one of the catalog's. */
  readonly section: SectionId | undefined;
  /** The code: the catalog's form when known (`11`, `NOT_CREDIT`), else as received; absent when the response had none. */
  readonly code: number | string | undefined;
  /** The catalog key, when the code is known (`sms.send.insufficientCredit`). */
  readonly key: EntryKey | undefined;
  /** The catalog entry, when the code is known: category, who can fix it, and more. */
  readonly entry: CatalogEntry | undefined;
  /** SMSPartner's own text, kept as sent (usually French). */
  readonly apiMessage: string | undefined;
  /** The request fields SMSPartner rejected (validation errors, code 9), each with the key of its text. */
  readonly fields: readonly FieldError[];
  /** Seconds to wait before trying again, from SMSPartner's `Retry-After` header, when it sent one. */
  readonly retryAfter: number | undefined;
  /** Whether the same request can succeed later: the catalog's flag, or HTTP 429/5xx when the code is unknown. */
  readonly retryable: boolean;
  readonly httpStatus: number | undefined;
  readonly reason: SmsPartnerErrorReason;

  /** Takes any value (what is not usable is left out); never throws. */
  constructor(options: SmsPartnerErrorOptions = {}) {
    const given = typeof options === 'object' && options !== null ? options : undefined;
    const givenSection = read(given, 'section');
    const section = isSectionId(givenSection) ? givenSection : undefined;
    const givenCode = read(given, 'code');
    const entry = lookup(section, givenCode);
    const code = entry?.code ?? rawCode(givenCode);
    const httpStatus = httpStatusOf(read(given, 'httpStatus'));
    const givenReason = read(given, 'reason');
    const reason = reasons.has(givenReason) ? (givenReason as SmsPartnerErrorReason) : 'api-error';
    const apiMessage = boundedText(read(given, 'apiMessage'), MAX_API_MESSAGE_LENGTH);
    const fields = fieldList(read(given, 'fields'), section);
    const cause = read(given, 'cause');
    super(
      terminalText(
        developerMessage(section, code, entry, apiMessage, fields, httpStatus, reason),
        MAX_LOG_MESSAGE_LENGTH,
      ),
      cause === undefined ? undefined : { cause },
    );
    this.section = section;
    this.code = code;
    this.key = entry?.key;
    this.entry = entry;
    this.apiMessage = apiMessage;
    this.fields = fields;
    this.retryable =
      entry?.retryable ??
      (reason === 'network' ||
        reason === 'timeout' ||
        httpStatus === 429 ||
        (httpStatus !== undefined && httpStatus >= 500));
    this.httpStatus = httpStatus;
    this.reason = reason;
    this.retryAfter = retryAfterOf(read(given, 'retryAfter'));
  }

  get [smsPartnerErrorBrand](): true {
    return true;
  }

  /** `instanceof` works with errors made by another copy of this package (ESM and CJS, two versions). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class `instanceof` was asked about: subclasses keep the usual prototype check.
    // biome-ignore lint/complexity/noThisInStatic: the receiver is the point here
    if (this !== SmsPartnerError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return isSmsPartnerError(value);
  }

  /** The sentence for this error in `locale` (`fr-CA` → French), friendly unless told otherwise. Never throws. */
  localize(locale?: string, options: LocalizeOptions = {}): string {
    const given = typeof options === 'object' && options !== null ? options : undefined;
    return createTranslator({
      locale: typeof locale === 'string' ? locale : undefined,
      fallbackLocale: read(given, 'fallbackLocale') as string | undefined,
      register: read(given, 'register') as Register | undefined,
      locales: read(given, 'locales') as PackSource | undefined,
    }).message(read(this, 'section'), read(this, 'code'));
  }

  /**
   * A sentence per rejected field in `locale` (`[{ field: 'phoneNumbers', key, text: 'The phone
   * number 922264 is not valid. …', locale }]`), friendly unless told otherwise; never SMSPartner's
   * own words. Never throws.
   */
  localizeFields(locale?: string, options: LocalizeOptions = {}): readonly FieldSentence[] {
    const given: LocalizeOptions = typeof options === 'object' && options !== null ? options : {};
    return createTranslator({
      locale,
      fallbackLocale: given.fallbackLocale,
      register: given.register,
      locales: given.locales,
    }).explainFields(this.section, this.fields);
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      section: this.section ?? null,
      code: this.code ?? null,
      key: this.key ?? null,
      apiMessage: this.apiMessage ?? null,
      fields: this.fields,
      retryable: this.retryable,
      httpStatus: this.httpStatus ?? null,
      reason: this.reason,
      retryAfter: this.retryAfter ?? null,
    };
  }
}

function developerMessage(
  section: SectionId | undefined,
  code: number | string | undefined,
  entry: CatalogEntry | undefined,
  apiMessage: string | undefined,
  fields: readonly FieldError[],
  httpStatus: number | undefined,
  reason: SmsPartnerErrorReason,
): string {
  // `SMSPartner sms.send error 11`; `SMSPartner error 11` when the caller named no section.
  const where = section === undefined ? 'SMSPartner' : `SMSPartner ${section}`;
  const http = httpStatus === undefined ? '' : ` (HTTP ${httpStatus})`;
  if (reason !== 'api-error') return `${where}: ${reasonText[reason]}${http}`;
  const shownCode = sanitizeCode(code);
  // SMSPartner's own text is what a log wants (`localize('en', { register: 'official' })` gives the catalog's);
  // no resolver here, so that a list answer with thousands of item errors stays cheap.
  const said = apiMessage === undefined ? '' : `: ${apiMessage}`;
  const head =
    entry !== undefined
      ? `${where} error ${shownCode} (${entry.key})${said}`
      : `${where} error ${shownCode ?? 'without a code'}${said}`;
  const fieldNames = fields.map((field) => field.field).filter((field) => field !== '');
  return `${head}${http}${fieldNames.length > 0 ? ` [fields: ${fieldNames.join(', ')}]` : ''}`;
}

/** True for an `SmsPartnerError` from any copy of this package (ESM or CJS build, another version). Never throws. */
export function isSmsPartnerError(value: unknown): value is SmsPartnerError {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[smsPartnerErrorBrand] === true
    );
  } catch {
    return false;
  }
}
