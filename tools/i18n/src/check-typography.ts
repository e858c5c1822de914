import { type Finding, languageOf, type TextRule } from './check-rules.ts';

/** Typography of the friendly texts: the typographic apostrophe, and French spacing (see the glossary). */

const noBreak = /[\u00a0\u202f]/;

/** ICU quoting (`''`, or a quote from `'{`, `'}`, `'#`, `'|` to the next apostrophe), else a lone apostrophe. */
const apostrophes = /''|'[{}#|][^']*'?|'/g;

/** Offsets of the characters outside ICU arguments (`{max, number}` is syntax, not text). */
function outsideArguments(source: string): boolean[] {
  const outside: boolean[] = [];
  let depth = 0;
  for (const char of source) {
    if (char === '{') depth++;
    outside.push(depth === 0);
    if (char === '}') depth = Math.max(0, depth - 1);
    if (char.length === 2) outside.push(depth === 0);
  }
  return outside;
}

/** Words French writes after a number with a no-break space: units and the nouns the texts count. */
export const frenchUnits: readonly string[] = [
  ...['h', 'min', 's', 'ms', 'j', '%', '€', 'mois', 'parties', 'SMS', 'Mo', 'ko', 'Go'],
  // Each in the singular and the plural.
  ...[
    'heure',
    'minute',
    'seconde',
    'jour',
    'an',
    'caractère',
    'numéro',
    'e-mail',
    'demande',
    'message',
    'destinataire',
    'contact',
  ].flatMap((word) => [word, `${word}s`]),
];

const numberThenUnit = new RegExp(
  `(\\d|\\{[A-Za-z_][\\w]*, number\\})( )(?:${frenchUnits.join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);

export const checkApostrophe: TextRule = ({ register, source }) => {
  if (register !== 'friendly') return [];
  const first = [...source.matchAll(apostrophes)].find((match) => match[0] === "'")?.index;
  if (first === undefined) return [];
  return [
    {
      severity: 'error',
      rule: 'apostrophe',
      offset: first,
      message:
        "write the typographic apostrophe ’ (U+2019), not '; before a brace an ASCII apostrophe starts an ICU quote",
    },
  ];
};

export const checkFrenchTypography: TextRule = ({ locale, register, source }) => {
  if (register !== 'friendly' || languageOf(locale) !== 'fr') return [];
  const found: Finding[] = [];
  const outside = outsideArguments(source);
  // Canadian French writes no space before ; ! ? (only before :).
  const marks = locale.toLowerCase() === 'fr-ca' ? ':' : ':;?!';
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (!outside[index]) continue;
    if (marks.includes(char)) {
      const before = source[index - 1];
      if (before === undefined || noBreak.test(before)) continue;
      // 8:00, https://: not punctuation.
      if (char === ':' && (/\d/.test(before) || source.startsWith('//', index + 1))) continue;
      if (char === '?' && before === '?') continue;
      found.push({
        severity: 'error',
        rule: 'fr-punctuation-space',
        offset: before === ' ' ? index - 1 : index,
        message:
          before === ' '
            ? `French puts a narrow no-break space (U+202F) before "${char}", not an ordinary space; replace it`
            : `French puts a narrow no-break space (U+202F) before "${char}"; add one`,
      });
    } else if (char === '«' || char === '»') {
      const inside = char === '«' ? source[index + 1] : source[index - 1];
      if (noBreak.test(inside ?? '')) continue;
      found.push({
        severity: 'error',
        rule: 'fr-guillemet-space',
        offset: index,
        message: `French puts a no-break space (U+00A0) ${char === '«' ? 'after «' : 'before »'}; use it instead of an ordinary space`,
      });
    }
  }
  for (const match of source.matchAll(numberThenUnit)) {
    const space = match.index + match[1]!.length;
    found.push({
      severity: 'error',
      rule: 'fr-number-unit',
      offset: space,
      message: `French joins a number and its unit with a no-break space (U+00A0): "${match[1]}\u00a0${match[0].slice(match[1]!.length + 1)}", so they never part at a line end`,
    });
  }
  return found;
};
