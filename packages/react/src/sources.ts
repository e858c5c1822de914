import { isLocalePack, type LocalePack } from '@smspartner-i18n/core/runtime';
import type { LoadedLocale, LocaleModule, SmsPartnerI18nextResources } from './types.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isLocaleModule(value: unknown): value is LocaleModule<LocalePack> {
  return isRecord(value) && isLocalePack(value['pack']);
}

/**
 * Flattens what a caller or a loader gave (a pack, a module, a CommonJS
 * `default` wrapper, a list of those) into the modules it holds. Anything
 * else is dropped: a wrong value must not break rendering.
 */
export function toModules(loaded: LoadedLocale<LocalePack> | unknown): LocaleModule<LocalePack>[] {
  const modules: LocaleModule<LocalePack>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 5) return;
    if (isLocaleModule(value)) modules.push(value);
    else if (isLocalePack(value)) modules.push({ pack: value });
    else if (Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    else if (isRecord(value) && 'default' in value) visit(value['default'], depth + 1);
  };
  visit(loaded, 0);
  return modules;
}

export function resourcesOf(modules: readonly LocaleModule<LocalePack>[]): SmsPartnerI18nextResources[] {
  const resources: SmsPartnerI18nextResources[] = [];
  for (const module of modules) if (isRecord(module.resources)) resources.push(module.resources);
  return resources;
}
