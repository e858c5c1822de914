import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lastResortText, sectionIds } from '@smspartner-i18n/core';
import {
  createCallCounter,
  hostileList,
  hostileRecord,
  hostileValue,
  neverThrowsSentences,
  throwingProxy,
} from '@smspartner-i18n/hostile';
import { act, cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import i18next from 'i18next';
import type { ReactElement, ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { IntlContext } from 'react-intl';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SmsPartnerI18nextProvider } from './i18next.tsx';
import {
  SmsPartnerContext,
  SmsPartnerMessage,
  SmsPartnerProvider,
  type UseLocaleLoaderOptions,
  useLocaleLoader,
  useSmsPartner,
  useSmsPartnerMessage,
} from './index.ts';
import { SmsPartnerIntlProvider } from './intl.tsx';
import { en, fr } from './test-support.tsx';

/**
 * The never-throws suite of the React adapter: providers, the component and the hooks render,
 * on the server and in a client with effects, whatever the props, packs, loaders, options and
 * context values are (`@smspartner-i18n/hostile`). `HOSTILE_RUNS` (default 100) sets the runs.
 */
const runs = Number(process.env['HOSTILE_RUNS'] ?? 100);
/** Generous: the runs are the point, and the machine is shared. */
const timeout = Math.max(20_000, runs * 100);
const counter = createCallCounter('@smspartner-i18n/react');
const ran = new Set<string>();
afterAll(() => {
  console.info(counter.report());
});
afterEach(cleanup);

const section = fc.oneof(fc.constantFrom(...sectionIds), hostileValue);
const code = fc.oneof(fc.constantFrom(11, '11', 50, 'DELIVRD', 'Delivered'), hostileValue);
const locale = fc.oneof(fc.constantFrom('fr', 'fr-CA', 'en', 'de'), hostileValue);
const register = fc.oneof(fc.constantFrom('official', 'friendly'), hostileValue);
const params = hostileRecord(['max', 'limit', 'code'], { max: fc.oneof(fc.integer(), hostileValue) });
const callOptions = hostileRecord(['register', 'params'], { register, params });
const pack = fc.oneof(
  fc.constantFrom(en, fr, en.pack, fr.pack),
  hostileRecord(['locale', 'codes', 'pack', 'default', 'resources'], { locale }),
);
const packs = hostileList(pack);
const loaded = fc.oneof(pack, packs, hostileValue);
const loader = fc.oneof(
  loaded.map((value) => () => value),
  loaded.map((value) => () => Promise.resolve(value)),
  fc.constant(() => Promise.reject(new Error('offline'))),
  fc.constant(() => {
    throw new Error('sync');
  }),
  hostileValue,
);
const onLoadError = fc.constantFrom(
  () => undefined,
  () => {
    throw new Error('handler');
  },
);
const providerProps = hostileRecord(
  ['packs', 'loadLocale', 'fallbackLocale', 'register', 'onLoadError', 'loading'],
  {
    packs,
    loadLocale: loader,
    fallbackLocale: locale,
    register,
    onLoadError,
    loading: fc.oneof(fc.boolean(), hostileValue),
  },
);
/** What `useLocaleLoader` is given: the record itself may be a Proxy or have throwing getters. */
const loaderOptions = hostileRecord(['locale', 'packs', 'loadLocale', 'fallbackLocale', 'onLoadError'], {
  locale,
  packs,
  loadLocale: loader,
  fallbackLocale: locale,
  onLoadError,
});

/** The standalone provider with `useLocaleLoader`'s props, from any options. */
function LazyProvider({ options, children }: { options: unknown; children: ReactNode }): ReactElement {
  return (
    <SmsPartnerProvider {...useLocaleLoader(options as UseLocaleLoaderOptions)}>
      {children}
    </SmsPartnerProvider>
  );
}

/** Own enumerable props of a generated record, read as JSX spreads them (a record that throws gives none). */
function propsOf(record: unknown): Record<string, unknown> {
  try {
    return typeof record === 'object' && record !== null ? { ...record } : {};
  } catch {
    return {};
  }
}

/** What a tree shows: never empty, never a key. */
function expectSentences(html: string, count: number) {
  const texts = html
    .replace(/<!--.*?-->/g, '')
    .split(/<\/?[^>]+>/)
    .map((text) => text.trim())
    .filter(Boolean);
  expect(texts.length).toBe(count);
  for (const text of texts) expect(text).not.toMatch(/^[a-z]+(?:\.[a-zA-Z]+)+$/);
}

function Messages({ s, c, o }: { s: unknown; c: unknown; o: unknown }): ReactElement {
  const message = useSmsPartnerMessage();
  const { explain, locale: treeLocale } = useSmsPartner();
  const text = counter.call(() => message(s as never, c as never, o as never));
  const explained = counter.call(() => explain(s as never, c as never, o as never));
  expect(typeof treeLocale).toBe('string');
  const options = propsOf(o);
  return (
    <>
      <p>{text}</p>
      <p>{explained.text}</p>
      <p>
        <SmsPartnerMessage
          section={s as never}
          code={c as never}
          register={options['register'] as never}
          params={options['params'] as never}
        />
      </p>
    </>
  );
}

function property(name: string, arbitraries: fc.Arbitrary<unknown>[], check: (...values: never[]) => void) {
  it(
    name,
    () => {
      fc.assert(
        fc.property(...(arbitraries as [fc.Arbitrary<unknown>]), (...values: unknown[]) =>
          check(...(values as never[])),
        ),
        { numRuns: runs },
      );
      ran.add(name);
    },
    timeout,
  );
}

describe('@smspartner-i18n/react never throws during render, for any value', () => {
  property('without a provider', [section, code, callOptions], (s, c, o) => {
    expectSentences(
      counter.call(() => renderToString(<Messages s={s} c={c} o={o} />)),
      3,
    );
  });

  property(
    'SmsPartnerProvider, server render',
    [locale, providerProps, section, code, callOptions],
    (l, props, s, c, o) => {
      const html = counter.call(() =>
        renderToString(
          <SmsPartnerProvider locale={l as never} {...propsOf(props)}>
            <Messages s={s} c={c} o={o} />
          </SmsPartnerProvider>,
        ),
      );
      expectSentences(html, 3);
    },
  );

  property(
    'useLocaleLoader with any options, server render',
    [loaderOptions, section, code, callOptions],
    (options, s, c, o) => {
      const html = counter.call(() =>
        renderToString(
          <LazyProvider options={options}>
            <Messages s={s} c={c} o={o} />
          </LazyProvider>,
        ),
      );
      expectSentences(html, 3);
    },
  );

  property(
    'SmsPartnerIntlProvider, with any react-intl context',
    [
      hostileRecord(['locale', 'defaultLocale'], { locale, defaultLocale: locale }),
      providerProps,
      section,
      code,
    ],
    (intl, props, s, c) => {
      const html = counter.call(() =>
        renderToString(
          <IntlContext.Provider value={intl as never}>
            <SmsPartnerIntlProvider {...propsOf(props)}>
              <Messages s={s} c={c} o={undefined} />
            </SmsPartnerIntlProvider>
          </IntlContext.Provider>,
        ),
      );
      expectSentences(html, 3);
    },
  );

  property(
    'SmsPartnerI18nextProvider, with any i18n instance',
    [
      fc.oneof(
        hostileValue,
        hostileRecord(['getResource', 't', 'language', 'options', 'on', 'store'], {
          getResource: fc.constant(() => 'x {{max}}'),
          t: fc.constant(() => 'text'),
          language: locale,
        }),
      ),
      providerProps,
      section,
      code,
      callOptions,
    ],
    (i18n, props, s, c, o) => {
      const html = counter.call(() =>
        renderToString(
          <SmsPartnerI18nextProvider i18n={i18n as never} {...propsOf(props)}>
            <Messages s={s} c={c} o={o} />
          </SmsPartnerI18nextProvider>,
        ),
      );
      expectSentences(html, 3);
    },
  );

  property(
    'an app’s own context value',
    [
      fc.oneof(
        hostileValue,
        hostileRecord(['locale', 'register', 'loading', 'explain'], {
          explain: fc.constantFrom(
            () => ({ text: 'x', locale: 'fr' }),
            () => undefined,
            () => {
              throw new Error('explain');
            },
          ),
        }),
      ),
      section,
      code,
    ],
    (value, s, c) => {
      const html = counter.call(() =>
        renderToString(
          <SmsPartnerContext.Provider value={value as never}>
            <Messages s={s} c={c} o={undefined} />
          </SmsPartnerContext.Provider>,
        ),
      );
      expectSentences(html, 3);
    },
  );

  it(
    'a client render with effects: loaders that give anything, handlers that throw',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          locale,
          providerProps,
          loaderOptions,
          section,
          code,
          async (l, props, options, s, c) => {
            const i18n = i18next.createInstance();
            await i18n.init({ lng: 'fr', resources: {}, showSupportNotice: false } as never);
            for (const tree of [
              <SmsPartnerProvider key="standalone" locale={l as never} {...propsOf(props)}>
                <Messages s={s} c={c} o={undefined} />
              </SmsPartnerProvider>,
              <LazyProvider key="lazy" options={options}>
                <Messages s={s} c={c} o={undefined} />
              </LazyProvider>,
              <SmsPartnerI18nextProvider key="i18next" i18n={i18n} {...propsOf(props)}>
                <Messages s={s} c={c} o={undefined} />
              </SmsPartnerI18nextProvider>,
            ]) {
              const view = counter.call(() => render(tree));
              // Loaders settle in microtasks and effects: let them, then look again.
              await act(async () => {
                await new Promise((resolve) => setTimeout(resolve, 0));
              });
              expect(view.container.querySelectorAll('p')).toHaveLength(3);
              for (const p of view.container.querySelectorAll('p')) expect(p.textContent).not.toBe('');
              view.unmount();
            }
          },
        ),
        // A fixed seed by default, so a run is repeatable; HOSTILE_SEED=<n> hunts with other inputs
        // (seeds 2 and 3 found the huge sparse list the test above now pins).
        {
          numRuns: Math.max(10, Math.floor(runs / 4)),
          seed: Number(process.env['HOSTILE_SEED'] ?? 20261202),
        },
      );
      ran.add('a client render with effects');
    },
    timeout,
  );

  it('reads a bounded part of a huge list a loader or the packs give (a sparse array of 2 ** 32 - 1)', async () => {
    const huge = (...items: unknown[]) => Object.assign(new Array(2 ** 32 - 1), items);
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'fr', resources: {}, showSupportNotice: false } as never);
    const trees = [
      <SmsPartnerI18nextProvider key="packs" i18n={i18n} packs={[huge(en, fr)] as never}>
        <Messages s="sms.send" c={11} o={undefined} />
      </SmsPartnerI18nextProvider>,
      <SmsPartnerI18nextProvider
        key="loader"
        i18n={i18n}
        packs={[en]}
        loadLocale={async () => huge(fr) as never}
      >
        <Messages s="sms.send" c={11} o={undefined} />
      </SmsPartnerI18nextProvider>,
      <LazyProvider key="lazy" options={{ locale: 'fr', packs: [en], loadLocale: async () => huge(fr) }}>
        <Messages s="sms.send" c={11} o={undefined} />
      </LazyProvider>,
    ];
    for (const tree of trees) {
      const view = render(tree);
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      // The packs at the head of the list are read: the French text shows.
      expect(view.container.querySelector('p')?.textContent).toBe(fr.friendly['sms.send.insufficientCredit']);
      view.unmount();
    }
  }, 20_000);

  it('the hook’s error path does not read the options again', () => {
    let reads = 0;
    const options = {
      get register(): string {
        reads++;
        throw new Error('getter');
      },
    };
    const html = renderToString(
      <SmsPartnerProvider locale="fr" packs={[throwingProxy({}) as never, en, fr]}>
        <Messages s="sms.send" c={11} o={options} />
      </SmsPartnerProvider>,
    );
    expect(html).toContain('<p>');
    // Each of the three calls reads `register` at most once: the resolver may, the fallback does not.
    expect(reads).toBeLessThanOrEqual(3);
    expect(renderToString(<SmsPartnerMessage section="sms.send" code={11} />)).toBe(lastResortText);
  });

  it('has made the calls it reports', () => {
    expect(counter.count).toBeGreaterThan(runs * 5);
  });
});

