// React server rendering in the three setups an app can have.
import * as en from '@smspartner-i18n/locale-en';
import * as fr from '@smspartner-i18n/locale-fr';
import { addSmsPartnerResources as addForNode } from '@smspartner-i18n/node/i18next';
import { SmsPartnerMessage, SmsPartnerProvider } from '@smspartner-i18n/react';
import { addSmsPartnerResources, SmsPartnerI18nextProvider } from '@smspartner-i18n/react/i18next';
import { SmsPartnerIntlProvider } from '@smspartner-i18n/react/intl';
import i18next from 'i18next';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { IntlProvider } from 'react-intl';
import { assertLocal, check } from './local-resolution.mjs';

for (const name of ['react', 'react-dom/server', 'react-i18next', 'react-intl'])
  assertLocal(import.meta.resolve(name), name);

const key = 'sms.send.insufficientCredit';
// A text as React writes it into HTML (escaped).
const escapeHtml = (text) => renderToString(text);
const message = h(SmsPartnerMessage, { section: 'sms.send', code: 11 });
const packs = [en, fr];

const standalone = renderToString(h(SmsPartnerProvider, { locale: 'fr', packs }, message));
check(standalone.includes(escapeHtml(fr.friendly[key])), `standalone SSR gave ${standalone}`);

const instance = i18next.createInstance();
await instance.use(initReactI18next).init({ lng: 'fr', fallbackLng: 'en', resources: {} });
const withI18next = renderToString(
  h(
    I18nextProvider,
    { i18n: instance },
    h(SmsPartnerI18nextProvider, { packs, register: 'official' }, message),
  ),
);
check(withI18next.includes(escapeHtml(fr.official[key])), `react-i18next SSR gave ${withI18next}`);

const withIntl = renderToString(
  h(
    IntlProvider,
    { locale: 'fr', defaultLocale: 'en', messages: {} },
    h(SmsPartnerIntlProvider, { packs }, message),
  ),
);
check(withIntl.includes(escapeHtml(fr.friendly[key])), `react-intl SSR gave ${withIntl}`);
// Both adapters' addSmsPartnerResources: one contract, on the i18next installed here.
const app = i18next.createInstance();
await app.init({
  lng: 'fr',
  resources: { fr: { 'smspartner-official': { sms: { send: { insufficientCredit: 'À nous' } } } } },
});
check(
  addSmsPartnerResources(app, { resources: [fr.resources] }) === app,
  'react addSmsPartnerResources returns the instance',
);
check(
  app.t(key, { ns: 'smspartner-official' }) === 'À nous',
  'react addSmsPartnerResources overwrote the app text',
);
check(
  app.t('sms.send.apiKeyIncorrect', { ns: 'smspartner-friendly' }) ===
    fr.friendly['sms.send.apiKeyIncorrect'],
  'react addSmsPartnerResources added nothing',
);
for (const add of [addSmsPartnerResources, addForNode]) {
  let thrown;
  try {
    add({});
  } catch (error) {
    thrown = error;
  }
  check(thrown instanceof TypeError, `addSmsPartnerResources({}) gave ${thrown}, not a TypeError`);
}
console.log(
  'ok: React renderToString standalone, with react-i18next and with react-intl; addSmsPartnerResources of both adapters',
);
