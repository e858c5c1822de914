import { lastResortFieldText } from '@smspartner-i18n/core/fields';
import * as frSend from '@smspartner-i18n/locale-fr/friendly/sms.send';
import * as frSendFields from '@smspartner-i18n/locale-fr/friendly/sms.send/fields';
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { SmsPartnerFieldErrors, type SmsPartnerFieldSentence, useSmsPartnerFieldErrors } from './fields.ts';
import { SmsPartnerI18nextProvider } from './i18next.tsx';
import { SmsPartnerProvider } from './index.ts';
import { SmsPartnerIntlProvider } from './intl.tsx';
import { en, fr } from './test-support.tsx';

afterEach(cleanup);

/** SMSPartner's code 9 answer as documented (reference/api-responses.md), `error` array. */
const rawBody = {
  success: false,
  code: 9,
  error: [
    { elementId: 'children[phoneNumbers].data', message: "Ce numero de telephone n'est pas valide (922264)" },
    {
      elementId: 'children[sender].data',
      message: "L'emetteur ne peut pas etre plus long que 11 caracteres",
    },
    { elementId: 'children[colour].data', message: 'Couleur inconnue' },
  ],
};

/** What `SmsPartnerError.toJSON()` of @smspartner-i18n/node gives for it (fields recognised). */
const errorJson = {
  name: 'SmsPartnerError',
  section: 'sms.send',
  code: 9,
  fields: [
    {
      field: 'phoneNumbers',
      message: "Ce numero de telephone n'est pas valide (922264)",
      key: 'sms.send.fields.phoneNumbers.invalid',
      rule: 'invalid',
      params: { phoneNumber: '922264' },
    },
    // Another copy of the package, without rules: recognised here.
    { field: 'sender', message: 'The sender cannot be longer than 11 characters' },
    { field: 'colour', message: 'Couleur inconnue' },
  ],
};

/** The problem JSON an app's server sends (toProblemDetails), in English, with the `errors` array. */
const problem = {
  type: 'https://smspartner-i18n.github.io/smspartner-i18n/en/sms.send/9/',
  status: 400,
  section: 'sms.send',
  code: 9,
  errors: [
    {
      pointer: '#/phoneNumbers',
      field: 'phoneNumbers',
      key: 'sms.send.fields.phoneNumbers.invalid',
      params: { phoneNumber: '922264' },
      detail: 'The phone number 922264 is not valid. Check it, with its country code, and try again.',
    },
    {
      pointer: '#/sender',
      field: 'sender',
      key: 'sms.send.fields.sender.tooLong',
      params: { maxLength: 11 },
      detail: 'The sender name is too long: it can have at most 11 characters. Shorten it, then send again.',
    },
    {
      pointer: '#/colour',
      field: 'colour',
      key: 'sms.send.fields.unknownField',
      detail: 'One of the values entered was not accepted. Check the form, then send again.',
    },
  ],
};

const text = (pack: typeof en | typeof fr, key: string, values: Record<string, string> = {}) =>
  Object.entries(values).reduce(
    (sentence, [name, value]) => sentence.replace(`{${name}}`, value),
    (pack.friendly as Record<string, string>)[key]!.replace(/\{(\w+), number\}/g, (_, name: string) =>
      name === 'maxLength' ? '11' : `{${name}}`,
    ),
  );

const expected = (pack: typeof en | typeof fr) => [
  text(pack, 'sms.send.fields.phoneNumbers.invalid', { phoneNumber: '922264' }),
  text(pack, 'sms.send.fields.sender.tooLong'),
  text(pack, 'sms.send.fields.unknownField'),
];

function Probe({ source, into }: { source: unknown; into: SmsPartnerFieldSentence[][] }) {
  into.push([...useSmsPartnerFieldErrors(source)]);
  return null;
}

function Form({ source }: { source: unknown }) {
  return (
    <form>
      <input aria-describedby="phone-error" name="phoneNumbers" />
      <SmsPartnerFieldErrors source={source} field="phoneNumbers" id="phone-error" />
      <input name="sender" />
      <p data-testid="sender">
        <SmsPartnerFieldErrors source={source} field="sender" />
      </p>
      <p data-testid="message">
        <SmsPartnerFieldErrors source={source} field="message" />
      </p>
    </form>
  );
}

type Setup = (locale: 'en' | 'fr', children: ReactNode) => ReactNode;

