// The server side of the build: renders every page of the site with the
// explorer's own components (react-dom/server), and writes the files for
// programs beside them. build-site.ts runs it after the client build.
import { type CatalogEntry, createResolver, entries, type Register, sections } from '@smspartner-i18n/core';
import { type ReactElement, StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App, pageNeeds } from './app.tsx';
import { Interactive } from './interactive.tsx';
import {
  languages as appLanguages,
  englishTexts,
  type LocaleTexts,
  languageNames,
  loadTexts,
} from './locales.ts';
import type { ReviewData } from './review-data.ts';
import { allPages, type Page, pageData, pageFolder, pageLanguage, rootFrom, siteUrl } from './site.ts';
import { alternatesOf, llmsFullTxt, llmsTxt, pageUrl, type SiteFacts, sitemapXml } from './site-files.ts';
import { type HeadText, type UiText, uiText } from './ui-text.ts';

export interface SiteInput {
  /** The client build's index.html: its script and style tags are kept, its head and root are filled in. */
  readonly template: string;
  /** The languages of the pages: one per locale package the explorer depends on. */
  readonly languages: readonly string[];
  readonly review: ReviewData;
  /** The catalog.json to publish (core's, with the reference pages' provenance). */
  readonly catalogJson: string;
}

/** A file of the site: its path under the output folder, and its content. */
export interface SiteFile {
  readonly path: string;
  readonly content: string;
}

