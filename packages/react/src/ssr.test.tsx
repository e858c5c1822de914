// @vitest-environment node
import { PassThrough } from 'node:stream';
import { lookup, toCodePack } from '@smspartner-i18n/core';
import i18next from 'i18next';
import { lazy, type ReactElement, Suspense } from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { IntlProvider } from 'react-intl';
import { describe, expect, it, vi } from 'vitest';
import { SmsPartnerI18nextProvider } from './i18next.tsx';
import { SmsPartnerMessage, SmsPartnerProvider, useSmsPartnerMessage } from './index.ts';
import { SmsPartnerIntlProvider } from './intl.tsx';
import { en, fr, LazyProvider } from './test-support.tsx';

/** Renders with the streaming API and gives the whole HTML once the stream ends. */
function renderToStream(element: ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    const sink = new PassThrough();
    let html = '';
    sink.on('data', (chunk: Buffer) => {
      html += chunk.toString('utf8');
    });
    sink.on('end', () => resolve(html));
    const { pipe } = renderToPipeableStream(element, {
      onAllReady: () => pipe(sink),
      onShellError: reject,
      onError: reject,
    });
  });
}

/** The visible text of server HTML: tags and React's streaming markers removed, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

function Messages(): ReactElement {
  const message = useSmsPartnerMessage();
  return (
    <>
      <p>
        <SmsPartnerMessage section="sms.send" code={11} register="official" />
      </p>
      <p>{message('hlr.error', 'EC_UNKNOWN_SUBSCRIBER')}</p>
    </>
  );
}

describe('server rendering', () => {
  it('renders the standalone setup with renderToString, without effects or loaders running', () => {
    const loadLocale = vi.fn();
    const html = renderToString(
      <LazyProvider locale="fr" packs={[en, fr]} loadLocale={loadLocale}>
        <Messages />
      </LazyProvider>,
    );
    expect(textOf(html)).toBe(`Crédit insuffisant${fr.friendly['hlr.error.unknownSubscriber']}`);
    expect(loadLocale).not.toHaveBeenCalled();
  });

  it('renders a lazily loaded locale as its fallback text on the server (no raw key, no empty text), without asking the loader', () => {
    const loadLocale = vi.fn(async () => fr);
    const html = renderToString(
      <LazyProvider locale="fr" packs={[en]} loadLocale={loadLocale}>
        <Messages />
      </LazyProvider>,
    );
    expect(html).toBe(
      `<p><span lang="en">Insufficient credit</span></p><p>${en.friendly['hlr.error.unknownSubscriber']!.replace(/'/g, '&#x27;')}</p>`,
    );
    expect(loadLocale).not.toHaveBeenCalled();
  });

  it('streams, with a Suspense boundary resolving after the shell', async () => {
    let release!: () => void;
    const ready = new Promise<void>((resolve) => {
      release = resolve;
    });
    const Late = lazy(async () => {
      await ready;
      return { default: () => <SmsPartnerMessage section="mail" code={1} /> };
    });
    const streamed = renderToStream(
      <SmsPartnerProvider locale="fr" packs={[en, fr]}>
        <Messages />
        <Suspense fallback={<p>…</p>}>
          <p>
            <Late />
          </p>
        </Suspense>
      </SmsPartnerProvider>,
    );
    setTimeout(release, 10);
    const text = textOf(await streamed);
    expect(text).toContain('Crédit insuffisant');
    expect(text).toContain(fr.friendly[lookup('mail', 1)!.key]);
  });

  it('keeps concurrent renders apart: two requests in two languages at the same time', async () => {
    const page = (locale: string) => (
      <SmsPartnerProvider locale={locale} packs={[en, fr]}>
        <Messages />
      </SmsPartnerProvider>
    );
    const [english, french, nested] = await Promise.all([
      renderToStream(page('en')),
      renderToStream(page('fr')),
      renderToStream(
        <SmsPartnerProvider locale="en" packs={[en, fr]}>
          <Messages />
          <SmsPartnerProvider locale="fr" packs={[en, fr]}>
            <Messages />
          </SmsPartnerProvider>
        </SmsPartnerProvider>,
      ),
    ]);
    expect(textOf(english)).toBe(`Insufficient credit${en.friendly['hlr.error.unknownSubscriber']}`);
    expect(textOf(french)).toBe(`Crédit insuffisant${fr.friendly['hlr.error.unknownSubscriber']}`);
    expect(textOf(nested)).toBe(textOf(english) + textOf(french));
  });

  it('renders the react-i18next setup on the server, one i18next instance per request', async () => {
    const render = async (lng: string) => {
      const instance = i18next.createInstance();
      await instance.use(initReactI18next).init({ lng, fallbackLng: 'en', resources: {} });
      return renderToStream(
        <I18nextProvider i18n={instance}>
          <SmsPartnerI18nextProvider packs={[en, fr]}>
            <Messages />
          </SmsPartnerI18nextProvider>
        </I18nextProvider>,
      );
    };
    const [french, english] = await Promise.all([render('fr'), render('en')]);
    expect(textOf(french)).toBe(`Crédit insuffisant${fr.friendly['hlr.error.unknownSubscriber']}`);
    expect(textOf(english)).toBe(`Insufficient credit${en.friendly['hlr.error.unknownSubscriber']}`);
  });

  it('renders the react-intl setup on the server', () => {
    const html = renderToString(
      <IntlProvider locale="fr" defaultLocale="en" messages={{}}>
        <SmsPartnerIntlProvider packs={[en, fr]}>
          <Messages />
        </SmsPartnerIntlProvider>
      </IntlProvider>,
    );
    expect(textOf(html)).toBe(`Crédit insuffisant${fr.friendly['hlr.error.unknownSubscriber']}`);
  });

  it('escapes parameters holding HTML in server output', () => {
    const hostile = '</p><script>alert(1)</script>';
    const appPackWithName = toCodePack({
      locale: 'en',
      compiled: {
        friendly: {
          'sms.send.insufficientCredit': [
            { type: 0, value: 'For ' },
            { type: 1, value: 'name' },
          ],
        },
      },
    });
    const html = renderToString(
      <SmsPartnerProvider locale="en" packs={[appPackWithName, en]}>
        <SmsPartnerMessage section="sms.send" code={11} params={{ name: hostile }} />
      </SmsPartnerProvider>,
    );
    expect(html).toBe('For &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
