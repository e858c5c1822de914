import { type CatalogEntry, isSectionId, type SectionId } from '@smspartner-i18n/core';
import { validationCodes } from '@smspartner-i18n/core/fields';
import { canonicalLocale } from '@smspartner-i18n/core/internal';
import type { Category } from '@smspartner-i18n/core/types';
import {
  type FieldError,
  isSmsPartnerError,
  type SmsPartnerError,
  type SmsPartnerErrorReason,
} from './smspartner-error.ts';
import { createTranslator, type Translator } from './translator.ts';

/** An RFC 9457 problem object, with the SMSPartner code and fields as extension members. */
export interface ProblemDetails {
  /** The code's page, `https://smspartner-i18n.github.io/smspartner-i18n/en/<section>/<code>/`, for a known code; `about:blank` otherwise. */
  readonly type: string;
  /** The HTTP reason phrase of `status`, in English (stable for a given `type`). */
  readonly title: string;
  readonly status: number;
  /** The localized sentence for the end user. */
  readonly detail: string;
  readonly section?: SectionId;
  readonly code?: number | string;
  readonly key?: string;
  readonly fields: readonly FieldError[];
  /**
   * One member per rejected request field (the RFC 9457 extension pattern): a JSON pointer into
   * the request (`#/phoneNumbers`), the field, the key of its text and that text, localized.
   */
  readonly errors: readonly ProblemFieldError[];
  readonly retryable: boolean;
  /** Why there is a problem (`api-error`, `network`, `timeout`, `invalid-json`, `not-json`, `body-too-large`, …); `internal` for a value that is no `SmsPartnerError`. */
  readonly reason: SmsPartnerErrorReason | 'internal';
  /** Seconds to wait before trying again, when SMSPartner's answer said (also the `Retry-After` header). */
  readonly retryAfter?: number;
}

/** A rejected request field in a problem's `errors`. */
export interface ProblemFieldError {
  /** JSON pointer into the request body: `#/phoneNumbers`. */
  readonly pointer: string;
  readonly field: string;
  /** The key of the text (`sms.send.fields.phoneNumbers.invalid`), when the section has a field layer. */
  readonly key?: string;
  /** The values SMSPartner's message quoted (`{ phoneNumber: '922264' }`), so that a client can say it in another language; absent when none. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** The sentence in the problem's language. */
  readonly detail: string;
}

export interface ProblemResponse {
  readonly problem: ProblemDetails;
  /** The language of `detail`, for the `Content-Language` header. */
  readonly contentLanguage: string;
  /**
   * `content-type: application/problem+json` and `content-language`, ready for `reply.headers()` /
   * `res.set()`; with `retry-after` when SMSPartner's answer carried a `Retry-After`.
   */
  readonly headers: Readonly<{ 'content-type': string; 'content-language': string; 'retry-after'?: string }>;
}

export interface ProblemOptions {
  /**
   * The site `type` links to: the code's English page, `en/<section>/<code>/`,
   * is appended. Default `https://smspartner-i18n.github.io/smspartner-i18n/`,
   * the catalog explorer's public site. Point it at your own copy of that
   * site, or pass `null` to always use `about:blank`.
   */
  readonly typeBase?: string | null;
}

export const defaultProblemTypeBase = 'https://smspartner-i18n.github.io/smspartner-i18n/';

/** Statuses this module answers with, and their reason phrases: the only statuses `status` can hold. */
const reasonPhrases: Readonly<Record<number, string>> = Object.freeze({
  400: 'Bad Request',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
});

/**
 * The status your server answers its own client with. SMSPartner's status
 * is about your server's request, not your client's, so it is mapped from
 * what the code means (see the README's table). Read with `Object.hasOwn`
 * only: a forged category (`__proto__`, `constructor`) must not reach `Object.prototype`.
 */
const statusByCategory: Readonly<Record<Category, number>> = Object.freeze({
  validation: 400,
  schedule: 400,
  limit: 400,
  recipient: 422,
  credit: 402,
  account: 403,
  pricing: 403,
  permission: 403,
  'not-found': 404,
  // Your server's SMSPartner key was refused: your client cannot fix that.
  credentials: 502,
  delivery: 502,
  network: 502,
  server: 502,
});

