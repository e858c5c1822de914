import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Edition,
  type ReferencePage,
  type ReferenceRow,
  readReferencePage,
  referenceDir,
  sectionHeading,
} from '@smspartner-i18n/reference';
import { describe, expect, it } from 'vitest';
import { type CatalogEntry, entries, hlrErrorGroups, hlrStatusGroups, sections } from './catalog.ts';
import { lookup } from './lookup.ts';
import { sectionIds } from './types.ts';

/**
 * Proves the catalog against SMSPartner's own pages: the reference parser
 * reads both editions literally (defects included), and every difference
 * between what is printed and what the catalog holds must be one of the
 * resolutions written down in reference/code-table-defects.md.
 */

const editions: readonly Edition[] = ['en', 'fr'];
const pages: Record<Edition, ReferencePage> = { en: readReferencePage('en'), fr: readReferencePage('fr') };

/** One way in which the printed page and the catalog differ. */
interface Difference {
  readonly section: string;
  readonly code: string;
  readonly kind:
    | 'loose-line'
    | 'merged-row-first'
    | 'merged-row-second'
    | 'row-not-in-catalog'
    | 'entry-not-on-page'
    | 'duplicate-row'
    | 'name-differs'
    | 'permanent-differs'
    | 'group-differs'
    | 'alias-not-on-page';
  readonly detail?: string;
}

/** The rows of the error-code page; documented additions (`documented`) are checked against their own source below. */
const pageEntries = entries.filter((entry) => entry.documented === undefined);
const additions = entries.filter((entry) => entry.documented !== undefined);

const entryFor = (row: ReferenceRow): CatalogEntry | undefined =>
  pageEntries.find((entry) => entry.section === row.section && String(entry.code) === row.code);

/** Compares one printed edition with the catalog, field by field, and lists every difference. */
function differences(page: ReferencePage): Difference[] {
  const found: Difference[] = [];
  const seen = new Set<CatalogEntry>();
  const namesOnPage = new Set(page.rows.map((row) => `${row.section}/${row.name}`));
  for (const row of page.rows) {
    const at = { section: row.section, code: row.code };
    if (row.layout !== 'row') found.push({ ...at, kind: row.layout });
    const entry = entryFor(row);
    if (entry === undefined) {
      found.push({ ...at, kind: 'row-not-in-catalog' });
      continue;
    }
    if (seen.has(entry)) {
      found.push({ ...at, kind: 'duplicate-row', detail: row.name ?? row.text });
      continue;
    }
    seen.add(entry);
    if (row.name !== entry.name) {
      found.push({
        ...at,
        kind: 'name-differs',
        detail: `${row.name ?? '(none)'} -> ${entry.name ?? '(none)'}`,
      });
    }
    if (row.permanent !== entry.permanent) {
      found.push({ ...at, kind: 'permanent-differs', detail: `${row.permanent} -> ${entry.permanent}` });
    }
    const printedGroup = row.group && `${row.group.kind}:${row.group.id}:${row.group.name}`;
    const catalogGroup = entry.group && `${entry.group.kind}:${entry.group.id}:${entry.group.name}`;
    if (printedGroup !== catalogGroup) {
      found.push({ ...at, kind: 'group-differs', detail: `${printedGroup} -> ${catalogGroup}` });
    }
  }
  for (const entry of pageEntries) {
    const at = { section: entry.section, code: String(entry.code) };
    if (!seen.has(entry)) found.push({ ...at, kind: 'entry-not-on-page' });
    for (const alias of entry.aliases) {
      if (!namesOnPage.has(`${entry.section}/${alias}`))
        found.push({ ...at, kind: 'alias-not-on-page', detail: alias });
    }
  }
  return found;
}

/**
 * The documented resolutions, as differences: `defect` is the row number in
 * reference/code-table-defects.md. Anything the comparison finds that is not
 * listed here is an undocumented change of SMSPartner's tables.
 */
