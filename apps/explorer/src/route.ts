import { type CatalogEntry, isSectionId, lookup, type SectionId } from '@smspartner-i18n/core';
import { useSyncExternalStore } from 'react';

/** What the address bar's hash shows: the list, one entry (`#/sms.send/11`) or the translators' review. */
export type Route =
  | { readonly view: 'catalog' }
  | { readonly view: 'review' }
  | {
      readonly view: 'entry';
      readonly section: string;
      readonly code: string;
      /** `undefined` when the link names a section or code the catalog does not have. */
      readonly entry: CatalogEntry | undefined;
    };

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === '') return { view: 'catalog' };
  if (path === 'review') return { view: 'review' };
  const slash = path.indexOf('/');
  if (slash < 0) return { view: 'catalog' };
  const section = decode(path.slice(0, slash));
  const code = decode(path.slice(slash + 1));
  return { view: 'entry', section, code, entry: isSectionId(section) ? lookup(section, code) : undefined };
}

/** The deep link of an entry: `#/sms.send/11`, `#/sms.deliveryStatus/not%20delivered`. */
export function entryHref(entry: { readonly section: SectionId; readonly code: string | number }): string {
  return `#/${entry.section}/${encodeURIComponent(String(entry.code))}`;
}

function subscribe(notify: () => void): () => void {
  window.addEventListener('hashchange', notify);
  return () => window.removeEventListener('hashchange', notify);
}

/**
 * The current route; re-renders when the hash changes (links, back and
 * forward). Without a hash it is `initial`: what the static page shows.
 */
export function useHashRoute(initial: Route = { view: 'catalog' }): Route {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return hash === '' ? initial : parseRoute(hash);
}
