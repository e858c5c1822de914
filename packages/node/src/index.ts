export type { CatalogEntry, Explanation, LocalePack, Register, SectionId } from '@smspartner-i18n/core';
export type { Category, MatchKind } from '@smspartner-i18n/core/types';
export { builtInLocales } from './built-in-packs.ts';
export { acceptedLocales, negotiateLocale } from './negotiate-locale.ts';
export {
  defaultMaxBodyBytes,
  fieldName,
  type ItemError,
  type ParseOptions,
  parseResponse,
  type ResponseBody,
  type ResponseItem,
  type ResponseLike,
  retryAfterSeconds,
  type SmsPartnerFailure,
  type SmsPartnerResult,
  type SmsPartnerSuccess,
} from './parse-response.ts';
export {
  defaultProblemTypeBase,
  type ProblemDetails,
  type ProblemFieldError,
  type ProblemOptions,
  type ProblemResponse,
  problemStatus,
  toProblemDetails,
} from './problem-details.ts';
export {
  type FieldError,
  type FieldSentence,
  isSmsPartnerError,
  type LocalizeOptions,
  SmsPartnerError,
  type SmsPartnerErrorOptions,
  type SmsPartnerErrorReason,
  smsPartnerErrorBrand,
} from './smspartner-error.ts';
export { createTranslator, type Translator, type TranslatorOptions } from './translator.ts';
