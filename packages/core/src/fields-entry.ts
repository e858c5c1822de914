/**
 * `@smspartner-i18n/core/fields`: the field layer's recogniser and texts,
 * without the catalog. It reads SMSPartner's field messages (a validation
 * answer's `error` list), recognises each as a rule of its field with the
 * values it quotes, and explains it from locale packs. Its own entry, so that
 * an app that never shows field errors ships none of the patterns.
 */
export { fieldErrorsOf, fieldName, type RawFieldError } from './field-list.ts';
export { type FieldMessageSource, fieldPatternSources, genericFieldPatterns } from './field-patterns.ts';
export {
  fieldsOf,
  normalizeFieldMessage,
  type RecognizedField,
  recognizeFieldMessage,
} from './field-recognizer.ts';
export {
  type FieldKey,
  type FieldKeyInfo,
  type FieldKeyOf,
  type FieldOf,
  type FieldParamSpec,
  type FieldRuleOf,
  type FieldSectionId,
  fieldKeyInfo,
  fieldKeys,
  isFieldKey,
  type UnknownFieldKey,
  validationCodes,
} from './field-rules.ts';
export {
  explainField,
  type FieldExplainOptions,
  type FieldExplanation,
  type FieldMatch,
  type FieldToExplain,
  fieldCandidates,
  lastResortFieldText,
} from './field-texts.ts';
export type { FieldTexts, LocalePack, Register } from './types.ts';
