import { isLocalePack, type LocalePack } from '@smspartner-i18n/core/runtime';
import type { LoadedLocale, LocaleModule, SmsPartnerI18nextResources } from './types.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** More values than any app's packs and modules hold. */
const maxSourceValues = 256;

/**
 * Flattens what a caller or a loader gave (a pack, a module, a CommonJS
 * `default` wrapper, a list of those) into the modules it holds, with the
 * i18next resources each one has. Anything else, and anything that throws
 * when read (a Proxy, a throwing getter), is dropped: a wrong value must not
 * break rendering.
 */
export function toModules(loaded: LoadedLocale<LocalePack> | unknown): LocaleModule<LocalePack>[] {
  const modules: LocaleModule<LocalePack>[] = [];
  // As core's `packsOf`: a bounded number of values read, so a huge (or sparse) list costs nothing more.
  let budget = maxSourceValues;
  const visit = (value: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > 5 || !isRecord(value)) return;
    try {
      // Each property read once: a getter may answer differently the next time.
      const { pack, resources } = value;
      if (isLocalePack(pack))
        modules.push(
          isRecord(resources) ? { pack, resources: resources as SmsPartnerI18nextResources } : { pack },
        );
      else if (isLocalePack(value)) modules.push({ pack: value });
      else if (Array.isArray(value))
        for (let index = 0; index < value.length && budget > 0; index++) visit(value[index], depth + 1);
      else if ('default' in value) visit(value['default'], depth + 1);
    } catch {
      // Not a source.
    }
  };
  visit(loaded, 0);
  return modules;
}

export function resourcesOf(modules: readonly LocaleModule<LocalePack>[]): SmsPartnerI18nextResources[] {
  const resources: SmsPartnerI18nextResources[] = [];
  for (const module of modules) if (module.resources !== undefined) resources.push(module.resources);
  return resources;
}
