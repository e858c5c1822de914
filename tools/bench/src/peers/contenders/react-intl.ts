import { parse } from '@formatjs/icu-messageformat-parser';
import { createIntl, createIntlCache, type MessageDescriptor } from 'react-intl';
import type { Contender } from '../contender.ts';
import { defaultsLiteral, fallbackId, idOf, importCatalog, sourcesById, withDefaults } from '../contender.ts';

/**
 * react-intl: the messages precompiled to ASTs (what `formatjs compile --ast` writes, with the same parser),
 * given to `<IntlProvider>` and shown with `<FormattedMessage id>`. The app merges the section's defaults
 * itself.
 */

type Messages = NonNullable<Parameters<typeof createIntl>[0]['messages']>;

const app = (locale: string, defaults: string) => `import { createElement } from 'react';
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

export const reactIntl: Contender = {
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
    'app.mjs': app(texts.locale, defaultsLiteral(texts)),
  }),
  async runtime(dir, texts) {
    const { messages } = await importCatalog<{ messages: Messages }>(dir);
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
