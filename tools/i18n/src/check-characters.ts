import { codePoint, type Finding, type TextRule } from './check-rules.ts';

/** Characters no text may hold: invisible, reordering or breaking where shown, or not NFC. */

const control = /\p{Cc}/u;
// Zero-width characters, bidirectional controls, the soft hyphen and the byte-order mark.
const invisible = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const markupTag = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/;
const htmlEntity = /&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9A-Fa-f]+);/;
const doubleSpace = /[ \u00a0\u202f]{2,}/;

const names: Readonly<Record<string, string>> = {
  '\u0009': 'a tab',
  '\u000a': 'a line break',
  '\u000d': 'a carriage return',
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u200e': 'a left-to-right mark',
  '\u200f': 'a right-to-left mark',
  '\u2060': 'a word joiner',
  '\ufeff': 'a byte-order mark',
  '\u00ad': 'a soft hyphen',
};

const describe = (char: string): string => `${names[char] ?? 'a character'} (${codePoint(char)})`;

/** Where the first character that NFC would compose (a decomposed accent) is. */
function firstDecomposed(source: string): number {
  for (const match of source.matchAll(/\p{M}/gu)) {
    const start = Math.max(0, match.index - 1);
    const pair = source.slice(start, match.index + match[0].length);
    if (pair.normalize('NFC') !== pair) return start;
  }
  return 0;
}

export const checkCharacters: TextRule = ({ source }) => {
  const found: Finding[] = [];
  const controlMatch = control.exec(source);
  if (controlMatch) {
    found.push({
      severity: 'error',
      rule: 'control-character',
      offset: controlMatch.index,
      message: `the text holds ${describe(controlMatch[0])}, a control character that breaks terminals and logs; remove it (a text is one line)`,
    });
  }
  if (source.normalize('NFC') !== source) {
    found.push({
      severity: 'error',
      rule: 'not-nfc',
      offset: firstDecomposed(source),
      message:
        'the text is not in Unicode NFC: an accent is typed as a separate combining mark; retype the letter as one character (é, not e + ́)',
    });
  }
  const invisibleMatch = invisible.exec(source);
  if (invisibleMatch) {
    found.push({
      severity: 'error',
      rule: 'invisible-character',
      offset: invisibleMatch.index,
      message: `the text holds ${describe(invisibleMatch[0])}, an invisible or direction-changing character; remove it`,
    });
  }
  const markup = markupTag.exec(source) ?? htmlEntity.exec(source);
  if (markup) {
    found.push({
      severity: 'error',
      rule: 'markup',
      offset: markup.index,
      message: `the text holds markup "${markup[0]}"; texts are plain text, shown as is (write the character itself, no tags or entities)`,
    });
  }
  const spaces = doubleSpace.exec(source);
  if (spaces) {
    found.push({
      severity: 'error',
      rule: 'double-space',
      offset: spaces.index,
      message: 'the text has two spaces in a row; keep one',
    });
  }
  const dots = source.indexOf('...');
  if (dots !== -1) {
    found.push({
      severity: 'warning',
      rule: 'ellipsis',
      offset: dots,
      message: 'write the ellipsis as one character "…", not three dots',
    });
  }
  return found;
};
