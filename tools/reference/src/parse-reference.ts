import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The languages SMSPartner publishes its page in: `reference/smspartner-error-codes.<edition>.md`. */
export const editions = ['en', 'fr'] as const;
export type Edition = (typeof editions)[number];

/** Whether SMSPartner publishes its page in `locale`, so that its official texts are SMSPartner's wording. */
export const isEdition = (locale: string): locale is Edition =>
  (editions as readonly string[]).includes(locale);

/** A section of the page, by the id the catalog gives it; the ids are the values of `sectionHeadings`. */
export type ReferenceSectionId = (typeof sectionHeadings)['en'][keyof (typeof sectionHeadings)['en']];

/** One code as printed on SMSPartner's page, before any defect is resolved. */
export interface ReferenceRow {
  section: ReferenceSectionId;
  /** The code exactly as printed (`"11"`, `"not delivered"`, `"DELIVRD"`). */
  code: string;
  /** HLR status or error name (`EC_UNKNOWN_SUBSCRIBER`); the code itself for DLR and VMS rows. */
  name?: string;
  /** HLR errors only: the "Permanent" column. */
  permanent?: boolean;
  /** SMSPartner's wording, highlight tags stripped, otherwise verbatim. */
  text: string;
  /** HLR rows: the statusGrpId / errorGrpId heading they stand under. */
  group?: ReferenceGroup;
  /** 1-based line of the page the row was read from. */
  line: number;
  /** How the row deviates from a normal table row. */
  layout: 'row' | 'loose-line' | 'merged-row-first' | 'merged-row-second';
}

export interface ReferenceGroup {
  kind: 'status' | 'error';
  id: number;
  name: string;
  /** The paragraph under the group heading. */
  text: string;
}

export interface ReferencePage {
  edition: Edition;
  file: string;
  rows: ReferenceRow[];
  groups: ReferenceGroup[];
}

const sectionHeadings = {
  en: {
    'Sending SMS': 'sms.send',
    'SMS Cancellation': 'sms.cancel',
    'Status Retrieval': 'sms.status',
    'Status List': 'sms.deliveryStatus',
    'Status Error Codes': 'sms.dlr',
    'Number Verification': 'numberVerification',
    Location: 'rental',
    'Sub-account': 'subAccount',
    HLR: 'hlr.status',
    'Error Codes (HLR)': 'hlr.error',
    'Sending Voice Messages / VMS': 'vms',
    'Sending Mail': 'mail',
  },
  fr: {
    'Envoi de SMS': 'sms.send',
    'Annulation des SMS': 'sms.cancel',
    'Récupération des statuts': 'sms.status',
    'Liste des statuts': 'sms.deliveryStatus',
    'Codes erreurs des statuts': 'sms.dlr',
    'Vérification des numéros': 'numberVerification',
    Location: 'rental',
    'Sous-compte': 'subAccount',
    HLR: 'hlr.status',
    'Code des erreurs (HLR)': 'hlr.error',
    'Envoi de messages vocaux / VMS': 'vms',
    'Envoi de Mail': 'mail',
  },
} as const satisfies Record<Edition, Record<string, string>>;

/** The section headings of each edition, in page order (SMSPartner's own titles). */
export function sectionHeading(edition: Edition, section: ReferenceSectionId): string {
  const found = Object.entries(sectionHeadings[edition]).find(([, id]) => id === section);
  if (!found) throw new Error(`No ${edition} heading is known for section ${section}`);
  return found[0];
}

const groupHeading = /\((statusGrpId|errorGrpId):\s*(\d+)\)\s*$/;
const looseCodeLine = /^(\d+)\s+(\S.*)$/;

export function stripHighlight(text: string): string {
  return text.replace(/<mark\b[^>]*>/g, '').replace(/<\/mark>/g, '');
}

function splitCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((cell) => stripHighlight(cell.trim()));
}

/**
 * Reads one edition of SMSPartner's page into rows and groups. The parser
 * is deliberately literal: it reports what is printed (including the loose
 * 992 line and the merged 508/509 row) and leaves resolutions to the catalog.
 */
