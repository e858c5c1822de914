// Type-checked as an ESM app under node16 and bundler.
import { lookup, type MessageKey } from '@smspartner-i18n/core';
import type { EntryKey } from '@smspartner-i18n/core/types';
import { friendly } from '@smspartner-i18n/locale-fr';
import { pack as smsSendPack } from '@smspartner-i18n/locale-fr/friendly/sms.send';
import { createTranslator, type SmsPartnerError } from '@smspartner-i18n/node';
import { createI18nextInstance } from '@smspartner-i18n/node/i18next';

const key: MessageKey = 'sms.send.insufficientCredit';
// @ts-expect-error: not a key of the catalog; proves MessageKey is a real union.
const wrongKey: MessageKey = 'sms.send.noSuchKey';
const entryKey: EntryKey | undefined = lookup('sms.send', 11)?.key;
const text: string = friendly[key];
const translator = createTranslator({ locale: 'fr', register: 'friendly' });
const sentence: string = translator.message('sms.send', 11);
// @ts-expect-error: message() returns a string, not a number.
const notANumber: number = translator.message('sms.send', 11);
const locale: string = smsSendPack.locale;
const handle = (error: SmsPartnerError): string => error.localize('fr');
const instance = createI18nextInstance({ lng: 'fr' });

export { entryKey, handle, instance, locale, notANumber, sentence, text, wrongKey };
