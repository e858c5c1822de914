import { parse } from '@formatjs/icu-messageformat-parser';
import { lastResortText, toCodePack } from '@smspartner-i18n/core';
import type { CompiledMessage, MessagePack } from '@smspartner-i18n/core/types';
import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type LoadedLocaleProps,
  type LoadLocale,
  SmsPartnerMessage,
  type SmsPartnerMessageFunction,
  SmsPartnerProvider,
  useLocaleLoader,
  useSmsPartner,
  useSmsPartnerMessage,
} from './index.ts';
import { en, fr, LazyProvider } from './test-support.tsx';

afterEach(cleanup);

/** Hands the hook's function to the test on every render. */
function MessageProbe({ report }: { report: (message: SmsPartnerMessageFunction) => void }) {
  report(useSmsPartnerMessage());
  return null;
}

function LoadingProbe({ report }: { report: (loading: boolean) => void }) {
  report(useSmsPartner().loading);
  return null;
}

/** Hands `useLocaleLoader`'s props to the test on every render; packs and loader written inline, as apps do. */
function LoaderProbe({ locale, report }: { locale: string; report: (props: LoadedLocaleProps) => void }) {
  report(useLocaleLoader({ locale, packs: [en], loadLocale: () => undefined }));
  return null;
}

const inlineLoaderCalls: string[] = [];

/** A lazy tree whose loader is made anew on every render (as apps write it), unless one is given. */
function Tree({ locale, loader }: { locale: string; loader?: LoadLocale }) {
  return (
    <LazyProvider
      locale={locale}
      packs={[en]}
      // A new function on every render, as apps write it, unless the test gives one.
      loadLocale={
        loader ??
        ((tag) => {
          inlineLoaderCalls.push(tag);
          return tag === 'fr' ? fr : undefined;
        })
      }
    >
      <p data-testid="message">
        <SmsPartnerMessage section="sms.send" code={11} />
      </p>
    </LazyProvider>
  );
}

/** `useLocaleLoader`'s props spread into a provider that has a fallback locale of its own. */
function Spread({ hookFallback }: { hookFallback?: string }) {
  const loaded = useLocaleLoader({
    locale: 'de',
    packs: [en],
    loadLocale: (tag) => (tag === 'fr' ? fr : undefined),
    ...(hookFallback === undefined ? {} : { fallbackLocale: hookFallback }),
  });
  return (
    <SmsPartnerProvider fallbackLocale="fr" {...loaded}>
      <p data-testid="message">
        <SmsPartnerMessage section="sms.send" code={11} />
      </p>
    </SmsPartnerProvider>
  );
}

/** A promise the test settles by hand, to look at the page while a pack is loading. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The texts an app writes to override some of ours, by key, compiled from ICU sources. */
function appMessages(locale: string, friendly: Record<string, string>): MessagePack {
  return {
    locale,
    compiled: {
      friendly: Object.fromEntries(
        Object.entries(friendly).map(([key, source]) => [key, parse(source) as unknown as CompiledMessage]),
      ),
    },
  };
}

