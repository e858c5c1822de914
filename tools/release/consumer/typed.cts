// Type-checked as a CommonJS app under node16: `import` here compiles to `require`.
import { lookup, type MessageKey } from '@smspartner-i18n/core';
import { official } from '@smspartner-i18n/locale-en';
import { createTranslator } from '@smspartner-i18n/node';

const key: MessageKey = 'hlr.error.unknownSubscriber';
// @ts-expect-error: not a key of the catalog.
const wrongKey: MessageKey = 'hlr.error.nope';
const known: boolean = lookup('hlr.error', 'EC_UNKNOWN_SUBSCRIBER') !== undefined;
const text: string = official[key];
const sentence: string = createTranslator({ locale: 'en' }).message('hlr.error', 1);

export { known, sentence, text, wrongKey };
