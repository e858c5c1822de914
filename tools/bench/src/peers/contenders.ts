import type { Contender } from './contender.ts';
import { floor } from './contenders/floor.ts';
import { i18nextContender } from './contenders/i18next.ts';
import { lingui } from './contenders/lingui.ts';
import { messageformat } from './contenders/messageformat.ts';
import { ours } from './contenders/ours.ts';
import { reactIntl } from './contenders/react-intl.ts';

/** Every contender of the peer comparison, in the tables' order: ours, the floor, then by size. */
export const contenders: readonly Contender[] = [
  ours,
  floor,
  messageformat,
  lingui,
  reactIntl,
  i18nextContender,
];
