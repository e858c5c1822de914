/** A language the explorer shows, as `virtual:smspartner-locales` lists it (from the locale packages). */
export interface ExplorerLanguage {
  /** BCP 47 tag: `en`, `fr`, `pt-BR`. */
  readonly tag: string;
  /** Its name in itself: `Français`. */
  readonly name: string;
  readonly packageName: string;
  /** How many texts of each register are still the English text (the pack leaves them out). */
  readonly untranslated: { readonly official: number; readonly friendly: number };
}
