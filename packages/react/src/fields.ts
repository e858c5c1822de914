/**
 * `@smspartner-i18n/react/fields`: the localized sentences of the rejected fields of a validation
 * answer, beside a form's fields, under the provider of any setup (standalone, react-i18next,
 * react-intl). Its own entry, so that an app that shows no field errors ships none of it.
 */
export {
  SmsPartnerFieldErrors,
  type SmsPartnerFieldErrorsProps,
  type SmsPartnerFieldOptions,
  type SmsPartnerFieldSentence,
  type SmsPartnerFieldSource,
  useSmsPartnerFieldErrors,
} from './field-errors.tsx';