const setups: [string, Setup][] = [
  [
    'standalone',
    (locale, children) => (
      <SmsPartnerProvider locale={locale} packs={[en, fr]}>
        {children}
      </SmsPartnerProvider>
    ),
  ],
  [
    'react-intl',
    (locale, children) => (
      <IntlProvider locale={locale} defaultLocale="en" messages={{}}>
        <SmsPartnerIntlProvider packs={[en, fr]}>{children}</SmsPartnerIntlProvider>
      </IntlProvider>
    ),
  ],
  [
    'react-i18next',
    (locale, children) => {
      const instance = i18next.createInstance();
      void instance.init({ lng: locale, fallbackLng: 'en', resources: {}, initAsync: false });
      return (
        <SmsPartnerI18nextProvider i18n={instance} packs={[en, fr]}>
          {children}
        </SmsPartnerI18nextProvider>
      );
    },
  ],
];

describe.each(setups)('field errors in the %s setup', (_name, setup) => {
  it.each([
    ['a raw SMSPartner body', rawBody],
    ['an SmsPartnerError', errorJson],
    ['a problem JSON', problem],
  ] as const)('explains %s field by field, in English and in French', (_what, source) => {
    for (const [locale, pack] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const into: SmsPartnerFieldSentence[][] = [];
      render(setup(locale, <Probe source={source} into={into} />));
      const sentences = into.at(-1)!;
      expect(sentences.map((sentence) => sentence.text)).toEqual(expected(pack));
      expect(sentences.map((sentence) => [sentence.field, sentence.pointer, sentence.key])).toEqual([
        ['phoneNumbers', '#/phoneNumbers', 'sms.send.fields.phoneNumbers.invalid'],
        ['sender', '#/sender', 'sms.send.fields.sender.tooLong'],
        ['colour', '#/colour', 'sms.send.fields.unknownField'],
      ]);
      for (const sentence of sentences) expect(sentence.locale).toBe(locale);
      cleanup();
    }
  });

  it('shows each field’s sentence beside its input, and nothing for a field without an error', () => {
    render(setup('en', <Form source={rawBody} />));
    expect(document.getElementById('phone-error')?.textContent).toBe(expected(en)[0]);
    expect(screen.getByTestId('sender').textContent).toBe(expected(en)[1]);
    expect(screen.getByTestId('message').textContent).toBe('');
    // An English reader never sees SMSPartner's French.
    expect(document.body.textContent).not.toMatch(/numero|emetteur|caracteres|inconnue/i);
  });
});

describe('field errors without a provider or with hostile sources', () => {
  it('never throws and never shows a key', () => {
    const into: SmsPartnerFieldSentence[][] = [];
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('getter');
        },
      },
    );
    render(
      <>
        <Probe source={rawBody} into={into} />
        <Probe source={hostile} into={into} />
        <Probe source={null} into={into} />
        <SmsPartnerFieldErrors source={hostile} />
      </>,
    );
    expect(into[0]!.length).toBe(3);
    for (const sentence of into[0]!) expect(sentence.text).not.toMatch(/sms\.send|numero/);
    expect(into[1]).toEqual([]);
    expect(into[2]).toEqual([]);
  });
});

describe('field errors in the react-i18next setup', () => {
  it('read the app’s i18next instance first: an override of a field text wins, with its values', () => {
    const instance = i18next.createInstance();
    void instance.init({ lng: 'en', fallbackLng: 'en', resources: {}, initAsync: false });
    const into: SmsPartnerFieldSentence[][] = [];
    render(
      <SmsPartnerI18nextProvider i18n={instance} packs={[en]}>
        <Probe source={rawBody} into={into} />
      </SmsPartnerI18nextProvider>,
    );
    instance.addResource(
      'en',
      'smspartner-friendly',
      'sms.send.fields.phoneNumbers.invalid',
      'Number {{phoneNumber}}?',
    );
    cleanup();
    render(
      <SmsPartnerI18nextProvider i18n={instance} packs={[en]}>
        <Probe source={rawBody} into={into} />
      </SmsPartnerI18nextProvider>,
    );
    expect(into.at(-1)![0]!.text).toBe('Number 922264?');
  });
});

describe('field errors with the register-and-section entries', () => {
  it('takes the field texts from the section’s fields entry, beside its codes’ entry', () => {
    const into: SmsPartnerFieldSentence[][] = [];
    render(
      <SmsPartnerProvider locale="fr" packs={[frSend, frSendFields]}>
        <Probe source={rawBody} into={into} />
      </SmsPartnerProvider>,
    );
    expect(into.at(-1)!.map((sentence) => sentence.text)).toEqual(expected(fr));
  });

  it('has no field texts from the codes’ entry alone: it ships none', () => {
    const into: SmsPartnerFieldSentence[][] = [];
    render(
      <SmsPartnerProvider locale="fr" packs={[frSend]}>
        <Probe source={rawBody} into={into} />
      </SmsPartnerProvider>,
    );
    expect(into.at(-1)!.map((sentence) => sentence.text)).toEqual([
      lastResortFieldText,
      lastResortFieldText,
      lastResortFieldText,
    ]);
  });
});
