import { eachPack } from '@smspartner-i18n/core/runtime';
import type { SmsPartnerI18nextResources } from './types.ts';

/**
 * The i18next resources of the modules in what a caller or a loader gave (a
 * module, a CommonJS `default` wrapper, a list of those), walked by core's
 * `eachPack`, so that both read the same sources. Only a module's own
 * `resources` counts; anything that throws when read is dropped: a wrong
 * value must not break rendering.
 */
export function resourcesOf(sources: unknown): SmsPartnerI18nextResources[] {
  const resources: SmsPartnerI18nextResources[] = [];
  eachPack(sources, (pack, holder) => {
    if (holder === pack || !Object.hasOwn(holder, 'resources')) return;
    const value: unknown = (holder as { resources: unknown }).resources;
    if (typeof value === 'object' && value !== null) resources.push(value as SmsPartnerI18nextResources);
  });
  return resources;
}
