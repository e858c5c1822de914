import { type Messages, setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Contender } from '../contender.ts';
import { defaultsLiteral, fallbackId, idOf, importCatalog, sourcesById, withDefaults } from '../contender.ts';

/**
 * Lingui 5: a compiled catalog (each ICU source compiled by `@lingui/message-utils`' `compileMessage`, what
 * `lingui compile` writes, without the Babel macro), loaded into an `i18n` instance and shown with
 * `<I18nProvider>` + `<Trans id>`. The app merges the section's defaults itself.
 */

const app = (locale: string, defaults: string) => `import { createElement } from 'react';
import { setupI18n } from '@lingui/core';
import { I18nProvider, Trans } from '@lingui/react';
import { messages } from './catalog.mjs';

const i18n = setupI18n({ locale: ${JSON.stringify(locale)}, messages: { ${JSON.stringify(locale)}: messages } });
const defaults = ${defaults};

export function App({ code, values }) {
  const id = Object.hasOwn(messages, code) ? String(code) : ${JSON.stringify(fallbackId)};
  return createElement(I18nProvider, { i18n }, createElement(Trans, { id, values: { ...defaults[code], ...values } }));
}`;

export const lingui: Contender = {
  id: 'lingui',
  label: 'Lingui 5 (`@lingui/core` + `@lingui/react`, compiled catalog)',
  packages: ['@lingui/core', '@lingui/react'],
  subsets: true,
  files: (texts) => ({
    'catalog.mjs': `export const messages = ${JSON.stringify(sourcesById(texts, compileMessage))};`,
    'app.mjs': app(texts.locale, defaultsLiteral(texts)),
  }),
  async runtime(dir, texts) {
    const { messages } = await importCatalog<{ messages: Messages }>(dir);
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