/** What is used of a catalog entry: copied, so that nothing of the caller's object is read twice. */
interface EntryFacts {
  readonly category: string | undefined;
  readonly retryable: boolean;
  readonly fixableBy: string | undefined;
}

interface ErrorFacts {
  readonly section: SectionId | undefined;
  readonly code: number | string | undefined;
  readonly key: string | undefined;
  readonly entry: EntryFacts | undefined;
  readonly fields: readonly FieldError[];
  readonly retryable: boolean;
  readonly httpStatus: number | undefined;
  readonly reason: SmsPartnerErrorReason;
  readonly retryAfter: number | undefined;
}

const MAX_FIELDS = 100;
const MAX_TEXT_LENGTH = 1000;
const MAX_CODE_LENGTH = 64;

function boundedString(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

function fieldsOf(value: unknown): FieldError[] {
  const fields: FieldError[] = [];
  if (!Array.isArray(value)) return fields;
  const length = Math.min(value.length, MAX_FIELDS);
  for (let index = 0; index < length; index++) {
    const item: unknown = value[index];
    if (typeof item !== 'object' || item === null) continue;
    const {
      field: givenField,
      message: givenMessage,
      key: givenKey,
      rule: givenRule,
      params,
    } = item as FieldError;
    const field = boundedString(givenField, MAX_TEXT_LENGTH);
    const message = boundedString(givenMessage, MAX_TEXT_LENGTH);
    if (field === undefined || message === undefined) continue;
    // A field key or rule: letters, digits and dots, as the field layer makes them.
    const key = typeof givenKey === 'string' && /^[A-Za-z0-9.]{1,200}$/.test(givenKey) ? givenKey : undefined;
    const rule =
      typeof givenRule === 'string' && /^[A-Za-z0-9]{1,100}$/.test(givenRule) ? givenRule : undefined;
    const values = paramsOf(params);
    fields.push(
      Object.freeze({
        field,
        message,
        ...(key !== undefined ? { key } : {}),
        ...(rule !== undefined ? { rule } : {}),
        ...(values !== undefined ? { params: values } : {}),
      }),
    );
  }
  return fields;
}

/** The values a field message quoted: short strings and finite numbers, at most a few. */
function paramsOf(value: unknown): Readonly<Record<string, string | number>> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const params: Record<string, string | number> = {};
  for (const name of Object.keys(value).slice(0, 20)) {
    const given: unknown = (value as Record<string, unknown>)[name];
    if (typeof given === 'string' && given.length <= MAX_TEXT_LENGTH) params[name] = given;
    else if (typeof given === 'number' && Number.isFinite(given)) params[name] = given;
  }
  return Object.freeze(params);
}

function entryFactsOf(entry: unknown): EntryFacts | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { category, retryable, fixableBy } = entry as CatalogEntry;
  return {
    category: typeof category === 'string' ? category : undefined,
    retryable: retryable === true,
    fixableBy: typeof fixableBy === 'string' ? fixableBy : undefined,
  };
}

/**
 * What is needed of an error, read once and defensively: it may come from another copy or version
 * of this package, or be forged (a brand and getters that throw: then it counts as no error at all).
 */
function factsOf(error: unknown): ErrorFacts | undefined {
  if (!isSmsPartnerError(error)) return undefined;
  try {
    const { section, code, key, entry, fields, retryable, httpStatus, reason, retryAfter } =
      error as SmsPartnerError;
    return {
      section: isSectionId(section) ? section : undefined,
      code:
        (typeof code === 'number' && Number.isFinite(code)) ||
        boundedString(code, MAX_CODE_LENGTH) !== undefined
          ? code
          : undefined,
      // A catalog key (`sms.send.insufficientCredit`), of this version or another: letters, digits and dots.
      key: typeof key === 'string' && /^[A-Za-z0-9.]{1,200}$/.test(key) ? key : undefined,
      entry: entryFactsOf(entry),
      fields: fieldsOf(fields),
      retryable: retryable === true,
      httpStatus: typeof httpStatus === 'number' ? httpStatus : undefined,
      reason: typeof reason === 'string' ? reason : 'api-error',
      retryAfter:
        typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0
          ? Math.ceil(retryAfter)
          : undefined,
    };
  } catch {
    return undefined;
  }
}

