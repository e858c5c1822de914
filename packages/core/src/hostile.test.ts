import { readFileSync } from 'node:fs';
import { controlText, createCallCounter, hostileValue, neverThrowsSentences } from '@smspartner-i18n/hostile';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { explainField, fieldCandidates, lastResortFieldText, recognizeFieldMessage } from './fields-entry.ts';
import {
  entries,
  entryByKey,
  isKnownCode,
  isMessageKey,
  isSectionId,
  lookup,
  sanitizeCode,
  sectionIds,
  sections,
} from './index.ts';
import { canonicalLocale, isRegister, localeChain } from './locale-chain.ts';
import { terminalText } from './terminal-text.ts';
import { messagePackOf } from './test-packs.ts';

/**
 * The never-throws suite of core's functions outside the resolver (the catalog accessors, the
 * guards, `sanitizeCode`, `terminalText`, the locale helpers), with hostile values
 * (`@smspartner-i18n/hostile`). `HOSTILE_RUNS` (default 300) sets the runs per property.
 */
const runs = Number(process.env['HOSTILE_RUNS'] ?? 300);
const timeout = Math.max(20_000, runs * 20);
const counter = createCallCounter('@smspartner-i18n/core (outside the resolver)');
const ran = new Set<string>();
afterAll(() => {
  console.info(counter.report());
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const unsafe = /[\0-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/;
const section = fc.oneof(fc.constantFrom(...sectionIds), hostileValue);
const code = fc.oneof(
  fc.constantFrom(11, '11', ' 11 ', 'NOT_CREDIT', 'Delivered', 'ec_unknown_subscriber'),
  hostileValue,
);

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

describe('core outside the resolver never throws, for any value', () => {
  property('lookup and isKnownCode', [section, code], (s, c) => {
    const entry = counter.call(() => lookup(s, c));
    if (entry !== undefined) expect(entries).toContain(entry);
    const known = counter.call(() => isKnownCode(s as never, c));
    expect(typeof known).toBe('boolean');
    if (known) expect(lookup(s, c)).toBeDefined();
  });

  property('the guards and entryByKey', [hostileValue], (value) => {
    // `isLocalePack` belongs to the resolver (resolver-engine.ts) and has its own properties there.
    for (const guard of [isSectionId, isMessageKey, isRegister])
      expect(typeof counter.call(() => guard(value))).toBe('boolean');
    const entry = counter.call(() => entryByKey(value));
    if (entry !== undefined) expect(entries).toContain(entry);
  });

  property('sanitizeCode', [fc.oneof(controlText, hostileValue)], (value) => {
    const shown = counter.call(() => sanitizeCode(value));
    if (shown !== undefined) {
      expect(shown).not.toMatch(unsafe);
      expect(Array.from(shown).length).toBeLessThanOrEqual(24);
    }
  });

  property(
    'terminalText',
    [fc.oneof(controlText, hostileValue), fc.oneof(fc.integer({ min: 1, max: 200 }), hostileValue)],
    (value, max) => {
      const shown = counter.call(() => terminalText(value, max as never));
      expect(shown).not.toMatch(unsafe);
      expect(shown.length).toBeLessThanOrEqual(typeof max === 'number' && max >= 1 ? max : 1000);
    },
  );

  property('canonicalLocale and localeChain', [hostileValue, hostileValue], (locale, fallback) => {
    const canonical = counter.call(() => canonicalLocale(locale));
    if (canonical !== undefined) expect(canonical).toMatch(/^[A-Za-z0-9-]+$/);
    const chain = counter.call(() => localeChain(locale, fallback));
    expect(chain.at(-1)).toBe('en');
  });

  property(
    'the field layer: recognizeFieldMessage, fieldCandidates, explainField',
    [
      section,
      fc.oneof(
        fc.constantFrom('phoneNumbers', 'sender', 'scheduledDeliveryDate', 'colour'),
        controlText,
        hostileValue,
      ),
      fc.oneof(
        fc.constantFrom(
          'THIS PHONE NUMBER IS NOT VALID (922264).',
          "L'emetteur ne peut pas etre plus long que 11 caracteres",
        ),
        controlText,
        hostileValue,
      ),
      fc.oneof(fc.constant({ packs: [messagePackOf('fr')], locale: 'fr' }), hostileValue),
    ],
    (s, field, message, options) => {
      const recognized = counter.call(() => recognizeFieldMessage(s, field, message));
      expect(typeof recognized.field).toBe('string');
      expect(Object.isFrozen(recognized)).toBe(true);
      const candidates = counter.call(() => fieldCandidates(s, recognized));
      for (const key of candidates.keys) expect(typeof key).toBe('string');
      const explained = counter.call(() => explainField(options as never, s, recognized));
      expect(typeof explained.text).toBe('string');
      expect(explained.text.trim()).not.toBe('');
      // The values it quotes from SMSPartner's message reach logs and screens: nothing that drives them.
      expect(explained.text).not.toMatch(unsafe);
      for (const value of Object.values(recognized.params)) expect(String(value)).not.toMatch(unsafe);
      if (explained.matched === 'none') expect(explained.text).toBe(lastResortFieldText);
      // A hostile error object, not one recognizeFieldMessage made.
      const raw = counter.call(() => explainField(options as never, s, message as never));
      expect(raw.text.trim()).not.toBe('');
    },
  );

  property(
    'the field layer: a value quoted from SMSPartner’s message',
    [controlText, fc.constantFrom('fr', 'en')],
    (text, locale) => {
      const recognized = counter.call(() =>
        recognizeFieldMessage('sms.send', 'phoneNumbers', `THIS PHONE NUMBER IS NOT VALID (92${text}64).`),
      );
      for (const value of Object.values(recognized.params)) expect(String(value)).not.toMatch(unsafe);
      const named = counter.call(() => recognizeFieldMessage('sms.send', `phone${text}Numbers`, 'Rouge'));
      expect(named.field).not.toMatch(unsafe);
      const { text: sentence } = explainField(
        { packs: [messagePackOf(locale)], locale },
        'sms.send',
        recognized,
      );
      expect(sentence).not.toMatch(unsafe);
    },
  );

  it('keeps the catalog frozen: no caller can change what every other caller reads', () => {
    expect(Object.isFrozen(entries)).toBe(true);
    expect(Object.isFrozen(sections)).toBe(true);
    for (const entry of entries) expect(Object.isFrozen(entry)).toBe(true);
  });

  it('has made the calls it reports', () => {
    expect(counter.count).toBeGreaterThan(runs * 5);
  });
});

const claims: readonly { readonly sentence: RegExp; readonly property: string }[] = [
  {
    sentence: /^- \*\*Anything else\*\* gives `undefined`, quickly, and never throws/,
    property: 'lookup and isKnownCode',
  },
  {
    sentence:
      /^Strings, finite numbers, bigints and booleans are shown, anything else gives `''`\. Never throws\.|^Never throws\.$/,
    property: 'terminalText',
  },
];

describe('packages/core/README.md', () => {
  it('backs each never-throws sentence outside the resolver with a property of this suite', () => {
    const sentences = neverThrowsSentences(readFileSync(new URL('../README.md', import.meta.url), 'utf8'));
    for (const sentence of sentences) {
      const rows = claims.filter((claim) => claim.sentence.test(sentence));
      expect(rows.length, `no property backs the README sentence: ${sentence}`).toBeGreaterThan(0);
      for (const row of rows)
        expect(ran, `the property "${row.property}" did not run`).toContain(row.property);
    }
    for (const claim of claims)
      expect(
        sentences.some((sentence) => claim.sentence.test(sentence)),
        `the README no longer says: ${claim.sentence}`,
      ).toBe(true);
  });
});
