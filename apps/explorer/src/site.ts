import {
  type CatalogEntry,
  entries,
  isSectionId,
  lookup,
  type SectionId,
  sections,
} from '@smspartner-i18n/core';
import manifest from '../package.json' with { type: 'json' };

/**
 * The static pages of the explorer's site. Every address is a folder with
 * an `index.html`, relative to the site's root, so the site works from any
 * host and sub-folder (`https://<owner>.github.io/<repository>/`).
 */
export type Page =
  /** `/`: the catalog in English, with the review and the hash deep links. */
  | { readonly kind: 'home' }
  /** `/<lng>/`: the catalog in one language. */
  | { readonly kind: 'language'; readonly lng: string }
  /** `/<lng>/<section>/`: one section's codes. */
  | { readonly kind: 'section'; readonly lng: string; readonly section: SectionId }
  /** `/<lng>/<section>/<code>/`: one code. */
  | { readonly kind: 'entry'; readonly lng: string; readonly entry: CatalogEntry };

/** The language the home page is in (the source language of the catalog). */
export const homeLanguage = 'en';

export function pageLanguage(page: Page): string {
  return page.kind === 'home' ? homeLanguage : page.lng;
}

/** A path segment; the code `not delivered` is `not%20delivered`. */
function segment(value: string | number): string {
  return encodeURIComponent(String(value));
}

/** The page's address relative to the site root: `''`, `fr/`, `fr/sms.send/`, `fr/sms.send/11/`. */
export function pagePath(page: Page): string {
  switch (page.kind) {
    case 'home':
      return '';
    case 'language':
      return `${segment(page.lng)}/`;
    case 'section':
      return `${segment(page.lng)}/${segment(page.section)}/`;
    case 'entry':
      return `${segment(page.lng)}/${segment(page.entry.section)}/${segment(page.entry.code)}/`;
  }
}

/** The folder of the page's `index.html` under the output directory (the code as is, not encoded). */
export function pageFolder(page: Page): string[] {
  switch (page.kind) {
    case 'home':
      return [];
    case 'language':
      return [page.lng];
    case 'section':
      return [page.lng, page.section];
    case 'entry':
      return [page.lng, page.entry.section, String(page.entry.code)];
  }
}

/** From the page back to the site root: `''`, `../`, `../../`, `../../../`. */
export function rootFrom(page: Page): string {
  return '../'.repeat(pageFolder(page).length);
}

/** The same page in another language (the home page's counterpart is the language page). */
export function inLanguage(page: Page, lng: string): Page {
  switch (page.kind) {
    case 'home':
    case 'language':
      return { kind: 'language', lng };
    case 'section':
      return { ...page, lng };
    case 'entry':
      return { ...page, lng };
  }
}

export function entryPage(lng: string, entry: CatalogEntry): Page {
  return { kind: 'entry', lng, entry };
}

/** Every page of the site, for the given languages: home, then per language its catalog, sections and codes. */
export function allPages(languages: readonly string[]): Page[] {
  const pages: Page[] = [{ kind: 'home' }];
  for (const lng of languages) {
    pages.push({ kind: 'language', lng });
    for (const section of sections) pages.push({ kind: 'section', lng, section: section.id });
    for (const entry of entries) pages.push({ kind: 'entry', lng, entry });
  }
  return pages;
}

/** What `data-page` on the root element holds, so the browser hydrates the page it was given. */
export interface PageData {
  readonly kind: Page['kind'];
  readonly lng?: string;
  readonly section?: string;
  readonly code?: string | number;
}

export function pageData(page: Page): PageData {
  switch (page.kind) {
    case 'home':
      return { kind: 'home' };
    case 'language':
      return { kind: 'language', lng: page.lng };
    case 'section':
      return { kind: 'section', lng: page.lng, section: page.section };
    case 'entry':
      return { kind: 'entry', lng: page.lng, section: page.entry.section, code: page.entry.code };
  }
}

/** The page `data-page` describes; the home page when it is missing or names nothing the catalog has. */
export function pageFromData(data: unknown, languages: readonly string[]): Page {
  if (typeof data !== 'object' || data === null) return { kind: 'home' };
  const { kind, lng, section, code } = data as Record<string, unknown>;
  if (typeof lng !== 'string' || !languages.includes(lng)) return { kind: 'home' };
  if (kind === 'language') return { kind, lng };
  if (typeof section !== 'string' || !isSectionId(section)) return { kind: 'home' };
  if (kind === 'section') return { kind, lng, section };
  const entry = kind === 'entry' ? lookup(section, code) : undefined;
  return entry === undefined ? { kind: 'home' } : { kind: 'entry', lng, entry };
}

/**
 * The public address of the site, with a trailing slash: the explorer's
 * `homepage`, or `SITE_URL` given to the build (a fork's own GitHub Pages).
 */
export const siteUrl: string = withSlash(import.meta.env?.SITE_URL ?? manifest.homepage);

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** Every link a page makes, relative to where the page is, so the site works in any folder. */
export interface SiteLinks {
  /** The current page's absolute address (its canonical link). */
  readonly url: string;
  /** The list of every code: the hash route on the home page, the language page elsewhere. */
  readonly catalog: string;
  readonly review: string;
  readonly home: string;
  readonly file: (name: string) => string;
  readonly page: (page: Page) => string;
  readonly entry: (entry: CatalogEntry, lng: string) => string;
  readonly entryUrl: (entry: CatalogEntry, lng: string) => string;
  readonly section: (section: SectionId, lng: string) => string;
}

export function siteLinks(current: Page, base: string = siteUrl): SiteLinks {
  const root = rootFrom(current);
  const page = (target: Page) => {
    const path = pagePath(target);
    return path === '' ? root || './' : root + path;
  };
  return {
    url: base + pagePath(current),
    catalog: current.kind === 'home' ? '#/' : page({ kind: 'language', lng: current.lng }),
    review: current.kind === 'home' ? '#/review' : `${root || './'}#/review`,
    home: page({ kind: 'home' }),
    file: (name) => root + name,
    page,
    entry: (entry, lng) => page(entryPage(lng, entry)),
    entryUrl: (entry, lng) => base + pagePath(entryPage(lng, entry)),
    section: (section, lng) => page({ kind: 'section', lng, section }),
  };
}

function decodeSegment(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * The page an address shows, read from its end (the site may sit in a
 * sub-folder): for the development server, which serves the app without
 * prerendered pages. The build names the page in `data-page` instead.
 */
export function pageFromPath(pathname: string, languages: readonly string[]): Page {
  const parts = pathname
    .split('/')
    .filter((part) => part !== '' && part !== 'index.html')
    .map(decodeSegment);
  const [lng, section, code] = parts.slice(-3);
  if (parts.length >= 3 && languages.includes(lng!) && isSectionId(section)) {
    const entry = lookup(section, code);
    if (entry !== undefined && String(entry.code) === code) return { kind: 'entry', lng: lng!, entry };
  }
  const [sectionLng, sectionId] = parts.slice(-2);
  if (parts.length >= 2 && languages.includes(sectionLng!) && isSectionId(sectionId))
    return { kind: 'section', lng: sectionLng!, section: sectionId };
  const last = parts.at(-1);
  if (last !== undefined && languages.includes(last)) return { kind: 'language', lng: last };
  return { kind: 'home' };
}