export function parseReferencePage(markdown: string, edition: Edition, file = `<${edition}>`): ReferencePage {
  const rows: ReferenceRow[] = [];
  const groups: ReferenceGroup[] = [];
  let section: ReferenceSectionId | undefined;
  let group: ReferenceGroup | undefined;
  let awaitingGroupText = false;
  let header: string[] | undefined;

  function toRow(cells: string[], line: number, layout: ReferenceRow['layout']): ReferenceRow {
    const at = (column: string) => {
      const i = header!.indexOf(column);
      return i === -1 ? undefined : cells[i];
    };
    const code = cells[0]!;
    const row: ReferenceRow = { section: section!, code, text: '', line, layout };
    if (section === 'hlr.status' || section === 'hlr.error') {
      row.name = at(section === 'hlr.status' ? 'Status' : 'Error');
      if (section === 'hlr.error') row.permanent = at('Permanent') === 'true';
      row.text = at('Description') ?? '';
      if (group) row.group = group;
    } else {
      row.text = cells[cells.length - 1] ?? '';
      if (section === 'sms.dlr' || section === 'vms') row.name = code;
    }
    if (row.name === '') row.name = undefined;
    return row;
  }

  for (const [index, rawLine] of markdown.split(/\r?\n/).entries()) {
    const lineNumber = index + 1;
    const line = rawLine.trim();
    const h2 = /^##\s+(.+)$/.exec(line);
    if (h2) {
      section = (sectionHeadings[edition] as Record<string, ReferenceSectionId | undefined>)[h2[1]!.trim()];
      if (!section) throw new Error(`${file}:${lineNumber}: unknown section heading "${h2[1]}"`);
      group = undefined;
      header = undefined;
      continue;
    }
    const h3 = /^###\s+(.+)$/.exec(line);
    if (h3) {
      header = undefined;
      const match = groupHeading.exec(h3[1]!);
      if (match) {
        group = {
          kind: match[1] === 'statusGrpId' ? 'status' : 'error',
          id: Number(match[2]),
          name: h3[1]!.replace(groupHeading, '').split(':').pop()!.trim(),
          text: '',
        };
        groups.push(group);
        awaitingGroupText = true;
      }
      continue;
    }
    if (!section || line === '') continue;
    if (line.startsWith('|')) {
      awaitingGroupText = false;
      const cells = splitCells(line);
      if (!header) header = cells;
      else if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
      else if (cells.length <= header.length) rows.push(toRow(cells, lineNumber, 'row'));
      else {
        // A row that swallowed the next one: split where a blank cell is followed by what looks like a code.
        const splitAt = cells.findIndex((cell, i) => cell === '' && /^\d+$/.test(cells[i + 1] ?? ''));
        if (splitAt <= 0)
          throw new Error(
            `${file}:${lineNumber}: a row has ${cells.length} cells where ${header.length} were expected`,
          );
        const first = cells.slice(0, splitAt);
        while (first.length < header.length) first.push('');
        rows.push(toRow(first, lineNumber, 'merged-row-first'));
        rows.push(toRow(cells.slice(splitAt + 1), lineNumber, 'merged-row-second'));
      }
    } else if (awaitingGroupText && group) {
      group.text = line;
      awaitingGroupText = false;
    } else {
      const loose = looseCodeLine.exec(line);
      if (loose && !header)
        rows.push({ section, code: loose[1]!, text: loose[2]!, line: lineNumber, layout: 'loose-line' });
    }
  }
  return { edition, file, rows, groups };
}

/** The repository's `reference/` folder, found from this file. */
export const referenceDir: string = join(import.meta.dirname, '../../../reference');

export function referencePagePath(edition: Edition): string {
  return join(referenceDir, `smspartner-error-codes.${edition}.md`);
}

export function readReferencePage(edition: Edition): ReferencePage {
  const file = referencePagePath(edition);
  return parseReferencePage(readFileSync(file, 'utf8'), edition, file);
}
