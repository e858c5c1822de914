declare module 'virtual:smspartner-review' {
  const data: import('./review-data.ts').ReviewData;
  export default data;
}

declare module 'virtual:smspartner-locales' {
  export const languages: readonly import('./locale-list.ts').ExplorerLanguage[];
  /** Every language but English (which is bundled): its locale package, as a separate chunk. */
  export const loaders: Readonly<Record<string, () => Promise<import('./locales.ts').LocaleTexts>>>;
}

interface ImportMetaEnv {
  /** The public address of the site, when the build is given one (`SITE_URL=… pnpm build`). */
  readonly SITE_URL?: string;
}
