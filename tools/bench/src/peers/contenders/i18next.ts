import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import i18next, { type Resource } from 'i18next';
import type { Contender } from '../contender.ts';
import { defaultsLiteral, fallbackId, importCatalog, sourcesById, withDefaults } from '../contender.ts';
import type { PeerTexts } from '../peer-texts.ts';

/**
 * react-i18next + i18next: the ICU sources converted to i18next's own syntax (`{{max, number}}`, its built-in
 * `Intl.NumberFormat` formatter), one namespace of resources, an instance given to `<I18nextProvider>` and
 * `t()` from `useTranslation()`, with the fallback as a second key. The app merges the section's defaults
 * itself.
 */

/** i18next's syntax for an ICU source of literal text and `{x, number}` arguments. */
function toI18next(source: string): string {
  return parse(source)
    .map((element) => {
      if (element.type === TYPE.literal) {
        if (element.value.includes('{{') || element.value.includes('$t('))
          throw new Error(`i18next: ${JSON.stringify(source)} holds i18next syntax in its text`);
        return element.value;
      }
      if (element.type === TYPE.number) return `{{${element.value}, number}}`;
      throw new Error(`i18next: element type ${element.type} in ${JSON.stringify(source)}`);
    })
    .join('');
}

function catalog(texts: PeerTexts): string {
  const translation = sourcesById(texts, toI18next);
  return `export const resources = ${JSON.stringify({ [texts.locale]: { translation } })};`;
}

const app = (locale: string, defaults: string) => `import { createElement } from 'react';
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

export const reactI18next: Contender = {
  id: 'i18next',
  label: 'react-i18next + i18next (`useTranslation` `t()`, `{{max, number}}`)',
  packages: ['i18next', 'react-i18next'],
  subsets: true,
  files: (texts) => ({ 'catalog.mjs': catalog(texts), 'app.mjs': app(texts.locale, defaultsLiteral(texts)) }),
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