function statusOf(facts: ErrorFacts | undefined): number {
  if (facts === undefined) return 500;
  const { entry } = facts;
  if (entry !== undefined) {
    if (entry.retryable) return entry.category === 'limit' ? 429 : 503;
    if (entry.fixableBy === 'developer') return 502;
    const category = entry.category;
    return category !== undefined && Object.hasOwn(statusByCategory, category)
      ? statusByCategory[category as Category]
      : 502;
  }
  if (facts.fields.length > 0) return 400;
  if (facts.httpStatus === 429 || facts.httpStatus === 503) return facts.httpStatus;
  return facts.retryable ? 503 : 502;
}

/**
 * The HTTP status for an error, by these rules in order (the README has the
 * table): a known code that is retryable → 429 for limits, else 503; a known
 * code only the integration can fix (`fixableBy: 'developer'`) → 502; a
 * known code → its category's status; an unknown code with field errors →
 * 400; SMSPartner's own 429 → 429; anything retryable (5xx, network) → 503;
 * anything else (unknown code, unreadable answer) → 502; a value that is not
 * an `SmsPartnerError` → 500. Always one of the statuses of the table; never throws.
 */
export function problemStatus(error: unknown): number {
  return statusOf(factsOf(error));
}

type TranslatorMethods = Pick<Translator, 'explain'> & Partial<Pick<Translator, 'explainFields'>>;

/** A translator's methods, read once; `undefined` for anything else (a Proxy that throws included). */
function translatorMethods(value: unknown): TranslatorMethods | undefined {
  try {
    if (typeof value !== 'object' || value === null) return undefined;
    const { explain, message, explainFields } = value as Translator;
    if (typeof explain !== 'function' || typeof message !== 'function') return undefined;
    return {
      explain: (section, code) => Reflect.apply(explain, value, [section, code]),
      ...(typeof explainFields === 'function'
        ? {
            explainFields: (section: unknown, fields: unknown) =>
              Reflect.apply(explainFields, value, [section, fields]),
          }
        : {}),
    };
  } catch {
    return undefined;
  }
}

/** The page of a code; `about:blank` for a code that cannot be part of an address (a lone surrogate). */
function typeFor(typeBase: string, section: SectionId, code: number | string): string {
  try {
    return `${typeBase}en/${section}/${encodeURIComponent(String(code))}/`;
  } catch {
    return 'about:blank';
  }
}

function typeBaseOf(options: unknown): string | null {
  try {
    if (typeof options !== 'object' || options === null) return defaultProblemTypeBase;
    const { typeBase } = options as ProblemOptions;
    if (typeBase === undefined) return defaultProblemTypeBase;
    return typeof typeBase === 'string' ? typeBase : null;
  } catch {
    return defaultProblemTypeBase;
  }
}

/**
 * Turns an error into the RFC 9457 problem your server sends its client,
 * with `detail` in the translator's language and the `Content-Language` to
 * send. Anything that is not an `SmsPartnerError` gives a plain 500 problem
 * with the generic text, so it can sit in a catch-all handler. Never throws,
 * whatever the three arguments are.
 */
export function toProblemDetails(
  error: unknown,
  translator?: Translator,
  options: ProblemOptions = {},
): ProblemResponse {
  const facts = factsOf(error);
  const status = statusOf(facts);
  const methods = translatorMethods(translator);
  const explanation = explainSafely(methods, facts);
  const errors = fieldProblems(methods, facts, explanation.locale);
  const typeBase = typeBaseOf(options);
  const type =
    typeBase !== null && facts?.key !== undefined && facts.section !== undefined && facts.code !== undefined
      ? // One address per problem type, whatever the language of `detail`: the English page links to the others.
        typeFor(typeBase, facts.section, facts.code)
      : 'about:blank';
  const problem: ProblemDetails = {
    type,
    title: reasonPhrases[status] ?? 'Error',
    status,
    detail: explanation.text,
    ...(facts?.section !== undefined ? { section: facts.section } : {}),
    ...(facts?.code !== undefined ? { code: facts.code } : {}),
    ...(facts?.key !== undefined ? { key: facts.key } : {}),
    fields: facts?.fields ?? [],
    errors,
    retryable: facts?.retryable ?? false,
    reason: facts?.reason ?? 'internal',
    ...(facts?.retryAfter !== undefined ? { retryAfter: facts.retryAfter } : {}),
  };
  return {
    problem,
    contentLanguage: explanation.locale,
    headers: {
      'content-type': 'application/problem+json',
      'content-language': explanation.locale,
      ...(facts?.retryAfter !== undefined ? { 'retry-after': String(facts.retryAfter) } : {}),
    },
  };
}

