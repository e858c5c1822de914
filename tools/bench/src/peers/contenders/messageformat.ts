import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import type { Contender, Values } from '../contender.ts';
import { defaultsLiteral, fallbackId, importCatalog, sourcesById, withDefaults } from '../contender.ts';

/**
 * messageformat v3: the ICU sources compiled at build time into a module of functions (`compileModule`),
 * which imports its number formatting from `@messageformat/runtime`. The app merges the section's defaults
 * itself.
 */

type Messages = Readonly<Record<string, (values?: Values) => string>>;

const app = (defaults: string) => `import { createElement, Fragment } from 'react';
import messages from './catalog.mjs';

const defaults = ${defaults};

export function App({ code, values }) {
  const message = messages[code] ?? messages.${fallbackId};
  return createElement(Fragment, null, message({ ...defaults[code], ...values }));
}`;

export const messageformat: Contender = {
  id: 'messageformat',
  label: 'messageformat v3 compiled functions + `@messageformat/runtime`',
  packages: ['@messageformat/runtime'],
  subsets: true,
  files: (texts) => ({
    'catalog.mjs': compileModule(new MessageFormat(texts.locale), sourcesById(texts)),
    'app.mjs': app(defaultsLiteral(texts)),
  }),
  async runtime(dir, texts) {
    const messages = (await importCatalog<{ default: Messages }>(dir)).default;
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
