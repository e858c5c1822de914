// The packages do their job for an ESM app: texts come from the installed packs.
import { lookup, messageKeys } from '@smspartner-i18n/core';
import { createExplainer } from '@smspartner-i18n/core/runtime';
import * as en from '@smspartner-i18n/locale-en';
import * as fr from '@smspartner-i18n/locale-fr';
import * as frSmsSend from '@smspartner-i18n/locale-fr/friendly/sms.send';
import { createTranslator, negotiateLocale, parseResponse, toProblemDetails } from '@smspartner-i18n/node';
import { createI18nextInstance } from '@smspartner-i18n/node/i18next';
import i18next from 'i18next';
import { assertLocal, check } from './local-resolution.mjs';

assertLocal(import.meta.resolve('i18next'), 'i18next');
const key = lookup('sms.send', 11)?.key;
check(key === 'sms.send.insufficientCredit', `core lookup('sms.send', 11) gave ${key}`);
check(
  messageKeys.every((messageKey) => typeof fr.friendly[messageKey] === 'string'),
  'locale-fr lacks a friendly key',
);
check(
  createExplainer({ packs: [frSmsSend], locale: 'fr' }).explain('sms.send', 11).text === fr.friendly[key],
  'the friendly/sms.send sub-entry (a module given as is) says something else than the root entry',
);

const translator = createTranslator({ locale: negotiateLocale('fr-CA,fr;q=0.9,en;q=0.5') });
const explanation = translator.explain('sms.send', 11);
check(
  explanation.locale === 'fr' && explanation.matched === 'exact',
  `explain gave ${JSON.stringify(explanation)}`,
);
check(
  explanation.text.length > 0 && !explanation.text.includes('{'),
  `an unformatted text: ${explanation.text}`,
);
check(
  translator.message('sms.send', 11, { register: 'official' }) === fr.official[key],
  'official text differs from the pack',
);
check(
  createTranslator({ locale: 'en' }).message('sms.send', 11, { register: 'official' }) === en.official[key],
  'English official text differs from the pack',
);

const result = parseResponse(
  { success: false, code: 11, message: 'Crédit insuffisant' },
  { section: 'sms.send' },
);
check(!result.ok && result.error.key === key, 'parseResponse did not recognise code 11');
const { problem, contentLanguage } = toProblemDetails(result.error, translator);
check(
  problem.detail === explanation.text && contentLanguage === 'fr',
  `problem details: ${JSON.stringify(problem)}`,
);

const official = createI18nextInstance({ lng: 'fr', register: 'official' });
check(official.t(key) === fr.official[key], `node/i18next gave ${official.t(key)}`);

// Plain i18next with the pack's resources, no ICU plugin.
const plain = i18next.createInstance();
await plain.init({ lng: 'fr', resources: fr.resources, ns: Object.values(fr.namespaces ?? {}) });
const friendlyNamespace = Object.keys(fr.resources.fr).find((namespace) => namespace.includes('friendly'));
check(
  plain.t(key, { ns: friendlyNamespace }) === translator.message('sms.send', 11),
  'plain i18next gave another text',
);
console.log('ok: ESM app (core, locale packs, node adapter, i18next)');
