import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberCase } from '../bench-data.ts';
import type { Contender, PeerRuntime } from './contenders.ts';
import { contenders } from './contenders.ts';
import { expectedSentence, onlyCodes, peerTextsFile, readPeerTexts } from './peer-texts.ts';
import {
  bundleVariant,
  peerAppsRoot,
  peerCases,
  peerMismatches,
  peerSpeedInputs,
  unknownCode,
  writePeerApps,
} from './peers.ts';

const texts = readPeerTexts();
const inputs = peerSpeedInputs(texts);
const root = mkdtempSync(`${peerAppsRoot('test')}-`);
let dirs: Map<string, string>;

beforeAll(() => {
  dirs = writePeerApps(root, texts, contenders);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

type App = FunctionComponent<{ code: number; values?: Readonly<Record<string, number>> }>;

async function appOf(file: string): Promise<App> {
  const module = (await import(pathToFileURL(file).href)) as { App?: App };
  if (typeof module.App !== 'function') throw new Error(`${file} exports no App component`);
  return module.App;
}

/** The text a render shows: React's markup with its five entities decoded; any element is kept, and fails. */
function rendered(App: App, code: number, values?: Readonly<Record<string, number>>): string {
  return renderToStaticMarkup(createElement(App, { code, values }))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');
}

describe('the peer texts', () => {
  it('come from the JSON of the French friendly texts of sms.send, every code of the catalog with its defaults', () => {
    expect(peerTextsFile).toMatch(/locales[/\\]fr[/\\]friendly[/\\]sms\.send\.json$/);
    expect(texts.messages.length).toBeGreaterThan(25);
    const number = texts.messages.find((message) => message.key === numberCase.key)!;
    expect(number.numberArguments).toEqual(['max']);
    expect(number.defaults).toEqual({ max: 500 });
    expect(expectedSentence(texts, number.code)).toMatch(/au plus 500\u00a0numéros/);
    expect(expectedSentence(texts, number.code, { max: 12_345 })).toMatch(/au plus 12\u202f345\u00a0numéros/);
    expect(expectedSentence(texts, unknownCode)).toBe(expectedSentence(texts, unknownCode, { max: 3 }));
  });

  it('refuse a JSON file with a key the catalog does not know, or a missing text', () => {
    const dir = mkdtempSync(`${peerAppsRoot('test-json')}-`);
    try {
      const file = join(dir, 'sms.send.json');
      writeFileSync(file, JSON.stringify({ 'sms.send.noSuchText': 'Texte' }));
      expect(() => readPeerTexts(file)).toThrow(/sms\.send\.json: "sms\.send\.\w+" is missing/);
      const all = Object.fromEntries([
        ...texts.messages.map((message) => [message.key, message.source]),
        ['sms.send.unknownCode', texts.fallback],
      ]);
      writeFileSync(file, JSON.stringify({ ...all, 'sms.send.noSuchText': 'Texte' }));
      expect(() => readPeerTexts(file)).toThrow(/keys the catalog does not know: sms\.send\.noSuchText/);
      writeFileSync(file, JSON.stringify({ ...all, [numberCase.key]: '{max, plural, one {#} other {#}}' }));
      expect(() => readPeerTexts(file)).toThrow(/plain \{x, number\} arguments/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(contenders.map((contender) => [contender.id, contender] as const))(
  'contender %s',
  (_, contender) => {
    const cases = peerCases(texts);

    it('renders exactly our sentence for every code and argument, in its React app', async () => {
      const App = await appOf(join(dirs.get(contender.id)!, 'app.mjs'));
      for (const { code, values } of cases)
        expect(rendered(App, code, values)).toBe(expectedSentence(texts, code, values));
    });

    it('answers our sentence in its calls, the timed ones included', async () => {
      const runtime: PeerRuntime = await contender.runtime(dirs.get(contender.id)!, texts);
      expect(peerMismatches(contender, runtime, texts, inputs).problems).toEqual([]);
    });

    // A pack per section (ours) has no app of one text.
    if (contender.subsets)
      it('renders our sentence in the app built from one text and the fallback', async () => {
        const number = texts.messages.find((message) => message.key === numberCase.key)!;
        const one = onlyCodes(texts, [number.code]);
        const App = await appOf(
          join(writePeerApps(join(root, 'one'), one, [contender]).get(contender.id)!, 'app.mjs'),
        );
        expect(rendered(App, number.code, { max: 2_048 })).toBe(
          expectedSentence(texts, number.code, { max: 2_048 }),
        );
        expect(rendered(App, number.code)).toBe(expectedSentence(texts, number.code));
        // Any other code: the fallback, as in the whole app.
        expect(rendered(App, texts.messages[0]!.code)).toBe(expectedSentence(texts, unknownCode));
      });

    for (const [index, variant] of (contender.sizeVariants ?? []).entries()) {
      it(`renders our sentence when built ${variant.label.replace(/`/g, '')}`, async () => {
        const file = await bundleVariant(dirs.get(contender.id)!, variant, index);
        expect(readFileSync(file, 'utf8')).not.toContain(variant.removes);
        const App = await appOf(file);
        for (const { code, values } of cases)
          expect(rendered(App, code, values)).toBe(expectedSentence(texts, code, values));
      });
    }
  },
);

describe('the check of a contender', () => {
  const floor = contenders.find((contender) => contender.id === 'floor')!;

  it('names a contender whose answer differs from our sentence, in its calls and in its timed calls', async () => {
    const right = await floor.runtime(dirs.get('floor')!, texts);
    // A number grouped with a plain space: the kind of difference a careless formatter makes.
    const off = (text: string) => text.replace(/(\d)\u202f(\d)/, '$1 $2');
    const wrong: PeerRuntime = {
      text: (code, values) => off(right.text(code, values)),
      benches: (speedInputs, keep) => right.benches(speedInputs, (answer) => keep(off(String(answer)))),
    };
    const contender: Contender = { ...floor, id: 'careless' };
    const { problems } = peerMismatches(contender, wrong, texts, inputs);
    expect(problems.some((problem) => /^careless: code \d+ with \{"max":1234\.5\}/.test(problem))).toBe(true);
    expect(problems.some((problem) => /^careless: the timed number call #\d+ gives/.test(problem))).toBe(
      true,
    );
    expect(problems.some((problem) => problem.includes('timed static'))).toBe(false);
  });

  it('times every contender on the same inputs: codes without argument, one text with a different number each call', () => {
    const withoutArgument = new Set(
      texts.messages.filter((message) => message.numberArguments.length === 0).map((message) => message.code),
    );
    expect(inputs.staticCodes.every((code) => withoutArgument.has(code))).toBe(true);
    expect(new Set(inputs.staticCodes).size).toBe(withoutArgument.size);
    expect(new Set(inputs.numberValues.map((values) => values.max)).size).toBe(inputs.numberValues.length);
    expect(inputs.mask + 1).toBe(inputs.staticCodes.length);
  });
});
