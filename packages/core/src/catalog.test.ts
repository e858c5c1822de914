import { describe, expect, it } from 'vitest';
import {
  type CatalogEntry,
  entries,
  globalFallbackKey,
  hlrErrorGroups,
  hlrStatusGroups,
  messageKeys,
  sectionFallbackKey,
  sections,
} from './catalog.ts';
import { fieldKeys } from './field-rules.ts';
import { categories, type FixableBy, sectionIds } from './types.ts';

/**
 * The rules every entry of the catalog keeps. They are what an app relies on
 * when it switches on the metadata, so a new or edited entry that breaks one
 * fails here, with the entry's key in the message.
 */

const fixableByValues: readonly FixableBy[] = [
  'end-user',
  'account-owner',
  'developer',
  'retry-later',
  'no-one',
];
const statusSections = ['sms.deliveryStatus', 'sms.dlr', 'hlr.status'];
const namedSections = ['sms.dlr', 'hlr.status', 'hlr.error', 'vms'];

/** Every field an entry may have; the package README documents each one. */
const entryFields = [
  'section',
  'code',
  'key',
  'name',
  'aliases',
  'kind',
  'category',
  'fixableBy',
  'outcome',
  'final',
  'retryable',
  'permanent',
  'group',
  'params',
  'note',
  'documented',
];

const bySection = (section: string) => entries.filter((entry) => entry.section === section);
const describeEntry = (entry: CatalogEntry) => `${entry.key} (${entry.section} ${String(entry.code)})`;