function jsonForScript(value: unknown): string {
  // `</script>` or `<!--` in a text must not end the script element.
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function sectionHeading(id: string, lng: string): string {
  const section = sections.find((info) => info.id === id)!;
  return (section.heading as Readonly<Record<string, string>>)[lng] ?? section.heading.en;
}

function entryName(entry: CatalogEntry): string {
  const name = entry.name !== undefined && entry.name !== String(entry.code) ? ` ${entry.name}` : '';
  return `${entry.section} ${entry.code}${name}`;
}

/** The head of a section's page, in the words of `ui`: its title names the set of its codes. */
function sectionHead(ui: UiText, id: string, lng: string): HeadText {
  const section = sections.find((info) => info.id === id)!;
  return ui.head.section(id, sectionHeading(id, lng), section.size, section.description);
}

interface HeadFacts {
  readonly title: string;
  readonly description: string;
  readonly jsonLd?: unknown;
}

function headFacts(page: Page, facts: SiteFacts): HeadFacts {
  const lng = pageLanguage(page);
  const languageName = facts.languageNames[lng] ?? lng;
  const ui = uiText(lng);
  switch (page.kind) {
    case 'home':
      return {
        title: 'SMSPartner codes explorer',
        description:
          'Every error and status code of the SMSPartner API, with its metadata and its texts in every language of the packs.',
      };
    case 'language':
      return ui.head.language(languageName);
    case 'section': {
      const head = sectionHead(ui, page.section, lng);
      return {
        ...head,
        jsonLd: {
          '@context': 'https://schema.org',
          '@type': 'DefinedTermSet',
          '@id': pageUrl(facts, page),
          name: head.title,
          description: head.description,
          inLanguage: lng,
          url: pageUrl(facts, page),
          hasDefinedTerm: entries
            .filter((entry) => entry.section === page.section)
            .map((entry) => ({
              '@type': 'DefinedTerm',
              name: entryName(entry),
              termCode: String(entry.code),
              url: pageUrl(facts, { kind: 'entry', lng, entry }),
            })),
        },
      };
    }
    case 'entry': {
      const { entry } = page;
      const official = facts.text(lng, 'official', entry);
      const friendly = facts.text(lng, 'friendly', entry);
      const set = { kind: 'section', lng, section: entry.section } as const;
      return {
        ...ui.head.entry(entry, entryName(entry), official, friendly),
        jsonLd: {
          '@context': 'https://schema.org',
          '@type': 'DefinedTerm',
          '@id': pageUrl(facts, page),
          name: entryName(entry),
          termCode: String(entry.code),
          alternateName: [entry.key, ...(entry.name === undefined ? [] : [entry.name]), ...entry.aliases],
          description: `${official} ${friendly}`,
          inLanguage: lng,
          url: pageUrl(facts, page),
          inDefinedTermSet: {
            '@type': 'DefinedTermSet',
            '@id': pageUrl(facts, set),
            name: sectionHead(ui, entry.section, lng).title,
            url: pageUrl(facts, set),
          },
        },
      };
    }
  }
}

/** The tags of a page's head, rendered by React like the rest of the page. */
function PageHead({ page, facts }: { readonly page: Page; readonly facts: SiteFacts }): ReactElement {
  const { title, description, jsonLd } = headFacts(page, facts);
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={pageUrl(facts, page)} />
      {alternatesOf(facts, page).map((link) => (
        <link key={link.hreflang} rel="alternate" hrefLang={link.hreflang} href={link.href} />
      ))}
      {jsonLd === undefined ? null : (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD is data, escaped for a script element
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(jsonLd) }} />
      )}
    </>
  );
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The template with the page's language, head and rendered app; asset addresses made relative to the page. */
function fillTemplate(template: string, page: Page, head: string, app: string): string {
  const root = rootFrom(page);
  const parts = {
    html: /<html lang="[^"]*">/,
    title: /\s*<title>[^<]*<\/title>/,
    description: /\s*<meta name="description" content="[^"]*" \/>/,
    head: '</head>',
    root: '<div id="root"></div>',
  };
  for (const [name, pattern] of Object.entries(parts)) {
    if (!(typeof pattern === 'string' ? template.includes(pattern) : pattern.test(template))) {
      throw new Error(`prerender: the built index.html has no ${name} element to fill (${String(pattern)})`);
    }
  }
  return template
    .replace(parts.html, `<html lang="${attribute(pageLanguage(page))}">`)
    .replace(parts.title, '')
    .replace(parts.description, '')
    .replace(/(src|href)="\.\/(?!\/)/g, `$1="${root || './'}`)
    .replace(parts.head, `${head}\n  </head>`)
    .replace(
      parts.root,
      `<div id="root" data-page="${attribute(JSON.stringify(pageData(page)))}">${app}</div>`,
    );
}

/** Every file of the site beside the client build: a page per code, section and language, and the data files. */
export async function renderSite(input: SiteInput): Promise<SiteFile[]> {
  const missing = input.languages.filter((lng) => !(appLanguages as readonly string[]).includes(lng));
  if (missing.length > 0) {
    throw new Error(
      `prerender: the explorer depends on locale packages for ${missing.join(', ')}, but src/locales.ts loads only ${appLanguages.join(', ')}`,
    );
  }
  const others: Record<string, LocaleTexts> = {};
  for (const lng of appLanguages) {
    const texts = await loadTexts(lng);
    if (texts !== undefined) others[lng] = texts;
  }
  const packs = [englishTexts.pack, ...Object.values(others).map((texts) => texts.pack)];
  const resolvers = new Map(input.languages.map((lng) => [lng, createResolver({ packs, locale: lng })]));
  const facts: SiteFacts = {
    siteUrl,
    languages: input.languages,
    languageNames,
    text: (lng: string, register: Register, entry: CatalogEntry) =>
      resolvers.get(lng)!.explain(entry.section, entry.code, { register }).text,
  };
  const files: SiteFile[] = [];
  for (const page of allPages(input.languages)) {
    const needs = pageNeeds(page);
    const preloaded = {
      texts: Object.fromEntries(needs.languages.flatMap((lng) => (others[lng] ? [[lng, others[lng]]] : []))),
      ...(needs.review ? { review: input.review } : {}),
    };
    const app = renderToString(
      <StrictMode>
        <Interactive>
          <App loadReview={() => Promise.resolve(input.review)} page={page} preloaded={preloaded} />
        </Interactive>
      </StrictMode>,
    );
    const head = renderToStaticMarkup(<PageHead page={page} facts={facts} />);
    files.push({
      path: [...pageFolder(page), 'index.html'].join('/'),
      content: fillTemplate(input.template, page, head, app),
    });
  }
  files.push(
    { path: 'sitemap.xml', content: sitemapXml(facts) },
    { path: 'llms.txt', content: llmsTxt(facts) },
    { path: 'llms-full.txt', content: llmsFullTxt(facts) },
    { path: 'catalog.json', content: input.catalogJson },
    // GitHub Pages: serve the files as they are (no Jekyll).
    { path: '.nojekyll', content: '' },
  );
  return files;
}
