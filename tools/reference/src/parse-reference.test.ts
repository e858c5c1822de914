import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseReferencePage,
  readReferencePage,
  referencePagePath,
  sectionHeading,
  stripHighlight,
} from './parse-reference.ts';

/** A page in SMSPartner's layout, small enough to read, with each defect shape the real pages have. */
const sample = [
  '# API Error Codes',
  '',
  '## Sending SMS',
  '',
  '992 Unauthorized sender',
  '',
  '| Codes | Message |',
  '|:-----:|---------|',
  '| 1     | The API key is required |',
  '| 11    | <mark style="background-color: #a8d3fb;">Insufficient</mark> credit |',
  '',
  '42 is a number in prose after the table, not a code.',
  '',
  '## Status Error Codes',
  '',
  '### SMS Status',
  '',
  '| Codes | Description |',
  '|-------|-------------|',
  '| DELIVRD | Delivered. |',
  '',
  '## HLR',
  '',
  '### Code Status: PENDING (statusGrpId: 1)',
  '',
  'The message has been sent.',
  '',
  '| statusId | Status | Description |',
  '|:--------:|:------:|-------------|',
  '| 3 | PENDING_WAITING_DELIVERY | Waiting. |',
  '',
  '## Error Codes (HLR)',
  '',
  '### HANDSET_ERRORS (errorGrpId: 1)',
  '',
  'Handset problems.',
  '',
  '| errorId | Permanent | Error | Description |',
  '|---------|-----------|-------|-------------|',
  '| 1 | true | EC_UNKNOWN_SUBSCRIBER | Unknown. |',
  '| 508 | false | | 509 | false | EC_DUPLICATED_INVOKE_ID | Protocol error. |',
].join('\n');

describe('parseReferencePage', () => {
  const page = parseReferencePage(sample, 'en', 'sample.md');

  it('reads table rows with their section, code, verbatim text and line', () => {
    expect(page.rows.filter((row) => row.section === 'sms.send' && row.layout === 'row')).toEqual([
      { section: 'sms.send', code: '1', text: 'The API key is required', line: 9, layout: 'row' },
      { section: 'sms.send', code: '11', text: 'Insufficient credit', line: 10, layout: 'row' },
    ]);
  });

  it('reports a code printed as a loose line above a table, and nothing from prose after it', () => {
    const loose = page.rows.filter((row) => row.layout === 'loose-line');
    expect(loose).toEqual([
      { section: 'sms.send', code: '992', text: 'Unauthorized sender', line: 5, layout: 'loose-line' },
    ]);
    expect(page.rows.some((row) => row.code === '42')).toBe(false);
  });

  it('uses the code as the name of DLR rows', () => {
    expect(page.rows.find((row) => row.section === 'sms.dlr')).toMatchObject({
      code: 'DELIVRD',
      name: 'DELIVRD',
    });
  });

  it('reads HLR groups with their id, name and paragraph, and files rows under them', () => {
    expect(page.groups).toEqual([
      { kind: 'status', id: 1, name: 'PENDING', text: 'The message has been sent.' },
      { kind: 'error', id: 1, name: 'HANDSET_ERRORS', text: 'Handset problems.' },
    ]);
    expect(page.rows.find((row) => row.section === 'hlr.status')).toMatchObject({
      code: '3',
      name: 'PENDING_WAITING_DELIVERY',
      text: 'Waiting.',
      group: { kind: 'status', id: 1 },
    });
    expect(page.rows.find((row) => row.section === 'hlr.error' && row.code === '1')).toMatchObject({
      name: 'EC_UNKNOWN_SUBSCRIBER',
      permanent: true,
      group: { kind: 'error', id: 1, name: 'HANDSET_ERRORS' },
    });
  });

  it('splits a row that swallowed the next one, and says so', () => {
    const merged = page.rows.filter((row) => row.line === 41);
    expect(
      merged.map(({ code, name, permanent, text, layout }) => ({ code, name, permanent, text, layout })),
    ).toEqual([
      { code: '508', name: undefined, permanent: false, text: '', layout: 'merged-row-first' },
      {
        code: '509',
        name: 'EC_DUPLICATED_INVOKE_ID',
        permanent: false,
        text: 'Protocol error.',
        layout: 'merged-row-second',
      },
    ]);
  });

  it('reads Windows line endings the same way', () => {
    expect(parseReferencePage(sample.replace(/\n/g, '\r\n'), 'en', 'sample.md')).toEqual(page);
  });

  it('rejects a heading it does not know, naming the file and line', () => {
    expect(() => parseReferencePage('## Sending Faxes\n', 'en', 'page.md')).toThrow(
      'page.md:1: unknown section heading "Sending Faxes"',
    );
    // Headings are per edition: the French title is not an English section.
    expect(() => parseReferencePage('## Envoi de SMS\n', 'en', 'page.md')).toThrow('unknown section heading');
  });

  it('rejects a row with too many cells that cannot be split, naming the file and line', () => {
    const broken = ['## Sending SMS', '', '| Codes | Message |', '|---|---|', '| 1 | a | b |'].join('\n');
    expect(() => parseReferencePage(broken, 'en', 'page.md')).toThrow(
      'page.md:5: a row has 3 cells where 2 were expected',
    );
  });
});

describe('stripHighlight', () => {
  it('removes mark tags and keeps everything else, typos and apostrophes included', () => {
    expect(stripHighlight('<mark style="x">Clef</mark> API incorrecte’s')).toBe('Clef API incorrecte’s');
    expect(stripHighlight('a <b>bold</b> word')).toBe('a <b>bold</b> word');
  });
});

describe('sectionHeading', () => {
  it('gives SMSPartner’s own title per edition', () => {
    expect(sectionHeading('en', 'rental')).toBe('Location');
    expect(sectionHeading('fr', 'sms.send')).toBe('Envoi de SMS');
    expect(sectionHeading('en', 'hlr.error')).toBe('Error Codes (HLR)');
  });
});

describe.each(['en', 'fr'] as const)('the real %s page', (edition) => {
  const page = readReferencePage(edition);
  const lines = readFileSync(referencePagePath(edition), 'utf8').split(/\r?\n/);

  it('gives rows whose line number points at the printed code and text', () => {
    for (const row of page.rows) {
      const line = stripHighlight(lines[row.line - 1] ?? '');
      expect(line, `${page.file}:${row.line}`).toContain(row.code);
      expect(line, `${page.file}:${row.line}`).toContain(row.text);
    }
  });

  it('gives every row a text, except the first half of a merged row', () => {
    const empty = page.rows.filter((row) => row.text === '');
    expect(empty.map((row) => row.layout)).toEqual(edition === 'en' ? ['merged-row-first'] : []);
  });

  it('gives the row counts code-table-defects.md starts from', () => {
    // EN: 223 table rows with the merged 508/509 row counted once, so 224 after the split, plus the loose 992.
    // FR: the same 225 codes with 508 and 509 intact and numberVerification 96, plus the duplicate 2053 row.
    expect(page.rows).toHaveLength(edition === 'en' ? 225 : 226);
  });
});