const documentedDifferences: Record<Edition, readonly (Difference & { defect: number })[]> = {
  en: [
    { defect: 1, section: 'sms.send', code: '992', kind: 'loose-line' },
    { defect: 2, section: 'hlr.error', code: '508', kind: 'merged-row-first' },
    {
      defect: 2,
      section: 'hlr.error',
      code: '508',
      kind: 'name-differs',
      detail: '(none) -> EC_NOT_SUPPORTED_SERVICE',
    },
    { defect: 2, section: 'hlr.error', code: '509', kind: 'merged-row-second' },
    {
      defect: 3,
      section: 'hlr.error',
      code: '2053',
      kind: 'duplicate-row',
      detail: 'EC_SOURCE_ADDRESS_BLACKLISTED',
    },
    { defect: 4, section: 'numberVerification', code: '96', kind: 'entry-not-on-page' },
    {
      defect: 6,
      section: 'hlr.error',
      code: '4101',
      kind: 'alias-not-on-page',
      detail: 'EC_VALIDITY_EXPIRED',
    },
  ],
  fr: [
    { defect: 1, section: 'sms.send', code: '992', kind: 'loose-line' },
    {
      defect: 3,
      section: 'hlr.error',
      code: '2053',
      kind: 'duplicate-row',
      detail: 'EC_SOURCE_ADDRESS_BLACKLISTED',
    },
    {
      defect: 6,
      section: 'hlr.error',
      code: '4101',
      kind: 'alias-not-on-page',
      detail: 'EC_VALIDITY_EXPIRED',
    },
  ],
};

const defectsDocument = readFileSync(join(referenceDir, 'code-table-defects.md'), 'utf8');

/** The `#` column of the defects table. */
const documentedDefectNumbers = defectsDocument
  .split('\n')
  .map((line) => /^\|\s*(\d+)\s*\|/.exec(line)?.[1])
  .filter((cell) => cell !== undefined)
  .map(Number);

/** Every entry that a documented defect touches, and the defect number its note must cite. */
const notedEntries: readonly { section: string; code: number | string; defect: number; mentions: string }[] =
  [
    { section: 'sms.send', code: 992, defect: 1, mentions: 'defect 1' },
    { section: 'hlr.error', code: 508, defect: 2, mentions: 'defect 2' },
    { section: 'hlr.error', code: 509, defect: 2, mentions: 'defect 2' },
    { section: 'hlr.error', code: 2053, defect: 3, mentions: 'defect 3' },
    { section: 'numberVerification', code: 96, defect: 4, mentions: 'defect 4' },
    { section: 'mail', code: 3, defect: 5, mentions: 'defect 5' },
    { section: 'hlr.error', code: 4101, defect: 6, mentions: 'defect 6' },
    { section: 'rental', code: 8, defect: 8, mentions: 'm,h or f' },
  ];

describe.each(editions)('the %s edition of SMSPartner’s page', (edition) => {
  const page = pages[edition];

  it('differs from the catalog only by the resolutions of code-table-defects.md', () => {
    const expected = documentedDifferences[edition].map(({ defect: _defect, ...difference }) => difference);
    expect(differences(page)).toEqual(expected);
  });

  it('has every code of every section in the catalog, with its section, name, permanent flag and group', () => {
    for (const row of page.rows) {
      const entry = lookup(row.section, row.code);
      expect(
        entry,
        `${page.file}:${row.line}: ${row.section} ${row.code} is not in the catalog`,
      ).toBeDefined();
      expect(entry!.section).toBe(row.section);
      expect(String(entry!.code)).toBe(row.code);
      if (row.name !== undefined && row.layout === 'row') {
        // The duplicate 2053 row prints the alias name (defect 3).
        expect([entry!.name, ...entry!.aliases], `${page.file}:${row.line}`).toContain(row.name);
        expect(lookup(row.section, row.name), `${page.file}:${row.line}: lookup by name ${row.name}`).toBe(
          entry,
        );
      }
      if (row.section === 'hlr.error')
        expect(entry!.permanent, `${page.file}:${row.line}`).toBe(row.permanent);
      if (row.group) {
        expect(entry!.group, `${page.file}:${row.line}`).toEqual({
          id: row.group.id,
          name: row.group.name,
          kind: row.group.kind,
        });
      }
    }
  });

  it('lists its sections in the catalog’s order, under the headings the catalog records', () => {
    const order = [...new Set(page.rows.map((row) => row.section))];
    expect(order).toEqual([...sectionIds]);
    for (const section of sections) {
      expect(section.heading[edition]).toBe(sectionHeading(edition, section.id));
    }
  });

  it('prints each section’s codes in the catalog’s order', () => {
    for (const section of sectionIds) {
      const printed = [...new Set(page.rows.filter((row) => row.section === section).map((row) => row.code))];
      const catalogued = pageEntries
        .filter((entry) => entry.section === section)
        .map((entry) => String(entry.code))
        .filter((code) => printed.includes(code));
      expect(catalogued, section).toEqual(printed);
    }
  });

  it('has the HLR status groups 1-5 and error groups 0-3 the catalog has', () => {
    const printed = page.groups.map(({ kind, id, name }) => ({ kind, id, name }));
    expect(printed).toEqual(
      [...hlrStatusGroups, ...hlrErrorGroups].map(({ kind, id, name }) => ({ kind, id, name })),
    );
  });
});

