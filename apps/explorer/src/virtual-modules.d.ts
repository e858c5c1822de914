declare module 'virtual:smspartner-review' {
  const data: import('./review-data.ts').ReviewData;
  export default data;
}

interface ImportMetaEnv {
  /** The public address of the site, when the build is given one (`SITE_URL=… pnpm build`). */
  readonly SITE_URL?: string;
}
