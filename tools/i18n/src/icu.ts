import { isLiteralElement, type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { isStructurallySame } from '@formatjs/icu-messageformat-parser/manipulator.js';

/** The ICU rules the packs follow: tags are plain text (`formatjs compile --ignore-tag`). */

export type ParsedMessage =
  | { readonly ok: true; readonly ast: MessageFormatElement[] }
  | {
      readonly ok: false;
      /** The parser's error kind (`EXPECT_ARGUMENT_CLOSING_BRACE`). */
      readonly kind: string;
      /** Offset of the error in the ICU source, from 0. */
      readonly offset: number;
    };

export function parseMessage(source: string): ParsedMessage {
  try {
    return { ok: true, ast: parse(source, { ignoreTag: true, captureLocation: true }) };
  } catch (error) {
    const location = (error as { location?: { start?: { offset?: number } } }).location;
    return {
      ok: false,
      kind: error instanceof Error ? error.message : String(error),
      offset: location?.start?.offset ?? 0,
    };
  }
}

/** Plain-language explanations of the parser's error kinds a translator meets. */
const syntaxErrorHelp: Readonly<Record<string, string>> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: 'a "{" opens an argument that is never closed with "}"',
  EMPTY_ARGUMENT: 'an argument "{}" has no name',
  MALFORMED_ARGUMENT: 'an argument name may only hold letters, digits and "_"',
  EXPECT_ARGUMENT_TYPE: 'an argument has a "," but no type after it (write {name, number})',
  INVALID_ARGUMENT_TYPE: 'an argument type must be number, date, time, plural, select or selectordinal',
  EXPECT_ARGUMENT_STYLE: 'an argument has a second "," but no style after it',
  UNMATCHED_CLOSING_BRACE: 'a "}" closes nothing (write \'}\' for a literal brace)',
  EXPECT_PLURAL_ARGUMENT_SELECTOR: 'a plural has no "one {…}"/"other {…}" options',
  EXPECT_SELECT_ARGUMENT_SELECTOR: 'a select has no options',
  MISSING_OTHER_CLAUSE: 'a plural or select has no "other {…}" option',
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'a plural option is given twice',
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'a select option is given twice',
  INVALID_PLURAL_ARGUMENT_SELECTOR: 'a plural option must be zero, one, two, few, many, other or =N',
  UNCLOSED_QUOTE_IN_ARGUMENT_STYLE: 'an apostrophe opens a quote that is never closed',
  INVALID_NUMBER_SKELETON: 'a number style is not a valid skeleton',
};

export const explainSyntaxError = (kind: string): string =>
  syntaxErrorHelp[kind] ?? 'the text is not valid ICU MessageFormat';

/**
 * Escapes plain text so that ICU formats it back verbatim, `L'IP` staying as written: only an apostrophe
 * that would start a quote is doubled. From the first brace on the text is one quoted section: quoting
 * braces one by one would let a closing quote and the next apostrophe read as an escaped apostrophe.
 */
export function escapeIcuLiteral(text: string): string {
  const firstBrace = text.search(/[{}]/);
  const plain = firstBrace === -1 ? text : text.slice(0, firstBrace);
  // Past the end of `plain` comes a brace (a syntax character) or the end of the text.
  const out = plain.replace(/'(?=['{}<>#|]|$)/g, "''");
  if (firstBrace === -1) return out;
  return `${out}'${text.slice(firstBrace).replaceAll("'", "''")}'`;
}

/** The text of a message made of literal text only; `undefined` when it has arguments. */
export const literalTextOf = (ast: readonly MessageFormatElement[]): string | undefined =>
  ast.every(isLiteralElement) ? ast.map((element) => element.value).join('') : undefined;

export interface MessageArgument {
  readonly name: string;
  readonly type: ArgumentType;
  /** Where the argument starts in the ICU source. */
  readonly offset: number;
  /** The argument's style, when it has one (`{x, number, percent}`). */
  readonly hasStyle: boolean;
}

const argumentTypes = {
  [TYPE.argument]: 'plain',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.tag]: 'tag',
} as const;