describe('the catalog', () => {
  it('has 226 entries in the twelve sections (225 rows of the error-code page and the documented sms.send 9), in SMSPartner’s page order', () => {
    expect(entries).toHaveLength(226);
    expect(sections.map((section) => section.id)).toEqual([...sectionIds]);
    expect(sections.map((section) => [section.id, section.size])).toEqual([
      ['sms.send', 30],
      ['sms.cancel', 8],
      ['sms.status', 8],
      ['sms.deliveryStatus', 4],
      ['sms.dlr', 8],
      ['numberVerification', 8],
      ['rental', 31],
      ['subAccount', 8],
      ['hlr.status', 15],
      ['hlr.error', 63],
      ['vms', 9],
      ['mail', 34],
    ]);
    for (const section of sections) expect(bySection(section.id), section.id).toHaveLength(section.size);
  });

  it('describes each section: headings in both editions, code type, kind and fallback key', () => {
    for (const section of sections) {
      const own = bySection(section.id);
      expect(section.heading.en.length, section.id).toBeGreaterThan(0);
      expect(section.heading.fr.length, section.id).toBeGreaterThan(0);
      expect(section.description, section.id).toMatch(/^[A-Z].+\.$/);
      expect(section.fallbackKey).toBe(`${section.id}.unknownCode`);
      expect(sectionFallbackKey(section.id)).toBe(section.fallbackKey);
      for (const entry of own) {
        expect(typeof entry.code, describeEntry(entry)).toBe(section.codeType);
        expect(entry.kind, describeEntry(entry)).toBe(section.kind);
      }
      expect(section.kind).toBe(statusSections.includes(section.id) ? 'status' : 'error');
    }
  });

  it('gives every entry a unique key of the form <section>.<camelCase> that no fallback key can collide with', () => {
    const keys = entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of entries) {
      const [prefix, rest] = [
        entry.key.slice(0, entry.section.length + 1),
        entry.key.slice(entry.section.length + 1),
      ];
      expect(prefix, describeEntry(entry)).toBe(`${entry.section}.`);
      expect(rest, describeEntry(entry)).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(entry.key, describeEntry(entry)).not.toBe(sectionFallbackKey(entry.section));
    }
  });

  it('lists every key a locale pack needs: entries, then section fallbacks, the global fallback, then field texts', () => {
    expect(messageKeys).toEqual([
      ...entries.map((entry) => entry.key),
      ...sectionIds.map((id) => `${id}.unknownCode`),
      'unknownCode',
      ...fieldKeys,
    ]);
    expect(globalFallbackKey).toBe('unknownCode');
    expect(new Set(messageKeys).size).toBe(messageKeys.length);
  });

  it('stores codes the way the API sends them, unique within their section', () => {
    for (const section of sectionIds) {
      const codes = bySection(section).map((entry) => entry.code);
      expect(new Set(codes).size, section).toBe(codes.length);
    }
    for (const entry of entries) {
      const code = entry.code;
      if (typeof code === 'number') {
        expect(Number.isSafeInteger(code) && code >= 0, describeEntry(entry)).toBe(true);
      } else if (entry.section === 'sms.deliveryStatus') {
        expect(code, describeEntry(entry)).toMatch(/^[a-z]+( [a-z]+)*$/);
      } else {
        expect(code, describeEntry(entry)).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
      }
    }
  });

  it('names the codes of the DLR, HLR and VMS sections with the API’s own names, and no others', () => {
    for (const entry of entries) {
      if (namedSections.includes(entry.section)) {
        expect(entry.name, describeEntry(entry)).toMatch(/^[A-Z][A-Z0-9_]*[A-Z0-9]$/);
      } else {
        expect(entry.name, describeEntry(entry)).toBeUndefined();
      }
      if (entry.section === 'sms.dlr' || entry.section === 'vms') expect(entry.name).toBe(entry.code);
    }
    for (const section of namedSections) {
      const names = bySection(section).flatMap((entry) => [entry.name, ...entry.aliases]);
      expect(new Set(names).size, section).toBe(names.length);
    }
  });

  it('has aliases only where a defect left two names for one code', () => {
    const aliased = entries.filter((entry) => entry.aliases.length > 0);
    expect(aliased.map((entry) => [entry.key, entry.aliases])).toEqual([
      ['hlr.error.blacklistedSenderAddress', ['EC_SOURCE_ADDRESS_BLACKLISTED']],
      ['hlr.error.validityExpired', ['EC_VALIDITY_EXPIRED']],
    ]);
  });

  it('gives `final` to every status and to nothing else, and a pending outcome exactly to non-final statuses', () => {
    for (const entry of entries) {
      if (entry.kind === 'status') {
        expect(typeof entry.final, describeEntry(entry)).toBe('boolean');
        expect(entry.outcome === 'pending', describeEntry(entry)).toBe(entry.final === false);
        expect(entry.category, describeEntry(entry)).toBe('delivery');
      } else {
        expect('final' in entry, describeEntry(entry)).toBe(false);
      }
    }
  });

  it('reports errors as failures, except the two answers that are not', () => {
    const notFailures = entries.filter((entry) => entry.kind === 'error' && entry.outcome !== 'failure');
    expect(notFailures.map((entry) => [entry.key, entry.outcome])).toEqual([
      // "The file is being downloaded": the request is not finished yet.
      ['rental.fileDownloading', 'pending'],
      // errorId 0 NO_ERROR.
      ['hlr.error.noError', 'success'],
    ]);
  });

  it('gives `permanent` exactly to HLR errors and `group` exactly to HLR entries', () => {
    for (const entry of entries) {
      const isHlrError = entry.section === 'hlr.error';
      const isHlr = isHlrError || entry.section === 'hlr.status';
      expect(typeof entry.permanent, describeEntry(entry)).toBe(isHlrError ? 'boolean' : 'undefined');
      expect(entry.group !== undefined, describeEntry(entry)).toBe(isHlr);
      if (entry.section === 'hlr.status')
        expect(hlrStatusGroups, describeEntry(entry)).toContain(entry.group);
      if (isHlrError) expect(hlrErrorGroups, describeEntry(entry)).toContain(entry.group);
    }
  });

  it('has the HLR status groups 1-5 and error groups 0-3, every one of them used', () => {
    expect(hlrStatusGroups.map(({ id, name, kind }) => [id, name, kind])).toEqual([
      [1, 'PENDING', 'status'],
      [2, 'UNDELIVERABLE', 'status'],
      [3, 'DELIVERED', 'status'],
      [4, 'EXPIRED', 'status'],
      [5, 'REJECTED', 'status'],
    ]);
    expect(hlrErrorGroups.map(({ id, name, kind }) => [id, name, kind])).toEqual([
      [0, 'OK', 'error'],
      [1, 'HANDSET_ERRORS', 'error'],
      [2, 'USER_ERRORS', 'error'],
      [3, 'OPERATOR_ERRORS', 'error'],
    ]);
    for (const group of [...hlrStatusGroups, ...hlrErrorGroups]) {
      expect(
        entries.some((entry) => entry.group === group),
        `${group.kind} group ${group.id}`,
      ).toBe(true);
    }
  });

  it('derives HLR statuses’ outcome and finality from their group', () => {
    for (const entry of bySection('hlr.status')) {
      const expected = { 1: 'pending', 3: 'success' }[entry.group!.id] ?? 'failure';
      expect(entry.outcome, describeEntry(entry)).toBe(expected);
      expect(entry.final, describeEntry(entry)).toBe(entry.group!.id !== 1);
    }
  });

  it('uses only the documented categories, and every one of them', () => {
    expect(new Set(categories).size).toBe(categories.length);
    for (const entry of entries) expect(categories, describeEntry(entry)).toContain(entry.category);
    expect(new Set(entries.map((entry) => entry.category))).toEqual(new Set(categories));
  });

  it('says who can fix every failing error, and only those', () => {
    for (const entry of entries) {
      const needsOne = entry.kind === 'error' && entry.outcome !== 'success';
      if (needsOne) expect(fixableByValues, describeEntry(entry)).toContain(entry.fixableBy);
      else expect('fixableBy' in entry, describeEntry(entry)).toBe(false);
    }
  });

  it('calls an error retryable exactly when it is for nobody to fix but time', () => {
    for (const entry of entries) {
      if (entry.kind === 'status' || entry.outcome === 'success') {
        expect(entry.retryable, describeEntry(entry)).toBe(false);
      } else {
        expect(entry.retryable, describeEntry(entry)).toBe(entry.fixableBy === 'retry-later');
      }
      // A transient network or handset condition may clear; a permanent one never does.
      if (entry.section === 'hlr.error' && entry.outcome === 'failure') {
        expect(entry.retryable, describeEntry(entry)).toBe(!entry.permanent);
      }
    }
  });

  it('gives params as camelCase names with positive integer values', () => {
    for (const entry of entries) {
      for (const [name, value] of Object.entries(entry.params)) {
        expect(name, describeEntry(entry)).toMatch(/^[a-z][a-zA-Z]*$/);
        expect(Number.isSafeInteger(value) && value > 0, `${describeEntry(entry)}: ${name}=${value}`).toBe(
          true,
        );
      }
    }
  });

  it('has no field beyond the documented ones', () => {
    for (const entry of entries) {
      for (const field of Object.keys(entry)) expect(entryFields, describeEntry(entry)).toContain(field);
    }
  });

  it('is deeply frozen, so no caller can change it for another', () => {
    expect(Object.isFrozen(entries)).toBe(true);
    expect(Object.isFrozen(sections)).toBe(true);
    expect(Object.isFrozen(messageKeys)).toBe(true);
    for (const entry of entries) {
      const parts = [entry, entry.aliases, entry.params, ...(entry.group ? [entry.group] : [])];
      for (const part of parts) expect(Object.isFrozen(part), describeEntry(entry)).toBe(true);
    }
    for (const section of sections) expect(Object.isFrozen(section.heading), section.id).toBe(true);
    const entry = entries[0] as { category: string };
    expect(() => {
      entry.category = 'server';
    }).toThrow(TypeError);
    expect(() => (entries as CatalogEntry[]).push(entries[1]!)).toThrow(TypeError);
  });
});
