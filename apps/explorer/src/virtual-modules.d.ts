declare module 'virtual:smspartner-review' {
  const data: import('./review-data.ts').ReviewData;
  export default data;
}
