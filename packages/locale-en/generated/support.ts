// GENERATED — do not edit. Built by tools/i18n from locales/en: types and the freezing helper the modules share.
// Edit the texts in locales/ and rebuild the package (pnpm build).

/**
 * One element of a compiled message (the subset of the formatjs AST the packs
 * use: text, `{code}`, `{x, number}`). Typed so that a message is both a
 * core `CompiledMessage` and a formatjs `MessageFormatElement[]` (react-intl's
 * `messages`, `new IntlMessageFormat(ast, locale)`), with no cast.
 */
export type PackElement =
  | { type: 0; value: string }
  | { type: 1; value: string }
  | { type: 2; value: string; style: null };

/** A compiled message: `formatjs compile --ast` output for one key. */
export type PackMessage = PackElement[];

/** Freezes the data modules all the way down: every importer shares them, none may change them. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The members of every part of `parts`, in one object. */
type Merged<Parts extends readonly object[]> = Parts extends readonly [
  infer First,
  ...infer Rest extends readonly object[],
]
  ? First & Merged<Rest>
  : unknown;

/**
 * The members of the data modules' records in one frozen object. The entries call it marked
 * `@__PURE__`, where they would otherwise spread: a bundler must keep a spread (it may run
 * getters) but drops an unused pure call, so an app ships only the exports it imports.
 */
export function merged<Parts extends readonly object[]>(...parts: Parts): Merged<Parts> {
  return deepFreeze(Object.assign({}, ...parts)) as Merged<Parts>;
}
