import { fileURLToPath } from 'node:url';
import { describeLocalePack } from '@smspartner-i18n/i18n-tools/locale-pack-suite';
import { entry } from '../generated/build-entries.ts';
import * as root from '../generated/entries/index.ts';

// The suite is shared by every locale package: tools/i18n/src/locale-pack-suite.ts.
describeLocalePack({ packageDir: fileURLToPath(new URL('..', import.meta.url)), root, entry });
