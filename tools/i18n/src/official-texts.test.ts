import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { entries, entryByKey, type MessageKey, messageKeys, sections } from '@smspartner-i18n/core';
import {
  fieldKeyInfo,
  fieldPatternSources,
  isFieldKey,
  normalizeFieldMessage,
} from '@smspartner-i18n/core/fields';
import { type Edition, type ReferenceRow, readReferencePage } from '@smspartner-i18n/reference';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { fileIdOfKey } from './layout.ts';
import { defaultLocalesDir } from './paths.ts';
import { referenceTexts } from './reference-texts.ts';
import { translatorContexts } from './translator-context.ts';

/**
 * The official register is SMSPartner's wording, verbatim: read straight
 * from the locale files with JSON.parse and formatted by intl-messageformat,
 * every entry must give exactly the sentence printed on SMSPartner's page
 * (reference/*.md, as the reference parser reads it), with the documented
 * resolutions of reference/code-table-defects.md and nothing else.
 */

const editions: readonly Edition[] = ['en', 'fr'];

function officialText(edition: Edition, key: MessageKey): string {
  const file = join(defaultLocalesDir, edition, 'official', `${fileIdOfKey(key)}.json`);
  const source = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[key]!;
  return String(new IntlMessageFormat(parse(source, { ignoreTag: true }), edition).format());
}

/** The printed row of an entry: the one with the entry's code (and name, for 2053's two rows). */
function printedRows(edition: Edition, key: MessageKey): ReferenceRow[] {
  const entry = entryByKey(key)!;
  return readReferencePage(edition).rows.filter(
    (row) => row.section === entry.section && row.code === String(entry.code),
  );
}

/** The entries whose sentence is not simply their own printed row, per code-table-defects.md. */
const resolved = new Set([
  'en:numberVerification.ipNotAuthorized',
  'en:hlr.error.notSupportedService',
  'en:hlr.error.blacklistedSenderAddress',
  'fr:hlr.error.blacklistedSenderAddress',
]);

describe.each(editions)('the %s official texts', (edition) => {
  const page = readReferencePage(edition);

  it.each(
    entries
      .filter((entry) => entry.documented === undefined)
      .map((entry) => entry.key)
      .filter((key) => !resolved.has(`${edition}:${key}`)),
  )('%s is the sentence printed for its code', (key) => {
    const rows = printedRows(edition, key);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text).not.toBe('');
    expect(officialText(edition, key)).toBe(rows[0]!.text);
  });

  it('2053 (defect 3) says the sentence of EC_BLACKLISTED_SENDERADDRESS; the alias sentence is translator context', () => {
    const rows = printedRows(edition, 'hlr.error.blacklistedSenderAddress');
    const primary = rows.find((row) => row.name === 'EC_BLACKLISTED_SENDERADDRESS')!;
    const alias = rows.find((row) => row.name === 'EC_SOURCE_ADDRESS_BLACKLISTED')!;
    expect(officialText(edition, 'hlr.error.blacklistedSenderAddress')).toBe(primary.text);
    expect(translatorContexts().get('hlr.error.blacklistedSenderAddress')!.text).toContain(alias.text);
  });

  it('every official text formats to literal text, with no argument (fallbacks and field texts aside)', () => {
    for (const key of messageKeys.filter((candidate) => !isFieldKey(candidate))) {
      const file = join(defaultLocalesDir, edition, 'official', `${fileIdOfKey(key)}.json`);
      const source = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[key]!;
      const types = new Set(parse(source, { ignoreTag: true }).map((element) => element.type));
      // Entries: literal text only (0). Fallbacks: literal text and the {code} argument (1).
      expect([...types].sort(), key).toEqual(entryByKey(key) ? [0] : [0, 1]);
    }
  });

  it('a documented addition says SMSPartner’s documented wording where there is one; else ours, and its data says so', () => {
    for (const entry of entries.filter((candidate) => candidate.documented !== undefined)) {
      const documented = entry.documented![edition];
      if (documented === null) {
        // No published wording in this edition: the official text is ours, and not left in English.
        expect(officialText(edition, entry.key)).not.toBe(entry.documented!.en);
        expect(referenceTexts(edition).has(entry.key)).toBe(false);
      } else {
        expect(officialText(edition, entry.key)).toBe(documented);
      }
      expect(printedRows(edition, entry.key)).toEqual([]);
    }
  });

  it('a field rule’s official text is SMSPartner’s field message with its accents, for each documented one', () => {
    // Compared without accents, case or final stop: SMSPartner sends its field messages unaccented.
    const plain = (text: string) => normalizeFieldMessage(text);
    const wordings = fieldPatternSources as Record<
      string,
      Record<string, Record<string, { documented: readonly { text: string }[] }>>
    >;
    for (const key of messageKeys.filter((candidate) => isFieldKey(candidate))) {
      const info = fieldKeyInfo(key)!;
      if (info.field === undefined || info.rule === 'unknown' || edition !== 'fr') continue;
      const documented = wordings[info.section]![info.field]![info.rule!]!.documented;
      const file = join(defaultLocalesDir, edition, 'official', `${fileIdOfKey(key)}.json`);
      const source = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[key]!;
      const samples = documented.map((sample) => plain(sample.text));
      // The documented sample's values (922264, 11, 21/11/2014) in place of the arguments.
      const values: Record<string, string | number> = {};
      for (const [name, spec] of Object.entries(info.params))
        values[name] = spec === 'text' ? (name === 'date' ? '21/11/2014 a :' : '922264') : spec;
      const formatted = plain(
        String(new IntlMessageFormat(parse(source, { ignoreTag: true }), 'fr').format(values)),
      );
      expect(samples, key).toContain(formatted);
    }
  });

  it('keeps the edition quirks the defect list names', () => {
    const all = entries.map((entry) => officialText(edition, entry.key)).join('\n');
    if (edition === 'fr') {
      for (const quirk of [
        'Clef API incorrecte',
        'pour les numéros suivant',
        'doivent-être comprise',
        'dans un interval de',
        "Cette opération n'est pas autorisé",
        'm,h or f',
        'Les paramètres Type est requis',
        'ne peux pas',
      ]) {
        expect(all).toContain(quirk);
      }
      // Both apostrophes, as printed: typographic in some sections, straight in others.
      expect(officialText('fr', 'sms.send.ipNotAuthorized')).toBe('L’IP n’est pas autorisée');
      expect(officialText('fr', 'numberVerification.ipNotAuthorized')).toBe("L'IP n'est pas autorisée");
    } else {
      expect(officialText('en', 'rental.genderInvalid')).toBe('The sex parameter must be only m, h, or f');
    }
    expect(page.rows.length).toBeGreaterThan(200);
  });
});

