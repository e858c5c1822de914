import { relative } from 'node:path';
import { type CatalogEntry, entries } from '@smspartner-i18n/core';
import {
  type Edition,
  isEdition,
  type ReferenceGroup,
  type ReferencePage,
  type ReferenceRow,
  readReferencePage,
  referenceDir,
} from '@smspartner-i18n/reference';
import type { Register } from './layout.ts';

/** SMSPartner's sentence for an entry in one edition (reference/*.md): the official texts must say it. */
export interface ReferenceText {
  /** The sentence, highlight tags stripped, otherwise as printed. */
  readonly text: string;
  /** `reference/smspartner-error-codes.en.md:37`: where the sentence is printed. */
  readonly source: string;
  /** Why the sentence is not simply the entry's own row (a resolved defect). */
  readonly resolution?: string;
  /** HLR entries: the paragraph under the entry's statusGrpId / errorGrpId heading. */
  readonly group?: ReferenceGroup;
  /** Sentences printed for the same code under an alias name (2053). */
  readonly aliasTexts: readonly { readonly name: string; readonly text: string; readonly source: string }[];
}

/** The defects (reference/code-table-defects.md) whose official sentence is not on the entry's own row. */
const borrowedSentences: Readonly<Record<string, { lender: [section: string, code: string]; why: string }>> =
  {
    'en numberVerification/96': {
      lender: ['sms.send', '96'],
      why: 'defect 4: missing from the English edition; the sentence every other section prints for 96',
    },
    'en hlr.error/508': {
      lender: ['hlr.error', '509'],
      why: 'defect 2: the merged 508/509 row of the English edition prints one sentence, taken for both codes',
    },
  };

const sourceOf = (page: ReferencePage, row: ReferenceRow) =>
  `${relative(`${referenceDir}/..`, page.file)}:${row.line}`;

const rowsOf = (page: ReferencePage, section: string, code: string) =>
  page.rows.filter((row) => row.section === section && row.code === code);

function referenceTextOf(page: ReferencePage, entry: CatalogEntry): ReferenceText {
  const code = String(entry.code);
  const rows = rowsOf(page, entry.section, code);
  const borrowed = borrowedSentences[`${page.edition} ${entry.section}/${code}`];
  // Rows printed for the code under a name other than the entry's (2053's
  // EC_SOURCE_ADDRESS_BLACKLISTED) carry an alias sentence, not the official one.
  const own = rows.find((row) => row.name === undefined || row.name === entry.name) ?? rows[0];
  const aliasTexts = rows
    .filter((row) => row !== own && row.name !== undefined && entry.aliases.includes(row.name))
    .map((row) => ({ name: row.name!, text: row.text, source: sourceOf(page, row) }));
  const group = own?.group;
  const common = { ...(group ? { group } : {}), aliasTexts };
  if (borrowed) {
    const [lender] = rowsOf(page, ...borrowed.lender);
    if (!lender || lender.text === '') {
      throw new Error(`reference: ${entry.key} borrows ${borrowed.lender.join(' ')}, which has no sentence`);
    }
    return { ...common, text: lender.text, source: sourceOf(page, lender), resolution: borrowed.why };
  }
  if (!own || own.text === '') {
    throw new Error(
      `reference: ${entry.key} (${entry.section} ${code}) has no sentence in the ${page.edition} edition`,
    );
  }
  const resolution =
    aliasTexts.length > 0
      ? `defect 3: listed twice; the sentence of ${entry.name} is the official one`
      : own.layout === 'loose-line'
        ? 'defect 1: printed as a loose line above the table, not as a row'
        : undefined;
  return { ...common, text: own.text, source: sourceOf(page, own), ...(resolution ? { resolution } : {}) };
}

/** Every entry's SMSPartner sentence in one edition, by catalog key (reads the page each call). */
export function referenceTexts(edition: Edition): ReadonlyMap<string, ReferenceText> {
  const page = readReferencePage(edition);
  return new Map(
    entries.flatMap((entry) => {
      if (entry.documented === undefined) return [[entry.key, referenceTextOf(page, entry)] as const];
      // A documented addition (`sms.send` 9) has none in an edition SMSPartner gives no wording in.
      const text = edition === 'en' ? entry.documented.en : entry.documented.fr;
      if (typeof text !== 'string') return [];
      return [[entry.key, { text, source: entry.documented.source, aliasTexts: [] }] as const];
    }),
  );
}

/** Whether a register of a language is SMSPartner's published wording: kept verbatim, never styled or translated. */
export const isVerbatim = (locale: string, register: Register): boolean =>
  register === 'official' && isEdition(locale);
