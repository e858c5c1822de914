import { canonicalLocale } from './locale-chain.ts';
import { own } from './own.ts';
import { smsPartnerNamespaces } from './types.ts';

/** i18next resources as the locale packages export them: `{ [lng]: { [namespace]: nested texts } }`. */
export type SmsPartnerI18nextResources = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** What this reads of an i18next instance (core does not depend on i18next). */
interface ResourceStore {
  addResourceBundle(
    lng: string,
    ns: string,
    resources: object,
    deep: boolean,
    overwrite: boolean,
    options?: { silent?: boolean },
  ): unknown;
}

/** More resources objects than any app has: a hostile list costs nothing beyond this. */
const maxResources = 100;

function isResourceStore(instance: unknown): instance is ResourceStore {
  try {
    return (
      typeof instance === 'object' &&
      instance !== null &&
      typeof (instance as ResourceStore).addResourceBundle === 'function'
    );
  } catch {
    return false;
  }
}

/**
 * The adapters' `addSmsPartnerResources`: adds our two namespaces of each
 * resources object (one, or a list of them) to an initialised i18next
 * instance, deep and never overwriting, so the app's own texts win. Other
 * namespaces, language keys that are no language tag and resources that
 * throw when read are left out. Throws a `TypeError` for anything that is
 * not an i18next instance (or one not initialised yet), never otherwise.
 */
export function addI18nextResources(instance: unknown, resources: unknown, silent = false): void {
  if (!isResourceStore(instance))
    throw new TypeError(
      `addSmsPartnerResources: expected an initialised i18next instance (with addResourceBundle), got ${instance === null ? 'null' : typeof instance}`,
    );
  const list: unknown[] = [];
  try {
    if (!Array.isArray(resources)) list.push(resources);
    else
      for (let index = 0; index < Math.min(resources.length, maxResources); index++)
        list.push(resources[index]);
  } catch {
    // A list whose length or items cannot be read: the resources read so far.
  }
  for (const item of list) {
    try {
      if (typeof item !== 'object' || item === null) continue;
      for (const [lng, namespaces] of Object.entries(item)) {
        if (canonicalLocale(lng) === undefined) continue;
        for (const ns of Object.values(smsPartnerNamespaces)) {
          const bundle = own(namespaces, ns);
          if (typeof bundle === 'object' && bundle !== null)
            instance.addResourceBundle(lng, ns, bundle, true, false, { silent });
        }
      }
    } catch {
      // Resources that throw when read (a Proxy, a getter): the others are still added.
    }
  }
}