describe('the resolutions of reference/code-table-defects.md', () => {
  it('cover every defect the document lists', () => {
    expect(documentedDefectNumbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const resolvedAsDifferences = new Set(
      editions.flatMap((edition) => documentedDifferences[edition].map((d) => d.defect)),
    );
    const resolvedAsNotes = new Set(notedEntries.map((entry) => entry.defect));
    const resolvedAsHeading = 7;
    expect(new Set([...resolvedAsDifferences, ...resolvedAsNotes, resolvedAsHeading])).toEqual(
      new Set(documentedDefectNumbers),
    );
  });

  it('give 225 entries from the error-code page in 12 sections, the count the document states, plus the documented additions', () => {
    const stated = /\*\*(\d+) entries\*\*/.exec(defectsDocument)?.[1];
    expect(Number(stated)).toBe(225);
    expect(pageEntries).toHaveLength(225);
    expect(additions.map((entry) => `${entry.section} ${entry.code}`)).toEqual(['sms.send 9']);
    expect(entries).toHaveLength(225 + additions.length);
    expect(sections).toHaveLength(12);
    expect(sections.reduce((sum, section) => sum + section.size, 0)).toBe(entries.length);
  });

  it('put a note exactly on the entries a defect touches', () => {
    const withNote = entries.filter((entry) => entry.note !== undefined);
    expect(withNote.map((entry) => `${entry.section} ${entry.code}`).sort()).toEqual(
      notedEntries.map((entry) => `${entry.section} ${entry.code}`).sort(),
    );
    for (const { section, code, mentions } of notedEntries) {
      expect(lookup(section, code)?.note, `${section} ${code}`).toContain(mentions);
    }
  });

  it('1: keep the loose "992 Unauthorized sender" line as the sms.send entry 992', () => {
    for (const edition of editions) {
      const rows = pages[edition].rows.filter((row) => row.layout === 'loose-line');
      expect(rows.map((row) => `${row.section} ${row.code}`)).toEqual(['sms.send 992']);
    }
    expect(lookup('sms.send', 992)?.key).toBe('sms.send.unauthorizedSender');
  });

  it('2: split the merged 508/509 row, naming 508 EC_NOT_SUPPORTED_SERVICE as the French edition does', () => {
    const french = pages.fr.rows.find((row) => row.section === 'hlr.error' && row.code === '508');
    expect(french?.name).toBe('EC_NOT_SUPPORTED_SERVICE');
    for (const code of [508, 509]) {
      const entry = lookup('hlr.error', code)!;
      expect(entry.permanent).toBe(false);
      expect(entry.group).toEqual({ id: 1, name: 'HANDSET_ERRORS', kind: 'error' });
    }
    expect(lookup('hlr.error', 'EC_NOT_SUPPORTED_SERVICE')?.code).toBe(508);
    expect(lookup('hlr.error', 'EC_DUPLICATED_INVOKE_ID')?.code).toBe(509);
  });

  it('3: keep one 2053 entry, EC_BLACKLISTED_SENDERADDRESS, with EC_SOURCE_ADDRESS_BLACKLISTED as an alias', () => {
    for (const edition of editions) {
      const printed = pages[edition].rows.filter((row) => row.section === 'hlr.error' && row.code === '2053');
      expect(printed.map((row) => row.name)).toEqual([
        'EC_BLACKLISTED_SENDERADDRESS',
        'EC_SOURCE_ADDRESS_BLACKLISTED',
      ]);
    }
    const entry = lookup('hlr.error', 2053)!;
    expect(entry.name).toBe('EC_BLACKLISTED_SENDERADDRESS');
    expect(entry.aliases).toEqual(['EC_SOURCE_ADDRESS_BLACKLISTED']);
    expect(entry.permanent).toBe(true);
    expect(lookup('hlr.error', 'EC_SOURCE_ADDRESS_BLACKLISTED')).toBe(entry);
    expect(
      entries.filter((candidate) => candidate.section === 'hlr.error' && candidate.code === 2053),
    ).toHaveLength(1);
  });

  it('4: add numberVerification 96, printed in the French edition only', () => {
    const printed = (edition: Edition) =>
      pages[edition].rows.some((row) => row.section === 'numberVerification' && row.code === '96');
    expect(printed('fr')).toBe(true);
    expect(printed('en')).toBe(false);
    expect(lookup('numberVerification', 96)?.key).toBe('numberVerification.ipNotAuthorized');
  });

  it('5: keep mail 1 and 3 apart although both editions print the same words for them', () => {
    for (const edition of editions) {
      const text = (code: string) =>
        pages[edition].rows.find((row) => row.section === 'mail' && row.code === code)?.text;
      expect(text('3')).toBe(text('1'));
    }
    expect(lookup('mail', 1)).not.toBe(lookup('mail', 3));
    expect(lookup('mail', 3)?.note).toMatch(/meaning unconfirmed/);
  });

  it('6: keep EC_VALIDITYEXPIRED for 4101 and accept EC_VALIDITY_EXPIRED as an alias', () => {
    const entry = lookup('hlr.error', 4101)!;
    expect(entry.name).toBe('EC_VALIDITYEXPIRED');
    expect(lookup('hlr.error', 'EC_VALIDITY_EXPIRED')).toBe(entry);
  });

  it('7: call the "Location" section rental, and say why', () => {
    for (const edition of editions) expect(sectionHeading(edition, 'rental')).toBe('Location');
    const rental = sections.find((section) => section.id === 'rental')!;
    expect(rental.heading).toEqual({ en: 'Location', fr: 'Location' });
    expect(rental.description).toMatch(/rental/);
  });

  it('8: keep the wording of rental 8 as printed ("m, h, or f" / "m,h or f")', () => {
    const text = (edition: Edition) =>
      pages[edition].rows.find((row) => row.section === 'rental' && row.code === '8')?.text;
    expect(text('en')).toContain('m, h, or f');
    expect(text('fr')).toContain('m,h or f');
  });
});

describe('the documented additions (codes SMSPartner documents outside its error-code page)', () => {
  const apiResponses = readFileSync(join(referenceDir, 'api-responses.md'), 'utf8');

  it.each(additions.map((entry) => [entry.key, entry] as const))(
    '%s is documented where its data says, in that wording, and is on neither edition of the page',
    (_key, entry) => {
      expect(entry.documented!.source).toMatch(/^reference\/api-responses\.md\b/);
      expect(apiResponses).toContain(`code ${entry.code}`);
      expect(apiResponses.toLowerCase().replace(/\s+/g, ' ')).toContain(entry.documented!.en.toLowerCase());
      // SMSPartner publishes no French wording for it: the French official text is ours, and the data says so.
      expect(entry.documented!.fr).toBeNull();
      for (const edition of editions) {
        expect(
          pages[edition].rows.some((row) => row.section === entry.section && row.code === String(entry.code)),
        ).toBe(false);
      }
    },
  );
});
