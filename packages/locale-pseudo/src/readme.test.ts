import { fileURLToPath } from 'node:url';
import { describeReadmeExamples } from '@smspartner-i18n/test-support/readme-examples';

// The README is what users copy: its examples type-check and run here (tools/test-support).
describeReadmeExamples({
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  expected: { typeChecked: 7, skipped: 0, run: 4 },
});
