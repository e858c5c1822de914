import { act, cleanup, render, screen } from '@testing-library/react';
import i18next, { type i18n as I18n } from 'i18next';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addSmsPartnerResources,
  type LoadLocale,
  SmsPartnerI18nextProvider,
  SmsPartnerMessage,
  smsPartnerNamespaces,
  useSmsPartnerMessage,
} from './i18next.tsx';
import { en, fr } from './test-support.tsx';

afterEach(cleanup);

/** Records, on every render, what the hook gives for sms.send 11. */
function Probe({ into }: { into: string[] }) {
  into.push(useSmsPartnerMessage()('sms.send', 11, { register: 'official' }));
  return null;
}

/** An app's own i18next instance, set up the way react-i18next's docs show. */
async function appInstance(options: {
  lng: string;
  escapeValue?: boolean;
  keySeparator?: false;
}): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: options.lng,
    fallbackLng: 'en',
    resources: {
      en: { app: { title: 'My shop' } },
      fr: { app: { title: 'Ma boutique' } },
    },
    defaultNS: 'app',
    ...(options.keySeparator === false ? { keySeparator: false } : {}),
    interpolation: { escapeValue: options.escapeValue ?? false },
  });
  return instance;
}

function AppTitle() {
  const { t } = useTranslation();
  return <h1>{t('title')}</h1>;
}