describe('the defect resolutions of the English edition', () => {
  it('numberVerification 96 (defect 4) is "The IP is not authorized", the sentence of every other section', () => {
    expect(printedRows('en', 'numberVerification.ipNotAuthorized')).toEqual([]);
    expect(officialText('en', 'numberVerification.ipNotAuthorized')).toBe('The IP is not authorized');
    for (const key of [
      'sms.send.ipNotAuthorized',
      'sms.cancel.ipNotAuthorized',
      'rental.ipNotAuthorized',
      'mail.ipNotAuthorized',
    ] as const) {
      expect(officialText('en', key)).toBe('The IP is not authorized');
    }
  });

  it('hlr.error 508 (defect 2) takes the sentence printed in the merged 508/509 row', () => {
    const merged = readReferencePage('en').rows.filter(
      (row) => row.layout === 'merged-row-first' || row.layout === 'merged-row-second',
    );
    expect(merged.map((row) => row.code)).toEqual(['508', '509']);
    const printed = merged[1]!.text;
    expect(printed).toBe(
      'General network protocol error, caused by operator network protocol versions or incompatible parameters between two network components.',
    );
    expect(officialText('en', 'hlr.error.notSupportedService')).toBe(printed);
    expect(officialText('en', 'hlr.error.duplicatedInvokeId')).toBe(printed);
    // The French edition prints 508 as its own row, with the same generic sentence as 509.
    expect(officialText('fr', 'hlr.error.notSupportedService')).toBe(
      officialText('fr', 'hlr.error.duplicatedInvokeId'),
    );
  });

  it('992 (defect 1) is the loose line printed above the Sending SMS table', () => {
    expect(printedRows('en', 'sms.send.unauthorizedSender')[0]!.layout).toBe('loose-line');
    expect(officialText('en', 'sms.send.unauthorizedSender')).toBe('Unauthorized sender');
    expect(officialText('fr', 'sms.send.unauthorizedSender')).toBe('Sender non autorisé');
  });

  it('referenceTexts records where each resolved sentence comes from', () => {
    const en = referenceTexts('en');
    expect(en.get('numberVerification.ipNotAuthorized')!.resolution).toContain('defect 4');
    expect(en.get('hlr.error.notSupportedService')!.resolution).toContain('defect 2');
    expect(en.get('hlr.error.notSupportedService')!.source).toMatch(
      /^reference\/smspartner-error-codes\.en\.md:\d+$/,
    );
  });
});

describe('the texts for unknown codes', () => {
  it.each(sections.map((section) => section.id))(
    '%s.unknownCode names the section with SMSPartner own heading and shows the code',
    (id) => {
      const section = sections.find((candidate) => candidate.id === id)!;
      for (const edition of editions) {
        const file = join(defaultLocalesDir, edition, 'official', `${id}.json`);
        const source = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[
          section.fallbackKey
        ]!;
        const text = String(
          new IntlMessageFormat(parse(source, { ignoreTag: true }), edition).format({ code: 'E-42' }),
        );
        expect(text).toContain(section.heading[edition]);
        expect(text).toContain('E-42');
      }
    },
  );
});
