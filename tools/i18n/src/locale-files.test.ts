import { describe, expect, it } from 'vitest';
import { parseJsonText } from './locale-files.ts';

/** The mistakes a translator makes by hand, each with the hint and the position the check reports. */
const mistakes: readonly { name: string; text: string; hint: RegExp; line: number; column: number }[] = [
  {
    name: 'an unescaped double quote inside a text',
    text: '{\n  "a": "Il a dit "texto" hier",\n  "b": "x"\n}',
    hint: /a double quote inside the text ends it too early: write it as \\" or use typographic quotes/,
    line: 2,
    column: 19,
  },
  {
    name: 'a comma after the last text',
    text: '{\n  "a": "x",\n  "b": "y",\n}',
    hint: /there is a comma after the last text \(line 3\); remove it/,
    line: 4,
    column: 1,
  },
  {
    name: 'a missing comma',
    text: '{\n  "a": "x"\n  "b": "y"\n}',
    hint: /a comma is missing at the end of line 2, before this text/,
    line: 3,
    column: 3,
  },
  {
    name: 'a missing colon',
    text: '{\n  "a" "x"\n}',
    hint: /a colon is missing between the key and its text/,
    line: 2,
    column: 7,
  },
  {
    name: 'single quotes',
    text: "{\n  'a': 'x'\n}",
    hint: /double quotes "…", not single quotes/,
    line: 2,
    column: 3,
  },
  {
    name: 'a comment',
    text: '{\n  // note\n  "a": "x"\n}',
    hint: /cannot hold comments/,
    line: 2,
    column: 3,
  },
  {
    name: 'a text not closed',
    text: '{\n  "a": "x,\n  "b": "y"\n}',
    hint: /a text before line 3 is not closed/,
    line: 3,
    column: 4,
  },
  {
    name: 'a typographic quote around a text',
    text: '{\n  "a": “x”\n}',
    hint: /straight double quote "; typographic quotes \(“\) go inside it/,
    line: 2,
    column: 8,
  },
  {
    name: 'a key without quotes',
    text: '{\n  "a": "x",\n  b: "y"\n}',
    hint: /a key must be written between double quotes/,
    line: 3,
    column: 3,
  },
  { name: 'a missing closing brace', text: '{\n  "a": "x"\n', hint: /ends too early/, line: 2, column: 11 },
];

describe('parseJsonText: plain-language hints with the position', () => {
  for (const mistake of mistakes) {
    it(mistake.name, () => {
      const parsed = parseJsonText(mistake.text);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.reason).toMatch(mistake.hint);
      // The parser's own words stay, after the hint.
      expect(parsed.reason).toMatch(/\(the parser says: Unexpected .+\)$/);
      expect(parsed.position).toEqual({ line: mistake.line, column: mistake.column });
    });
  }
});