describe('SmsPartnerI18nextProvider (react-i18next)', () => {
  it('follows the app instance language and adds our namespaces to it', async () => {
    const instance = await appInstance({ lng: 'fr' });
    render(
      <I18nextProvider i18n={instance}>
        <SmsPartnerI18nextProvider packs={[en, fr]}>
          <AppTitle />
          <p data-testid="friendly">
            <SmsPartnerMessage section="sms.send" code={11} />
          </p>
          <p data-testid="official">
            <SmsPartnerMessage section="sms.send" code={11} register="official" />
          </p>
        </SmsPartnerI18nextProvider>
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Ma boutique');
    expect(screen.getByTestId('friendly').textContent).toBe(fr.friendly['sms.send.insufficientCredit']);
    expect(screen.getByTestId('official').textContent).toBe('Crédit insuffisant');
    expect(instance.hasResourceBundle('fr', smsPartnerNamespaces.friendly)).toBe(true);
    expect(instance.t('sms.send.insufficientCredit', { ns: 'smspartner-official' })).toBe(
      'Crédit insuffisant',
    );

    await act(async () => {
      await instance.changeLanguage('en');
    });
    expect(screen.getByRole('heading').textContent).toBe('My shop');
    expect(screen.getByTestId('friendly').textContent).toBe(en.friendly['sms.send.insufficientCredit']);
    expect(screen.getByTestId('official').textContent).toBe('Insufficient credit');
  });

  it('takes texts from i18next, so the app can override one of ours', async () => {
    const instance = await appInstance({ lng: 'en' });
    instance.addResource(
      'en',
      'smspartner-friendly',
      'sms.send.insufficientCredit',
      'Top up at {{shop}}, {{max, number}}.',
    );
    instance.addResource(
      'en',
      'smspartner-friendly',
      'sms.send.tooManyNumbers',
      'No more than {{max, number}} at once.',
    );
    render(
      <I18nextProvider i18n={instance}>
        <SmsPartnerI18nextProvider packs={[en, fr]}>
          <p data-testid="override">
            <SmsPartnerMessage section="sms.send" code={11} params={{ shop: 'Acme', max: 2500 }} />
          </p>
          <p data-testid="number">
            <SmsPartnerMessage section="sms.send" code={50} />
          </p>
          <p data-testid="ours">
            <SmsPartnerMessage section="sms.send" code={10} />
          </p>
        </SmsPartnerI18nextProvider>
      </I18nextProvider>,
    );
    expect(screen.getByTestId('override').textContent).toBe('Top up at Acme, 2,500.');
    // The catalog's default for {max} (500) reaches i18next's interpolation.
    expect(screen.getByTestId('number').textContent).toBe('No more than 500 at once.');
    expect(screen.getByTestId('ours').textContent).toBe(en.friendly['sms.send.apiKeyIncorrect']);
  });

  it('falls back with our rules when i18next lacks a key: other locale, section text, then the packs', async () => {
    const instance = await appInstance({ lng: 'fr-CA', keySeparator: false });
    // Only English resources reach i18next; French comes as a bare pack (no `resources`).
    render(
      <I18nextProvider i18n={instance}>
        <SmsPartnerI18nextProvider packs={[en, fr.pack]}>
          <p data-testid="pack">
            <SmsPartnerMessage section="sms.send" code={11} />
          </p>
          <p data-testid="section">
            <SmsPartnerMessage section="mail" code="999999" />
          </p>
        </SmsPartnerI18nextProvider>
      </I18nextProvider>,
    );
    // i18next has sms.send 11 in English only; our rule (exact text in the nearest locale
    // i18next has) gives English, marked as such inside the French tree.
    expect(screen.getByTestId('pack').innerHTML).toBe(
      `<span lang="en">${en.friendly['sms.send.insufficientCredit']}</span>`,
    );
    instance.removeResourceBundle('en', 'smspartner-friendly');
    await act(async () => {});
    // Nothing in i18next any more: the packs answer, with the French text.
    expect(screen.getByTestId('pack').textContent).toBe(fr.friendly['sms.send.insufficientCredit']);
    expect(screen.getByTestId('section').textContent).toBe(fr.friendly['mail.unknownCode']);
  });

  it('shows parameters holding HTML as text even when the app escapes values', async () => {
    const instance = await appInstance({ lng: 'en', escapeValue: true });
    instance.addResource(
      'en',
      'smspartner-friendly',
      'sms.send.insufficientCredit',
      'No credit for {{name}}.',
    );
    const hostile = '<img src=x onerror="alert(1)">&amp;';
    const { container } = render(
      <I18nextProvider i18n={instance}>
        <SmsPartnerI18nextProvider packs={[en]}>
          <p data-testid="message">
            <SmsPartnerMessage section="sms.send" code={11} params={{ name: hostile }} />
          </p>
        </SmsPartnerI18nextProvider>
      </I18nextProvider>,
    );
    expect(screen.getByTestId('message').textContent).toBe(`No credit for ${hostile}.`);
    expect(container.querySelector('img')).toBeNull();
  });

  it('loads the pack of the language the app switches to, and only then', async () => {
    const instance = await appInstance({ lng: 'en' });
    const loadLocale = vi.fn<LoadLocale>(async (locale) => (locale === 'fr' ? fr : undefined));
    render(
      <I18nextProvider i18n={instance}>
        <SmsPartnerI18nextProvider packs={[en]} loadLocale={loadLocale}>
          <p data-testid="message">
            <SmsPartnerMessage section="sms.send" code={11} />
          </p>
        </SmsPartnerI18nextProvider>
      </I18nextProvider>,
    );
    await act(async () => {});
    expect(loadLocale).not.toHaveBeenCalled();
    await act(async () => {
      await instance.changeLanguage('fr');
    });
    expect(loadLocale).toHaveBeenCalledWith('fr');
    expect(screen.getByTestId('message').textContent).toBe(fr.friendly['sms.send.insufficientCredit']);
    expect(instance.getResource('fr', 'smspartner-official', 'sms.send.insufficientCredit')).toBe(
      'Crédit insuffisant',
    );
  });

  it('works with the global instance of initReactI18next, and without any instance', async () => {
    const seen: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <SmsPartnerI18nextProvider packs={[en, fr]} i18n={{} as I18n}>
        <Probe into={seen} />
      </SmsPartnerI18nextProvider>,
    );
    expect(seen.at(-1)).toBe('Insufficient credit');

    const instance = await appInstance({ lng: 'fr' });
    render(
      <SmsPartnerI18nextProvider packs={[en, fr]} i18n={instance}>
        <Probe into={seen} />
      </SmsPartnerI18nextProvider>,
    );
    expect(seen.at(-1)).toBe('Crédit insuffisant');
    warn.mockRestore();
  });

  it('addSmsPartnerResources adds only our namespaces and keeps the app’s texts', async () => {
    const instance = await appInstance({ lng: 'en' });
    instance.addResource(
      'en',
      'smspartner-official',
      'sms.send.insufficientCredit',
      'Out of credit (custom)',
    );
    const resources = { ...en.resources!, de: { app: { title: 'Mein Laden' } } };
    expect(addSmsPartnerResources(instance, { resources: [resources] })).toBe(instance);
    expect(instance.t('sms.send.insufficientCredit', { ns: 'smspartner-official' })).toBe(
      'Out of credit (custom)',
    );
    expect(instance.t('sms.send.apiKeyIncorrect', { ns: 'smspartner-official' })).toBe(
      en.official['sms.send.apiKeyIncorrect'],
    );
    expect(instance.hasResourceBundle('de', 'app')).toBe(false);
  });

  it('addSmsPartnerResources has the Node adapter’s contract: a TypeError for what is not an i18next instance', async () => {
    const expected =
      'addSmsPartnerResources: expected an initialised i18next instance (with addResourceBundle), got';
    for (const notAnInstance of [undefined, null, {}, 'i18next', i18next.createInstance()])
      expect(() => addSmsPartnerResources(notAnInstance as never), String(notAnInstance)).toThrow(
        new TypeError(`${expected} ${notAnInstance === null ? 'null' : typeof notAnInstance}`),
      );
    // Resources that are not resources, or throw when read, add nothing and do not throw.
    const instance = await appInstance({ lng: 'fr' });
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('hostile');
        },
      },
    );
    const options = [
      {},
      { resources: null },
      { resources: [null, 7, throwing] },
      {
        get resources(): never {
          throw new Error('hostile');
        },
      },
    ];
    for (const option of options) expect(addSmsPartnerResources(instance, option as never)).toBe(instance);
    expect(instance.hasResourceBundle('fr', 'smspartner-official')).toBe(false);
    addSmsPartnerResources(instance, { resources: [throwing as never, fr.resources!] });
    expect(instance.t('sms.send.insufficientCredit', { ns: 'smspartner-official' })).toBe(
      fr.official['sms.send.insufficientCredit'],
    );
  });
});
