import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import { type Messages as LinguiMessages, setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import { createResolver } from '@smspartner-i18n/core/runtime';
import { pack } from '@smspartner-i18n/locale-fr/friendly/sms.send';
import i18next, { type Resource } from 'i18next';
import { createIntl, createIntlCache, type MessageDescriptor } from 'react-intl';
import { type PeerTexts, piecesOf } from './peer-texts.ts';

/**
 * The peer contenders (listed at the end): each is how an app would show the French friendly texts of
 * `sms.send` with one library, built from the same JSON at bench time. `pnpm bench:size` measures its app,
 * `pnpm bench` times its calls, and peers.test.ts checks that both give our sentence for every code.
 */

export type Values = Readonly<Record<string, number>>;

/** What the timed calls read, made before timing and cycled by `index & mask`. */
export interface SpeedInputs {
  readonly staticCodes: readonly number[];
  /** The code of the text with a `{x, number}` argument, and a different value of it for every call. */
  readonly numberCode: number;
  readonly numberValues: readonly Values[];
  readonly mask: number;
}

/**
 * The timed calls, each written as its own function literal in the contender's module and handed to mitata as
 * it is (a shared wrapper would add a megamorphic call to every benchmark).
 */
export interface PeerBenches {
  readonly static: () => void;
  readonly number: () => void;
}

export interface PeerRuntime {
  /** The sentence for `code` (the section's defaults under `values`), through the same calls as the benches. */
  text(code: number, values?: Values): string;
  /** The timed calls over `inputs`, each giving its answer to `sink`, which the checks read back. */
  benches(inputs: SpeedInputs, sink: (answer: unknown) => void): PeerBenches;
}

/** Another build of the same app: a module replacement the library documents for production. */
export interface SizeVariant {
  readonly label: string;
  /** esbuild `alias`, resolved from the package `resolveFrom` (whose own dependencies the replacements are). */
  readonly alias: Readonly<Record<string, string>>;
  readonly resolveFrom: string;
  /** A string of the code the replacement takes out: the test checks that the bundle lacks it. */
  readonly removes: string;
}

export interface Contender {
  /** Short id: benchmark ids are `peer-<id>-static` and `peer-<id>-number`. */
  readonly id: string;
  readonly label: string;
  /** The npm packages its app ships (their installed versions go into the tables). */
  readonly packages: readonly string[];
  readonly sizeVariants?: readonly SizeVariant[];
  /** Whether `files` can build an app of only some codes (a pack per section cannot). */
  readonly subsets: boolean;
  /**
   * The app's files by name: `app.mjs` exports `App({ code, values })`, a React component showing the
   * sentence for an API code chosen at run time; the others are what the library's build makes of the JSON.
   */
  files(texts: PeerTexts): Readonly<Record<string, string>>;
  /** The library set up in this process from the files written in `dir` (the catalog the app ships). */
  runtime(dir: string, texts: PeerTexts): Promise<PeerRuntime>;
}

/** The message id every id-keyed contender gives the section's fallback. */
const fallbackId = 'unknown';

/** `{"50":{"max":500},…}`: the section's default arguments, for the codes that have some. */
function defaultsLiteral(texts: PeerTexts): string {
  const withSome = texts.messages.filter((message) => Object.keys(message.defaults).length > 0);
  return JSON.stringify(Object.fromEntries(withSome.map((message) => [message.code, message.defaults])));
}

/** Texts by message id (`fallbackId` for the fallback), each `compile`d when given. */
function sourcesById<T = string>(texts: PeerTexts, compile = (source: string) => source as T) {
  return {
    ...Object.fromEntries(texts.messages.map((message) => [String(message.code), compile(message.source)])),
    [fallbackId]: compile(texts.fallback),
  };
}

const idOf = (messages: object, code: number) => (Object.hasOwn(messages, code) ? String(code) : fallbackId);

/** `values` over the section's defaults for `code`: what every app but ours merges itself. */
function withDefaults(texts: PeerTexts): (code: number, values?: Values) => Values {
  const defaults = new Map(texts.messages.map((message) => [message.code, message.defaults]));
  return (code, values) => ({ ...defaults.get(code), ...values });
}

const importCatalog = async <T>(dir: string) =>
  (await import(pathToFileURL(join(dir, 'catalog.mjs')).href)) as T;

/**
 * Ours: the React app of the size target (`SmsPartnerProvider` + `SmsPartnerMessage` and the French friendly
 * `sms.send` entry, built from the same JSON by `pnpm build`), and `message()` of a resolver over the same
 * pack. When the pack's shape changes, only this contender changes.
 */

const oursApp = `import { createElement } from 'react';
import { SmsPartnerMessage, SmsPartnerProvider } from '@smspartner-i18n/react';
import { pack } from '@smspartner-i18n/locale-fr/friendly/sms.send';

const packs = [pack];

export function App({ code, values }) {
  return createElement(
    SmsPartnerProvider,
    { locale: 'fr', packs },
    createElement(SmsPartnerMessage, { section: 'sms.send', code, params: values }),
  );
}`;

const ours: Contender = {
  id: 'ours',
  label: 'ours (`@smspartner-i18n/react` + `@smspartner-i18n/locale-fr/friendly/sms.send`)',
  packages: ['@smspartner-i18n/react', '@smspartner-i18n/locale-fr', '@smspartner-i18n/core'],
  subsets: false,
  files: () => ({ 'app.mjs': oursApp }),
  async runtime(_dir, texts) {
    const resolver = createResolver({ packs: [pack], locale: texts.locale });
    // A local constant, as an app passes a literal.
    const section = 'sms.send' as const;
    return {
      text: (code, values) => resolver.message(section, code, values && { params: values }),
      benches({ staticCodes, numberCode, numberValues, mask }, sink) {
        const options = numberValues.map((params) => ({ params }));
        let i = 0;
        return {
          static: () => sink(resolver.message(section, staticCodes[i++ & mask]!)),
          number: () => sink(resolver.message(section, numberCode, options[i++ & mask]!)),
        };
      },
    };
  },
};

/**
 * The floor: what a developer writes by hand, and the shape of what Paraglide JS compiles to (message
 * functions), in a plain object keyed by code: literal text as string literals, `{x, number}` as a call to
 * the `format` of one cached `Intl.NumberFormat`, the default values inlined. No library at all.
 */

type FloorTexts = Readonly<Record<number, (values?: Values) => string>>;

/** `(d = {}) => "…" + format(d.max ?? 500) + "…"` for one ICU source. */
function templateFunction(source: string, defaults: Values): string {
  const parts = piecesOf(source).map((piece) => {
    if (typeof piece === 'string') return JSON.stringify(piece);
    const fallback = defaults[piece.number];
    const value = `d[${JSON.stringify(piece.number)}]`;
    return `format(${fallback === undefined ? value : `${value} ?? ${fallback}`})`;
  });
  return parts.length === 1 && parts[0]!.startsWith('"')
    ? `() => ${parts[0]}`
    : `(d = {}) => ${parts.join(' + ')}`;
}

function floorCatalog(texts: PeerTexts): string {
  return [
    // The bound `format`, read once: reading the getter on every call costs about 100 ns more.
    `const format = new Intl.NumberFormat(${JSON.stringify(texts.locale)}).format;`,
    'export const texts = {',
    // In ascending order of code: V8 keeps such a literal's integer keys as fast elements, where the
    // catalog's order (992 first) makes a dictionary of them, slower to read.
    ...[...texts.messages]
      .sort((a, b) => a.code - b.code)
      .map((message) => `  ${message.code}: ${templateFunction(message.source, message.defaults)},`),
    '};',
    `export const fallback = ${templateFunction(texts.fallback, {})};`,
  ].join('\n');
}

const floorApp = `import { createElement, Fragment } from 'react';
import { fallback, texts } from './catalog.mjs';

export function App({ code, values }) {
  return createElement(Fragment, null, (texts[code] ?? fallback)(values));
}`;

const floor: Contender = {
  id: 'floor',
  label: 'plain object of template functions + one cached `Intl.NumberFormat` (the floor)',
  packages: [],
  subsets: true,
  files: (texts) => ({ 'catalog.mjs': floorCatalog(texts), 'app.mjs': floorApp }),
  async runtime(dir) {
    const { texts, fallback } = await importCatalog<{ texts: FloorTexts; fallback: () => string }>(dir);
    return {
      text: (code, values) => (texts[code] ?? fallback)(values),
      benches({ staticCodes, numberCode, numberValues, mask }, sink) {
        let i = 0;
        return {
          static: () => sink(texts[staticCodes[i++ & mask]!]!()),
          number: () => sink(texts[numberCode]!(numberValues[i++ & mask]!)),
        };
      },
    };
  },
};

/**
 * messageformat v3: the ICU sources compiled at build time into a module of functions (`compileModule`),
 * which imports its number formatting from `@messageformat/runtime`.
 */

type CompiledMessages = Readonly<Record<string, (values?: Values) => string>>;

const messageformatApp = (defaults: string) => `import { createElement, Fragment } from 'react';
import messages from './catalog.mjs';

const defaults = ${defaults};

export function App({ code, values }) {
  const message = messages[code] ?? messages.${fallbackId};
  return createElement(Fragment, null, message({ ...defaults[code], ...values }));
}`;

const messageformat: Contender = {
  id: 'messageformat',
  label: 'messageformat v3 compiled functions + `@messageformat/runtime`',
  packages: ['@messageformat/runtime'],
  subsets: true,
  files: (texts) => ({
    'catalog.mjs': compileModule(new MessageFormat(texts.locale), sourcesById(texts)),
    'app.mjs': messageformatApp(defaultsLiteral(texts)),
  }),
  async runtime(dir, texts) {
    const messages = (await importCatalog<{ default: CompiledMessages }>(dir)).default;
    const merged = withDefaults(texts);
    return {
      text: (code, values) => (messages[code] ?? messages[fallbackId]!)(merged(code, values)),
      benches({ staticCodes, numberCode, numberValues, mask }, sink) {
        let i = 0;
        return {
          static: () => sink(messages[staticCodes[i++ & mask]!]!()),
          number: () => sink(messages[numberCode]!(numberValues[i++ & mask]!)),
        };
      },
    };
  },
};

/**
 * Lingui 5: a compiled catalog (each ICU source compiled by `@lingui/message-utils`' `compileMessage`, what
 * `lingui compile` writes, without the Babel macro), loaded into an `i18n` instance and shown with
 * `<I18nProvider>` + `<Trans id>`.
 */

const linguiApp = (locale: string, defaults: string) => `import { createElement } from 'react';
import { setupI18n } from '@lingui/core';
import { I18nProvider, Trans } from '@lingui/react';
import { messages } from './catalog.mjs';

const i18n = setupI18n({ locale: ${JSON.stringify(locale)}, messages: { ${JSON.stringify(locale)}: messages } });
const defaults = ${defaults};

export function App({ code, values }) {
  const id = Object.hasOwn(messages, code) ? String(code) : ${JSON.stringify(fallbackId)};
  return createElement(I18nProvider, { i18n }, createElement(Trans, { id, values: { ...defaults[code], ...values } }));
}`;

const lingui: Contender = {
  id: 'lingui',
  label: 'Lingui 5 (`@lingui/core` + `@lingui/react`, compiled catalog)',
  packages: ['@lingui/core', '@lingui/react'],
  subsets: true,
  files: (texts) => ({
    'catalog.mjs': `export const messages = ${JSON.stringify(sourcesById(texts, compileMessage))};`,
    'app.mjs': linguiApp(texts.locale, defaultsLiteral(texts)),
  }),
  async runtime(dir, texts) {
    const { messages } = await importCatalog<{ messages: LinguiMessages }>(dir);
    const i18n = setupI18n({ locale: texts.locale, messages: { [texts.locale]: messages } });
    const merged = withDefaults(texts);
    return {
      text: (code, values) => i18n._(idOf(messages, code), merged(code, values)),
      benches({ staticCodes, numberCode, numberValues, mask }, sink) {
        // Lingui's ids are strings: converted before timing, as for every id-keyed contender.
        const ids = staticCodes.map(String);
        const numberId = String(numberCode);
        let i = 0;
        return {
          static: () => sink(i18n._(ids[i++ & mask]!)),
          number: () => sink(i18n._(numberId, numberValues[i++ & mask]!)),
        };
      },
    };
  },
};

/**
 * react-intl: the messages precompiled to ASTs (what `formatjs compile --ast` writes, with the same parser),
 * given to `<IntlProvider>` and shown with `<FormattedMessage id>`.
 */

type IntlMessages = NonNullable<Parameters<typeof createIntl>[0]['messages']>;

const reactIntlApp = (locale: string, defaults: string) => `import { createElement } from 'react';
import { FormattedMessage, IntlProvider } from 'react-intl';
import { messages } from './catalog.mjs';

const defaults = ${defaults};

export function App({ code, values }) {
  const id = Object.hasOwn(messages, code) ? String(code) : ${JSON.stringify(fallbackId)};
  return createElement(
    IntlProvider,
    { locale: ${JSON.stringify(locale)}, messages },
    createElement(FormattedMessage, { id, values: { ...defaults[code], ...values } }),
  );
}`;

const reactIntl: Contender = {
  id: 'react-intl',
  label: 'react-intl (`<IntlProvider>` + `<FormattedMessage>`, precompiled ASTs)',
  packages: ['react-intl'],
  subsets: true,
  // What formatjs documents for precompiled messages: the parser is never called, so leave it out.
  sizeVariants: [
    {
      label: 'with `@formatjs/icu-messageformat-parser` aliased to its `no-parser` build',
      alias: { '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js' },
      resolveFrom: 'react-intl',
      // One of the parser's error kinds, which only the parser holds.
      removes: 'EXPECT_ARGUMENT_CLOSING_BRACE',
    },
  ],
  files: (texts) => ({
    'catalog.mjs': `export const messages = ${JSON.stringify(sourcesById(texts, parse))};`,
    'app.mjs': reactIntlApp(texts.locale, defaultsLiteral(texts)),
  }),
  async runtime(dir, texts) {
    const { messages } = await importCatalog<{ messages: IntlMessages }>(dir);
    const intl = createIntl({ locale: texts.locale, messages }, createIntlCache());
    const merged = withDefaults(texts);
    return {
      text: (code, values) => intl.formatMessage({ id: idOf(messages, code) }, merged(code, values)),
      benches({ staticCodes, numberCode, numberValues, mask }, sink) {
        // Descriptors made before timing: an app writes them as literals.
        const descriptors: MessageDescriptor[] = staticCodes.map((code) => ({ id: String(code) }));
        const numberDescriptor: MessageDescriptor = { id: String(numberCode) };
        let i = 0;
        return {
          static: () => sink(intl.formatMessage(descriptors[i++ & mask]!)),
          number: () => sink(intl.formatMessage(numberDescriptor, numberValues[i++ & mask]!)),
        };
      },
    };
  },
};

/**
 * react-i18next + i18next: the ICU sources converted to i18next's own syntax (`{{max, number}}`, its built-in
 * `Intl.NumberFormat` formatter), one namespace of resources, an instance given to `<I18nextProvider>` and
 * `t()` from `useTranslation()`, with the fallback as a second key.
 */

/** i18next's syntax for an ICU source of literal text and `{x, number}` arguments. */
function toI18next(source: string): string {
  return piecesOf(source)
    .map((piece) => {
      if (typeof piece !== 'string') return `{{${piece.number}, number}}`;
      if (piece.includes('{{') || piece.includes('$t('))
        throw new Error(`i18next: ${JSON.stringify(source)} holds i18next syntax in its text`);
      return piece;
    })
    .join('');
}

function i18nextCatalog(texts: PeerTexts): string {
  const translation = sourcesById(texts, toI18next);
  return `export const resources = ${JSON.stringify({ [texts.locale]: { translation } })};`;
}

const i18nextApp = (locale: string, defaults: string) => `import { createElement } from 'react';
import i18next from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { resources } from './catalog.mjs';

const i18n = i18next.createInstance();
i18n.init({ lng: ${JSON.stringify(locale)}, resources, initAsync: false, interpolation: { escapeValue: false } });
const defaults = ${defaults};

function Message({ code, values }) {
  const { t } = useTranslation();
  return t([String(code), ${JSON.stringify(fallbackId)}], { ...defaults[code], ...values });
}

export function App(props) {
  return createElement(I18nextProvider, { i18n }, createElement(Message, props));
}`;

const reactI18next: Contender = {
  id: 'i18next',
  label: 'react-i18next + i18next (`useTranslation` `t()`, `{{max, number}}`)',
  packages: ['i18next', 'react-i18next'],
  subsets: true,
  files: (texts) => ({
    'catalog.mjs': i18nextCatalog(texts),
    'app.mjs': i18nextApp(texts.locale, defaultsLiteral(texts)),
  }),
  async runtime(dir, texts) {
    const { resources } = await importCatalog<{ resources: Resource }>(dir);
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: texts.locale,
      resources,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    const t = i18n.getFixedT(texts.locale);
    const merged = withDefaults(texts);
    return {
      text: (code, values) => t([String(code), fallbackId], merged(code, values)),
      benches({ staticCodes, numberCode, numberValues, mask }, sink) {
        // i18next's keys are strings: converted before timing, as for every id-keyed contender.
        const keys = staticCodes.map(String);
        const numberKey = String(numberCode);
        let i = 0;
        return {
          static: () => sink(t(keys[i++ & mask]!)),
          number: () => sink(t(numberKey, numberValues[i++ & mask]!)),
        };
      },
    };
  },
};

/** Ours, the floor, then by size. */
export const contenders: readonly Contender[] = [ours, floor, messageformat, lingui, reactIntl, reactI18next];
