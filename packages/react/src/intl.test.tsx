import { act, cleanup, render, screen } from '@testing-library/react';
import { FormattedMessage, IntlProvider } from 'react-intl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LoadLocale, SmsPartnerIntlProvider, SmsPartnerMessage, useSmsPartnerMessage } from './intl.tsx';
import { en, fr } from './test-support.tsx';

afterEach(cleanup);

/** Records, on every render, what the hook gives for sms.send 11. */
function Probe({ into }: { into: string[] }) {
  into.push(useSmsPartnerMessage()('sms.send', 11));
  return null;
}

const appMessages = { en: { greeting: 'Hello' }, fr: { greeting: 'Bonjour' } };

function App({ locale, loadLocale }: { locale: 'en' | 'fr' | 'fr-CA'; loadLocale?: LoadLocale }) {
  const messages = appMessages[locale === 'en' ? 'en' : 'fr'];
  return (
    <IntlProvider locale={locale} defaultLocale="en" messages={messages}>
      <SmsPartnerIntlProvider packs={loadLocale ? [en] : [en, fr]} {...(loadLocale ? { loadLocale } : {})}>
        <h1>
          <FormattedMessage id="greeting" />
        </h1>
        <p data-testid="friendly">
          <SmsPartnerMessage section="sms.dlr" code="undeliv" />
        </p>
        <p data-testid="official">
          <SmsPartnerMessage section="sms.send" code={11} register="official" />
        </p>
      </SmsPartnerIntlProvider>
    </IntlProvider>
  );
}

describe('SmsPartnerIntlProvider (react-intl)', () => {
  it('follows the locale of the app’s IntlProvider', () => {
    const { rerender } = render(<App locale="fr-CA" />);
    expect(screen.getByRole('heading').textContent).toBe('Bonjour');
    expect(screen.getByTestId('friendly').textContent).toBe(fr.friendly['sms.dlr.undeliverable']);
    expect(screen.getByTestId('official').textContent).toBe('Crédit insuffisant');
    rerender(<App locale="en" />);
    expect(screen.getByRole('heading').textContent).toBe('Hello');
    expect(screen.getByTestId('friendly').textContent).toBe(en.friendly['sms.dlr.undeliverable']);
    expect(screen.getByTestId('official').textContent).toBe('Insufficient credit');
  });

  it('loads the pack of the IntlProvider locale lazily, with English meanwhile', async () => {
    const loadLocale = vi.fn<LoadLocale>(async (locale) => (locale === 'fr' ? fr : undefined));
    const { rerender } = render(<App locale="en" loadLocale={loadLocale} />);
    await act(async () => {});
    expect(loadLocale).not.toHaveBeenCalled();
    rerender(<App locale="fr" loadLocale={loadLocale} />);
    expect(screen.getByTestId('official').innerHTML).toBe('<span lang="en">Insufficient credit</span>');
    await act(async () => {});
    expect(loadLocale.mock.calls).toEqual([['fr']]);
    expect(screen.getByTestId('official').textContent).toBe('Crédit insuffisant');
  });

  it('uses the IntlProvider defaultLocale as the fallback, and works without an IntlProvider', () => {
    const seen: string[] = [];
    render(
      <IntlProvider locale="de" defaultLocale="fr" messages={{}}>
        <SmsPartnerIntlProvider packs={[en, fr]}>
          <Probe into={seen} />
        </SmsPartnerIntlProvider>
      </IntlProvider>,
    );
    expect(seen.at(-1)).toBe(fr.friendly['sms.send.insufficientCredit']);
    render(
      <SmsPartnerIntlProvider packs={[en, fr]}>
        <Probe into={seen} />
      </SmsPartnerIntlProvider>,
    );
    expect(seen.at(-1)).toBe(en.friendly['sms.send.insufficientCredit']);
  });
});
