// The packages do their job for a CommonJS app.
const { lookup } = require('@smspartner-i18n/core');
const fr = require('@smspartner-i18n/locale-fr');
const { createTranslator, isSmsPartnerError, parseResponse } = require('@smspartner-i18n/node');
const { translateCode } = require('@smspartner-i18n/node/i18next');
const i18next = require('i18next');

function check(condition, message) {
  if (!condition) throw new Error(message);
}
const key = lookup('hlr.error', 'EC_UNKNOWN_SUBSCRIBER')?.key;
check(key === 'hlr.error.unknownSubscriber', `core lookup gave ${key}`);
const translator = createTranslator({ locale: 'fr' });
check(
  translator.message('hlr.error', 'EC_UNKNOWN_SUBSCRIBER') === fr.friendly[key],
  'CJS translator text differs from the pack',
);
const result = parseResponse('{"success":false,"code":11}', { section: 'sms.send' });
check(!result.ok && isSmsPartnerError(result.error), 'CJS parseResponse gave no SmsPartnerError');

(async () => {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'fr', resources: fr.resources });
  const text = translateCode(instance, 'hlr.error', 'EC_UNKNOWN_SUBSCRIBER');
  check(text === fr.friendly[key], `translateCode gave ${text}`);
  console.log('ok: CommonJS app (core, locale pack, node adapter, i18next)');
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