export type ArgumentType = (typeof argumentTypes)[keyof typeof argumentTypes] | 'plural' | 'selectordinal';

/** Every argument a message uses, in source order, nested ones included. */
export function argumentsOf(ast: readonly MessageFormatElement[]): MessageArgument[] {
  return ast.flatMap((element): MessageArgument[] => {
    if (element.type === TYPE.literal || element.type === TYPE.pound) return [];
    const type =
      element.type === TYPE.plural
        ? element.pluralType === 'ordinal'
          ? 'selectordinal'
          : 'plural'
        : argumentTypes[element.type];
    const offset = element.location?.start.offset ?? 0;
    const hasStyle = 'style' in element && element.style != null;
    const nested =
      element.type === TYPE.tag
        ? element.children
        : 'options' in element
          ? Object.values(element.options).flatMap((option) => option.value)
          : [];
    return [{ name: element.value, type, offset, hasStyle }, ...argumentsOf(nested)];
  });
}

/** How a translation's arguments differ from English (`formatjs verify --structural-equality`). */
export function structuralDifference(english: MessageFormatElement[], translation: MessageFormatElement[]) {
  const result = isStructurallySame(english, translation);
  return result.success ? undefined : (result.error?.message ?? 'the arguments differ from the English text');
}

/** Joins adjacent literal elements (pseudo-localization splits them), so escaping sees whole runs of text. */
function mergeLiterals(ast: readonly MessageFormatElement[]): MessageFormatElement[] {
  const merged: MessageFormatElement[] = [];
  for (const element of ast) {
    const last = merged.at(-1);
    if (element.type === TYPE.literal && last?.type === TYPE.literal)
      merged[merged.length - 1] = { type: TYPE.literal, value: last.value + element.value };
    else merged.push(element);
  }
  return merged;
}

const describeElement = (element: MessageFormatElement): string =>
  element.type === TYPE.pound ? 'a "#"' : `the argument {${element.value}}`;

/**
 * A compiled message in i18next's own format (v4 JSON, no ICU plugin): `{max, number}` → `{{max, number}}`.
 * Anything i18next cannot express the same way is refused, never approximated.
 */
export function toI18next(
  ast: readonly MessageFormatElement[],
): { ok: true; text: string } | { ok: false; reason: string } {
  let text = '';
  const merged = mergeLiterals(ast);
  for (const [index, element] of merged.entries()) {
    if (element.type === TYPE.literal) {
      const value = element.value;
      const touchesArgument =
        (value.endsWith('{') && index < merged.length - 1) || (value.startsWith('}') && index > 0);
      if (/\{\{|\}\}|\$t\(/.test(value) || touchesArgument) {
        const reason =
          'a literal "{{", "}}", "$t(", or a brace next to an argument would be read by i18next as interpolation or nesting';
        return { ok: false, reason };
      }
      text += value;
    } else if (element.type === TYPE.argument) text += `{{${element.value}}}`;
    else if (element.type === TYPE.number && element.style == null) text += `{{${element.value}, number}}`;
    else {
      const reason = `${describeElement(element)} uses ICU syntax that i18next's own format cannot express`;
      return { ok: false, reason };
    }
  }
  return { ok: true, text };
}

/** A compiled message back as ICU source: only what `toI18next` takes (its caller checks first). */
export function toIcuSource(ast: readonly MessageFormatElement[]): string {
  let text = '';
  for (const element of mergeLiterals(ast)) {
    if (element.type === TYPE.literal) text += escapeIcuLiteral(element.value);
    else if (element.type === TYPE.argument) text += `{${element.value}}`;
    else if (element.type === TYPE.number && element.style == null) text += `{${element.value}, number}`;
    else throw new Error(`${describeElement(element)} uses ICU syntax outside the supported subset`);
  }
  return text;
}