const claims: readonly { readonly sentence: RegExp; readonly properties: readonly string[] }[] = [
  {
    sentence: /^Without an `IntlProvider` it does not throw/,
    properties: ['SmsPartnerIntlProvider, with any react-intl context'],
  },
  {
    sentence: /^Providers, the component and the hooks never throw during render/,
    properties: [
      'without a provider',
      'SmsPartnerProvider, server render',
      'useLocaleLoader with any options, server render',
      'SmsPartnerIntlProvider, with any react-intl context',
      'SmsPartnerI18nextProvider, with any i18n instance',
      'an app’s own context value',
      'a client render with effects',
    ],
  },
  {
    sentence: /^The function `useSmsPartnerMessage\(\)` returns never throws either/,
    properties: ['without a provider', 'SmsPartnerProvider, server render'],
  },
];

describe('packages/react/README.md', () => {
  it('backs each of its never-throws sentences with properties of this suite', () => {
    const sentences = neverThrowsSentences(
      readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../README.md'), 'utf8'),
    );
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    for (const sentence of sentences) {
      const rows = claims.filter((claim) => claim.sentence.test(sentence));
      expect(rows.length, `no property backs the README sentence: ${sentence}`).toBeGreaterThan(0);
      for (const property of rows.flatMap((row) => row.properties))
        expect(ran, `the property "${property}" did not run`).toContain(property);
    }
    for (const claim of claims)
      expect(
        sentences.some((sentence) => claim.sentence.test(sentence)),
        `the README no longer says: ${claim.sentence}`,
      ).toBe(true);
  });
});
