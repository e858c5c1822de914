// The real locale packages, as an app imports them (`import * as fr from '@smspartner-i18n/locale-fr'`).
// Texts asserted in the tests are read from them, never copied into the tests.
import * as en from '@smspartner-i18n/locale-en';
import * as fr from '@smspartner-i18n/locale-fr';

export { en, fr };
