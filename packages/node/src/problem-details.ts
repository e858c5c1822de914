import {
  type CatalogEntry,
  type Category,
  isSectionId,
  type SectionId,
  validationCodes,
} from '@smspartner-i18n/core';
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

const reasonPhrases: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/**
 * The status your server answers its own client with. SMSPartner's status
 * is about your server's request, not your client's, so it is mapped from
 * what the code means (see the README's table):
 */
const statusByCategory: Readonly<Record<Category, number>> = {
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
};

interface ErrorFacts {
  readonly section: SectionId | undefined;
  readonly code: number | string | undefined;
  readonly key: string | undefined;
  readonly entry: CatalogEntry | undefined;
  readonly fields: readonly FieldError[];
  readonly retryable: boolean;
  readonly httpStatus: number | undefined;
  readonly reason: SmsPartnerErrorReason;
  readonly retryAfter: number | undefined;
}

/** What is needed of an error, read defensively: it may come from another copy or version of this package. */
function factsOf(error: unknown): ErrorFacts | undefined {
  if (!isSmsPartnerError(error)) return undefined;
  try {
    const { section, code, key, entry, fields, retryable, httpStatus, reason, retryAfter } =
      error as SmsPartnerError;
    return {
      section: isSectionId(section) ? section : undefined,
      code: typeof code === 'number' || typeof code === 'string' ? code : undefined,
      key: typeof key === 'string' ? key : undefined,
      entry: typeof entry === 'object' && entry !== null ? entry : undefined,
      fields: Array.isArray(fields)
        ? fields.filter(
            (field): field is FieldError =>
              typeof field?.field === 'string' && typeof field?.message === 'string',
          )
        : [],
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

/**
 * The HTTP status for an error, by these rules in order (the README has the
 * table): a known code that is retryable → 429 for limits, else 503; a known
 * code only the integration can fix (`fixableBy: 'developer'`) → 502; a
 * known code → its category's status; an unknown code with field errors →
 * 400; SMSPartner's own 429 → 429; anything retryable (5xx, network) → 503;
 * anything else (unknown code, unreadable answer) → 502; a value that is not
 * an `SmsPartnerError` → 500.
 */
export function problemStatus(error: unknown): number {
  const facts = factsOf(error);
  if (facts === undefined) return 500;
  const { entry } = facts;
  if (entry !== undefined) {
    if (entry.retryable) return entry.category === 'limit' ? 429 : 503;
    if (entry.fixableBy === 'developer') return 502;
    return statusByCategory[entry.category] ?? 502;
  }
  if (facts.fields.length > 0) return 400;
  if (facts.httpStatus === 429 || facts.httpStatus === 503) return facts.httpStatus;
  return facts.retryable ? 503 : 502;
}

function isTranslator(value: unknown): value is Translator {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Translator).explain === 'function' &&
    typeof (value as Translator).message === 'function'
  );
}

/**
 * Turns an error into the RFC 9457 problem your server sends its client,
 * with `detail` in the translator's language and the `Content-Language` to
 * send. Anything that is not an `SmsPartnerError` gives a plain 500 problem
 * with the generic text, so it can sit in a catch-all handler. Never throws.
 */
export function toProblemDetails(
  error: unknown,
  translator?: Translator,
  options: ProblemOptions = {},
): ProblemResponse {
  const facts = factsOf(error);
  const status = problemStatus(error);
  const chosen = isTranslator(translator) ? translator : createTranslator();
  const explanation = explainSafely(chosen, facts);
  const errors = fieldProblems(chosen, facts, explanation.locale);
  const typeBase =
    typeof options === 'object' && options !== null && options.typeBase !== undefined
      ? options.typeBase
      : defaultProblemTypeBase;
  const type =
    typeof typeBase === 'string' &&
    facts?.key !== undefined &&
    facts.section !== undefined &&
    facts.code !== undefined
      ? // One address per problem type, whatever the language of `detail`: the English page links to the others.
        `${typeBase}en/${facts.section}/${encodeURIComponent(String(facts.code))}/`
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

/** `phoneNumbers` → `#/phoneNumbers`; `SMSList.0.phoneNumber` → `#/SMSList/0/phoneNumber` (RFC 6901 escapes). */
function pointerOf(field: string): string {
  if (field === '') return '#';
  const parts = field
    .split('.')
    .map((part) => encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1')));
  return `#/${parts.join('/')}`;
}

/** The localized field sentences, in the problem's language when the translator has it. */
function fieldProblems(
  translator: Translator,
  facts: ErrorFacts | undefined,
  locale: string,
): ProblemFieldError[] {
  if (facts === undefined || facts.fields.length === 0) return [];
  let sentences: ReturnType<Translator['explainFields']> = [];
  try {
    sentences =
      typeof translator.explainFields === 'function'
        ? translator.explainFields(facts.section, facts.fields)
        : [];
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

function explainSafely(
  translator: Translator,
  facts: ErrorFacts | undefined,
): { text: string; locale: string } {
  const code = detailCode(facts);
  try {
    const { text, locale } = translator.explain(facts?.section, code);
    if (typeof text === 'string' && text.trim() !== '' && typeof locale === 'string' && locale !== '')
      return { text, locale };
  } catch {
    // A hand-made translator that throws: the built-in one still has a sentence.
  }
  return createTranslator().explain(facts?.section, code);
}
