// TEMPORARY while @smspartner-i18n/locale-* are not generated: built-in packs compiled from locales/.
import { vi } from 'vitest';

vi.mock('./built-in-packs.ts', async () => {
  const { packFromLocales } = await import('./test-helpers.ts');
  return {
    builtInPacks: Object.freeze([packFromLocales('en'), packFromLocales('fr')]),
    builtInLocales: Object.freeze(['en', 'fr']),
  };
});