describe('SmsPartnerProvider (standalone)', () => {
  it('shows the French friendly and official texts of a code', () => {
    render(
      <SmsPartnerProvider locale="fr" packs={[en, fr]}>
        <p data-testid="friendly">
          <SmsPartnerMessage section="sms.send" code={11} />
        </p>
        <p data-testid="official">
          <SmsPartnerMessage section="sms.send" code="11" register="official" />
        </p>
      </SmsPartnerProvider>,
    );
    expect(screen.getByTestId('friendly').textContent).toBe(fr.friendly['sms.send.insufficientCredit']);
    expect(screen.getByTestId('official').textContent).toBe('Crédit insuffisant');
  });

  it('formats the catalog default of an argument, and a caller value over it, in the locale', () => {
    const source = fr.friendly['sms.send.tooManyNumbers']!;
    expect(source).toContain('{max, number}');
    render(
      <SmsPartnerProvider locale="fr" packs={[en.pack, fr.pack]}>
        <p data-testid="default">
          <SmsPartnerMessage section="sms.send" code={50} />
        </p>
        <p data-testid="given">
          <SmsPartnerMessage section="sms.send" code={50} params={{ max: 12000 }} />
        </p>
      </SmsPartnerProvider>,
    );
    expect(screen.getByTestId('default').textContent).toContain('500');
    expect(screen.getByTestId('given').textContent).toContain('12\u202f000');
  });

  it('falls back to the section text for an unknown code and to the global text for an unknown section', () => {
    render(
      <SmsPartnerProvider locale="fr-CA" packs={[en, fr]}>
        <p data-testid="section">
          <SmsPartnerMessage section="sms.send" code={99999} />
        </p>
        <p data-testid="global">
          {/* @ts-expect-error: a JavaScript caller passing a section that does not exist */}
          <SmsPartnerMessage section="sms.nope" code={11} />
        </p>
      </SmsPartnerProvider>,
    );
    expect(screen.getByTestId('section').textContent).toBe(fr.friendly['sms.send.unknownCode']);
    expect(screen.getByTestId('global').textContent).toBe(fr.friendly['unknownCode']);
  });

  it('renders a sentence, never a key or an error, for props of the wrong type', () => {
    const badProps = [
      { section: 42, code: { toString: () => '11' }, register: 'loud', params: 'max=3' },
      { section: undefined, code: undefined },
      { section: 'sms.send', code: Symbol('11'), params: { max: { valueOf: () => 1 } } },
      { section: '__proto__', code: 'constructor' },
    ];
    render(
      <SmsPartnerProvider locale="fr" packs={[en, fr]}>
        {badProps.map((props, index) => (
          <p key={String(index)} data-testid={`bad-${index}`}>
            {/* @ts-expect-error: what a JavaScript caller might pass */}
            <SmsPartnerMessage {...props} />
          </p>
        ))}
      </SmsPartnerProvider>,
    );
    expect(screen.getByTestId('bad-0').textContent).toBe(fr.friendly['unknownCode']);
    expect(screen.getByTestId('bad-1').textContent).toBe(fr.friendly['unknownCode']);
    expect(screen.getByTestId('bad-2').textContent).toBe(fr.friendly['sms.send.unknownCode']);
    expect(screen.getByTestId('bad-3').textContent).toBe(fr.friendly['unknownCode']);
  });

  it('shows the last-resort sentence without a provider or without packs', () => {
    render(
      <>
        <p data-testid="none">
          <SmsPartnerMessage section="sms.send" code={11} />
        </p>
        <SmsPartnerProvider locale="fr" packs={[]}>
          <p data-testid="empty">
            <SmsPartnerMessage section="sms.send" code={11} />
          </p>
        </SmsPartnerProvider>
      </>,
    );
    expect(screen.getByTestId('none').textContent).toBe(lastResortText);
    // English inside a French tree is marked as English for screen readers.
    expect(screen.getByTestId('empty').innerHTML).toBe(`<span lang="en">${lastResortText}</span>`);
  });

  it('renders parameters holding HTML as text', () => {
    const hostile = '<img src="x" onerror="alert(1)"><b>bold</b>';
    const overriding = toCodePack(
      appMessages('en', { 'sms.send.insufficientCredit': 'Credit is out for {recipient}.' }),
    );
    const { container } = render(
      <SmsPartnerProvider locale="en" packs={[overriding, en]}>
        <p data-testid="message">
          <SmsPartnerMessage section="sms.send" code={11} params={{ recipient: hostile }} />
        </p>
      </SmsPartnerProvider>,
    );
    expect(screen.getByTestId('message').textContent).toBe(`Credit is out for ${hostile}.`);
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('reads code packs: a message pack counts once toCodePack has turned it into one', () => {
    const byKey = appMessages('fr', { 'sms.send.insufficientCredit': 'Plus de crédit, {shop}.' });
    const byCode = toCodePack(
      appMessages('fr', { 'sms.send.tooManyNumbers': 'Au plus {max, number} numéros.' }),
    );
    render(
      // @ts-expect-error: a message pack (by key) needs the catalog, which this provider leaves out
      <SmsPartnerProvider locale="fr" packs={[byKey, en, fr]}>
        <p data-testid="by-key">
          <SmsPartnerMessage section="sms.send" code={11} params={{ shop: 'Acme' }} />
        </p>
      </SmsPartnerProvider>,
    );
    // Ignored, not an error: the locale package's text answers.
    expect(screen.getByTestId('by-key').textContent).toBe(fr.friendly['sms.send.insufficientCredit']);
    cleanup();
    render(
      <SmsPartnerProvider locale="fr" packs={[toCodePack(byKey), byCode, en, fr]}>
        <p data-testid="converted">
          <SmsPartnerMessage section="sms.send" code={11} params={{ shop: 'Acme' }} />
        </p>
        <p data-testid="code-pack">
          <SmsPartnerMessage section="sms.send" code="50" />
        </p>
      </SmsPartnerProvider>,
    );
    expect(screen.getByTestId('converted').textContent).toBe('Plus de crédit, Acme.');
    expect(screen.getByTestId('code-pack').textContent).toBe('Au plus 500 numéros.');
  });

  it('lets two providers with different locales render two languages in one tree', () => {
    render(
      <SmsPartnerProvider locale="en" packs={[en, fr]}>
        <p data-testid="outer">
          <SmsPartnerMessage section="sms.send" code={11} />
        </p>
        <SmsPartnerProvider locale="fr" packs={[en, fr]} register="official">
          <p data-testid="inner">
            <SmsPartnerMessage section="sms.send" code={11} />
          </p>
        </SmsPartnerProvider>
      </SmsPartnerProvider>,
    );
    expect(screen.getByTestId('outer').textContent).toBe(en.friendly['sms.send.insufficientCredit']);
    expect(screen.getByTestId('inner').textContent).toBe('Crédit insuffisant');
  });

  it('follows a change of locale', () => {
    const view = (locale: string) => (
      <SmsPartnerProvider locale={locale} packs={[en, fr]}>
        <p data-testid="message">
          <SmsPartnerMessage section="hlr.error" code="EC_UNKNOWN_SUBSCRIBER" />
        </p>
      </SmsPartnerProvider>
    );
    const { rerender } = render(view('en'));
    expect(screen.getByTestId('message').textContent).toBe(en.friendly['hlr.error.unknownSubscriber']);
    rerender(view('fr'));
    expect(screen.getByTestId('message').textContent).toBe(fr.friendly['hlr.error.unknownSubscriber']);
  });
});

describe('useSmsPartnerMessage', () => {
  it('returns a function giving strings, with per-call register and arguments', () => {
    const seen: string[] = [];
    const report = (message: SmsPartnerMessageFunction) =>
      seen.push(
        message('sms.send', 11),
        message('sms.send', 11, { register: 'official' }),
        message('sms.send', 50, { params: { max: 7 } }),
        message('mail', null),
      );
    render(
      <SmsPartnerProvider locale="fr" packs={[en, fr]}>
        <MessageProbe report={report} />
      </SmsPartnerProvider>,
    );
    expect(seen.slice(0, 4)).toEqual([
      fr.friendly['sms.send.insufficientCredit'],
      'Crédit insuffisant',
      expect.stringContaining(' 7\u00a0'),
      fr.friendly['mail.unknownCode'],
    ]);
  });
});

describe('stability', () => {
  it('keeps the same message function when an inline packs array holds the same packs', () => {
    const seen: SmsPartnerMessageFunction[] = [];
    const tree = (packs: readonly (typeof en | typeof fr)[]) => (
      <SmsPartnerProvider locale="fr" packs={packs}>
        <MessageProbe report={(message) => seen.push(message)} />
      </SmsPartnerProvider>
    );
    const { rerender } = render(tree([en, fr]));
    rerender(tree([en, fr]));
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
    rerender(tree([fr]));
    expect(seen[2]).not.toBe(seen[1]);
    expect(seen[2]!('sms.send', 11)).toBe(fr.friendly['sms.send.insufficientCredit']);
  });
});

describe('lazy locale packs', () => {
  it('never asks for French in an English tree', async () => {
    const loadLocale = vi.fn<LoadLocale>(async (locale) => (locale === 'fr' ? fr : undefined));
    render(
      <LazyProvider locale="en" packs={[en]} loadLocale={loadLocale}>
        <p data-testid="message">
          <SmsPartnerMessage section="sms.send" code={11} />
        </p>
      </LazyProvider>,
    );
    await act(async () => {});
    expect(loadLocale).not.toHaveBeenCalled();
    expect(screen.getByTestId('message').textContent).toBe(en.friendly['sms.send.insufficientCredit']);
  });

  it('shows English while French loads, then French; asks once per tag, even under StrictMode', async () => {
    const french = deferred<typeof fr>();
    const loadLocale = vi.fn<LoadLocale>((locale) => (locale === 'fr' ? french.promise : undefined));
    const states: boolean[] = [];
    render(
      <StrictMode>
        <LazyProvider locale="fr-CA" packs={[en]} loadLocale={loadLocale}>
          <p data-testid="message">
            <SmsPartnerMessage section="sms.send" code={11} />
          </p>
          <LoadingProbe report={(loading) => states.push(loading)} />
        </LazyProvider>
      </StrictMode>,
    );
    await act(async () => {});
    expect(loadLocale.mock.calls.map(([locale]) => locale).sort()).toEqual(['fr', 'fr-CA']);
    expect(screen.getByTestId('message').innerHTML).toBe(
      `<span lang="en">${en.friendly['sms.send.insufficientCredit']}</span>`,
    );
    expect(states.at(-1)).toBe(true);

    await act(async () => french.resolve(fr));
    expect(screen.getByTestId('message').innerHTML).toBe(fr.friendly['sms.send.insufficientCredit']);
    expect(states.at(-1)).toBe(false);
    expect(loadLocale).toHaveBeenCalledTimes(2);
  });

  it('accepts what a dynamic import gives (a module, a CommonJS default, a list)', async () => {
    const loaders: LoadLocale[] = [async () => ({ default: fr }), async () => [fr.pack], () => fr];
    for (const loadLocale of loaders) {
      render(
        <LazyProvider locale="fr" packs={[en]} loadLocale={loadLocale}>
          <p data-testid="message">
            <SmsPartnerMessage section="sms.send" code={11} register="official" />
          </p>
        </LazyProvider>,
      );
      await act(async () => {});
      expect(screen.getByTestId('message').textContent).toBe('Crédit insuffisant');
      cleanup();
    }
  });

  it('loads a section sub-entry of a locale package with a real dynamic import', async () => {
    const loadLocale = vi.fn<LoadLocale>((locale) =>
      locale === 'fr' ? import('@smspartner-i18n/locale-fr/official/sms.send') : undefined,
    );
    render(
      <LazyProvider locale="fr" register="official" packs={[en]} loadLocale={loadLocale}>
        <p data-testid="in-section">
          <SmsPartnerMessage section="sms.send" code={11} />
        </p>
        <p data-testid="other-section">
          <SmsPartnerMessage section="mail" code={1} />
        </p>
      </LazyProvider>,
    );
    expect(screen.getByTestId('in-section').textContent).toBe('Insufficient credit');
    await act(async () => {
      await loadLocale.mock.results[0]?.value;
    });
    expect(screen.getByTestId('in-section').textContent).toBe('Crédit insuffisant');
    // The sub-entry holds sms.send only: another section still comes from English, marked as such.
    expect(screen.getByTestId('other-section').innerHTML).toBe(
      `<span lang="en">${en.official['mail.apiKeyRequired']}</span>`,
    );
  });

  it('keeps the fallback text and reports the error when a loader fails', async () => {
    const failure = new Error('chunk fr failed to load');
    const onLoadError = vi.fn();
    const loaders: LoadLocale[] = [
      () => Promise.reject(failure),
      () => {
        throw failure;
      },
      async () => ({ not: 'a pack' }) as never,
    ];
    for (const loadLocale of loaders) {
      render(
        <LazyProvider locale="fr" packs={[en]} loadLocale={loadLocale} onLoadError={onLoadError}>
          <p data-testid="message">
            <SmsPartnerMessage section="sms.send" code={11} />
          </p>
        </LazyProvider>,
      );
      await act(async () => {});
      expect(screen.getByTestId('message').textContent).toBe(en.friendly['sms.send.insufficientCredit']);
      cleanup();
    }
    expect(onLoadError.mock.calls).toEqual([
      [failure, 'fr'],
      [failure, 'fr'],
    ]);
  });

  it('tells the tree what the loading prop says, and only `true` counts', () => {
    const states: boolean[] = [];
    for (const loading of [true, false, undefined, 'yes' as never, 1 as never]) {
      render(
        <SmsPartnerProvider locale="fr" packs={[fr]} loading={loading}>
          <LoadingProbe report={(state) => states.push(state)} />
        </SmsPartnerProvider>,
      );
      cleanup();
    }
    expect(states).toEqual([true, false, false, false, false]);
  });

  it('gives the same props while nothing changes (inline packs and loader), so the provider keeps its resolver', async () => {
    const seen: LoadedLocaleProps[] = [];
    const report = (props: LoadedLocaleProps) => seen.push(props);
    const { rerender } = render(<LoaderProbe locale="fr" report={report} />);
    await act(async () => {});
    const settled = seen.length;
    rerender(<LoaderProbe locale="fr" report={report} />);
    expect(seen.at(-1)).toBe(seen[settled - 1]);
    expect(seen.at(-1)).toEqual({ locale: 'fr', packs: [en.pack], loading: false });
    // No fallback locale given: none in the props, so that the provider's own is kept.
    expect(seen.at(-1)).not.toHaveProperty('fallbackLocale');
    rerender(<LoaderProbe locale="en" report={report} />);
    expect(seen.at(-1)).not.toBe(seen[settled - 1]);
    expect(seen.at(-1)?.locale).toBe('en');
  });

  it('asks the newest loader, once per tag, however often an inline loader is made anew', async () => {
    const first = vi.fn<LoadLocale>(() => undefined);
    const { rerender } = render(<Tree locale="en" loader={first} />);
    await act(async () => {});
    rerender(<Tree locale="fr" />);
    rerender(<Tree locale="fr" />);
    await act(async () => {});
    rerender(<Tree locale="fr" />);
    await act(async () => {});
    expect(first).not.toHaveBeenCalled();
    expect(inlineLoaderCalls).toEqual(['fr']);
    expect(screen.getByTestId('message').textContent).toBe(fr.friendly['sms.send.insufficientCredit']);
  });

  it('calls the loader as a plain function, not as a method of anything of ours', async () => {
    const receivers: unknown[] = [];
    render(
      <LazyProvider
        locale="fr"
        packs={[en]}
        loadLocale={function (this: unknown) {
          receivers.push(this);
          return fr;
        }}
      />,
    );
    await act(async () => {});
    expect(receivers).toEqual([undefined]);
  });

  it('keeps the provider its fallback locale unless the hook was given one, which it then loads', async () => {
    // The hook loads nothing for `de`, `en` (given): the provider's fallback `fr` has no pack, English shows.
    render(<Spread />);
    await act(async () => {});
    expect(screen.getByTestId('message').textContent).toBe(en.friendly['sms.send.insufficientCredit']);
    cleanup();
    // Given to the hook, the fallback locale is loaded and passed on.
    render(<Spread hookFallback="fr" />);
    await act(async () => {});
    expect(screen.getByTestId('message').innerHTML).toBe(
      `<span lang="fr">${fr.friendly['sms.send.insufficientCredit']}</span>`,
    );
  });

  it('hydrates the server render without a mismatch, then loads the locale once', async () => {
    const loadLocale = vi.fn<LoadLocale>(async (tag) => (tag === 'fr' ? fr : undefined));
    const tree = (
      <LazyProvider locale="fr" packs={[en]} loadLocale={loadLocale}>
        <p data-testid="message">
          <SmsPartnerMessage section="sms.send" code={11} />
        </p>
      </LazyProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(tree);
    document.body.append(container);
    expect(loadLocale).not.toHaveBeenCalled();
    const recoverable = vi.fn();
    const root = await act(async () => hydrateRoot(container, tree, { onRecoverableError: recoverable }));
    await act(async () => {});
    expect(recoverable).not.toHaveBeenCalled();
    expect(loadLocale.mock.calls).toEqual([['fr']]);
    expect(container.querySelector('p')?.innerHTML).toBe(fr.friendly['sms.send.insufficientCredit']);
    act(() => root.unmount());
    container.remove();
  });

  it('shows the last-resort sentence, not an empty element, when nothing is there yet', async () => {
    const french = deferred<typeof fr>();
    render(
      <LazyProvider locale="fr" loadLocale={(locale) => (locale === 'fr' ? french.promise : undefined)}>
        <p data-testid="message">
          <SmsPartnerMessage section="sms.send" code={11} />
        </p>
      </LazyProvider>,
    );
    expect(screen.getByTestId('message').textContent).toBe(lastResortText);
    await act(async () => french.resolve(fr));
    expect(screen.getByTestId('message').textContent).toBe(fr.friendly['sms.send.insufficientCredit']);
  });
});
