import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { Contender, Values } from '../contender.ts';
import { importCatalog } from '../contender.ts';
import type { PeerTexts } from '../peer-texts.ts';

/**
 * The floor: what a developer writes by hand, and the shape of what Paraglide JS compiles to (message
 * functions), in a plain object keyed by code: literal text as string literals, `{x, number}` as a call to
 * the `format` of one cached `Intl.NumberFormat`, the default values inlined. No library at all.
 */

type Texts = Readonly<Record<number, (values?: Values) => string>>;

/** `(d = {}) => "…" + format(d.max ?? 500) + "…"` for one ICU source. */
function templateFunction(source: string, defaults: Values): string {
  const parts = parse(source).map((element) => {
    if (element.type === TYPE.literal) return JSON.stringify(element.value);
    if (element.type === TYPE.number) {
      const fallback = defaults[element.value];
      const value = `d[${JSON.stringify(element.value)}]`;
      return `format(${fallback === undefined ? value : `${value} ?? ${fallback}`})`;
    }
    throw new Error(`floor: element type ${element.type} in ${JSON.stringify(source)}`);
  });
  return parts.length === 1 && parts[0]!.startsWith('"')
    ? `() => ${parts[0]}`
    : `(d = {}) => ${parts.join(' + ')}`;
}

function catalog(texts: PeerTexts): string {
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

const app = `import { createElement, Fragment } from 'react';
import { fallback, texts } from './catalog.mjs';

export function App({ code, values }) {
  return createElement(Fragment, null, (texts[code] ?? fallback)(values));
}`;

export const floor: Contender = {
  id: 'floor',
  label: 'plain object of template functions + one cached `Intl.NumberFormat` (the floor)',
  packages: [],
  subsets: true,
  files: (texts) => ({ 'catalog.mjs': catalog(texts), 'app.mjs': app }),
  async runtime(dir) {
    const { texts, fallback } = await importCatalog<{ texts: Texts; fallback: () => string }>(dir);
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