// Percent-encoding cannot take a lone surrogate: it is pointed at as U+FFFD, what a decoder reads.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `phoneNumbers` → `#/phoneNumbers`; `SMSList.0.phoneNumber` → `#/SMSList/0/phoneNumber` (RFC 6901 escapes). */
function pointerOf(field: string): string {
  if (field === '') return '#';
  const parts = field
    .replace(loneSurrogate, '\uFFFD')
    .split('.')
    .map((part) => encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1')));
  return `#/${parts.join('/')}`;
}

/** The localized field sentences, in the problem's language when the translator has it. */
function fieldProblems(
  translator: TranslatorMethods | undefined,
  facts: ErrorFacts | undefined,
  locale: string,
): ProblemFieldError[] {
  if (facts === undefined || facts.fields.length === 0) return [];
  let sentences: ReturnType<Translator['explainFields']> = [];
  try {
    sentences =
      translator?.explainFields !== undefined ? translator.explainFields(facts.section, facts.fields) : [];
  } catch {
    sentences = [];
  }
  if (!Array.isArray(sentences) || sentences.length !== facts.fields.length) {
    sentences = createTranslator({ locale }).explainFields(facts.section, facts.fields);
  }
  return facts.fields.map((field, index) => {
    const sentence = sentences[index];
    const text = typeof sentence?.text === 'string' && sentence.text.trim() !== '' ? sentence.text : '';
    return {
      pointer: pointerOf(field.field),
      field: field.field,
      ...(sentence?.key !== undefined ? { key: sentence.key } : {}),
      ...(field.params !== undefined && Object.keys(field.params).length > 0 ? { params: field.params } : {}),
      detail: text || createTranslator({ locale }).explainFields(facts.section, [field])[0]!.text,
    };
  });
}

/**
 * The code whose text is the problem's `detail`: an unknown code that came with rejected fields is
 * explained as the section's validation answer (some fields need correcting), never as "try later".
 */
function detailCode(facts: ErrorFacts | undefined): number | string | undefined {
  if (facts?.entry === undefined && facts?.section !== undefined && facts.fields.length > 0) {
    return (validationCodes as Readonly<Record<string, number>>)[facts.section] ?? facts.code;
  }
  return facts?.code;
}

/**
 * A `Content-Language` value: a well-formed language tag (RFC 5646's letters, digits and
 * hyphens; canonical), or `undefined`. CR, LF or anything else a header cannot hold never passes.
 */
function contentLanguageOf(value: unknown): string | undefined {
  const canonical = canonicalLocale(value);
  return canonical !== undefined && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(canonical)
    ? canonical
    : undefined;
}

const MAX_DETAIL_LENGTH = 2000;

function explainSafely(
  translator: TranslatorMethods | undefined,
  facts: ErrorFacts | undefined,
): { text: string; locale: string } {
  if (translator !== undefined) {
    try {
      const explanation: unknown = translator.explain(facts?.section, detailCode(facts));
      if (typeof explanation === 'object' && explanation !== null) {
        const { text, locale } = explanation as { text?: unknown; locale?: unknown };
        const language = contentLanguageOf(locale);
        if (
          typeof text === 'string' &&
          text.trim() !== '' &&
          text.length <= MAX_DETAIL_LENGTH &&
          language !== undefined
        )
          return { text, locale: language };
      }
    } catch {
      // A hand-made translator that throws: the built-in one still has a sentence.
    }
  }
  // The built-in translator's sentence and language (always a tag): text and header stay in agreement.
  const { text, locale } = createTranslator().explain(facts?.section, detailCode(facts));
  return { text, locale };
}
