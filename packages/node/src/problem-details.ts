import { type CatalogEntry, type Category, isSectionId, type SectionId } from '@smspartner-i18n/core';
import { type FieldError, isSmsPartnerError, type SmsPartnerError } from './smspartner-error.ts';
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
  readonly retryable: boolean;
}

export interface ProblemResponse {
  readonly problem: ProblemDetails;
  /** The language of `detail`, for the `Content-Language` header. */
  readonly contentLanguage: string;
  /** `content-type: application/problem+json` and `content-language`, ready for `reply.headers()` / `res.set()`. */
  readonly headers: Readonly<{ 'content-type': string; 'content-language': string }>;
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
}

/** What is needed of an error, read defensively: it may come from another copy or version of this package. */
function factsOf(error: unknown): ErrorFacts | undefined {
  if (!isSmsPartnerError(error)) return undefined;
  try {
    const { section, code, key, entry, fields, retryable, httpStatus } = error as SmsPartnerError;
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
  const explanation = explainSafely(isTranslator(translator) ? translator : createTranslator(), facts);
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
    retryable: facts?.retryable ?? false,
  };
  return {
    problem,
    contentLanguage: explanation.locale,
    headers: { 'content-type': 'application/problem+json', 'content-language': explanation.locale },
  };
}

function explainSafely(
  translator: Translator,
  facts: ErrorFacts | undefined,
): { text: string; locale: string } {
  try {
    const { text, locale } = translator.explain(facts?.section, facts?.code);
    if (typeof text === 'string' && text.trim() !== '' && typeof locale === 'string' && locale !== '')
      return { text, locale };
  } catch {
    // A hand-made translator that throws: the built-in one still has a sentence.
  }
  return createTranslator().explain(facts?.section, facts?.code);
}
