import { type SectionId, sections } from '@smspartner-i18n/core';
import type { ReactElement } from 'react';
import { languageNames, languages } from './locales.ts';
import { inLanguage, type Page, pageLanguage, type SiteLinks } from './site.ts';
import type { UiText } from './ui-text.ts';

export type { SiteLinks } from './site.ts';

/** The page in the other languages, and the sections of the current language: links that work without JavaScript. */
export function SiteNav({
  page,
  links,
  ui,
}: {
  readonly page: Page;
  readonly links: SiteLinks;
  readonly ui: UiText;
}): ReactElement {
  const lng = pageLanguage(page);
  const current =
    page.kind === 'section' ? page.section : page.kind === 'entry' ? page.entry.section : undefined;
  return (
    <nav className="site-nav" aria-label={ui.siteNav} lang={ui.lang}>
      <p>
        <span>{ui.thisPageIn}</span>{' '}
        {languages.map((other, index) => (
          <span key={other}>
            {index > 0 ? ' · ' : ''}
            <a
              href={links.page(inLanguage(page, other))}
              hrefLang={other}
              lang={other}
              aria-current={other === lng && page.kind !== 'home' ? 'page' : undefined}
            >
              {languageNames[other]}
            </a>
          </span>
        ))}
      </p>
      <p>
        <span>{ui.sections}</span>{' '}
        {sections.map((section, index) => (
          <span key={section.id}>
            {index > 0 ? ' · ' : ''}
            <a
              href={links.section(section.id as SectionId, lng)}
              aria-current={section.id === current && page.kind === 'section' ? 'page' : undefined}
            >
              <code>{section.id}</code>
            </a>
          </span>
        ))}
      </p>
    </nav>
  );
}

/** Where the data is for programs: the files every build writes beside the pages. */
export function SiteFooter({ links }: { readonly links: SiteLinks }): ReactElement {
  return (
    <footer className="site-footer" lang="en">
      <p>
        For programs and agents: <a href={links.file('catalog.json')}>catalog.json</a> (the catalog and its
        source) · <a href={links.file('llms.txt')}>llms.txt</a> ·{' '}
        <a href={links.file('llms-full.txt')}>llms-full.txt</a> (every code and its texts, in Markdown) ·{' '}
        <a href={links.file('sitemap.xml')}>sitemap.xml</a>
      </p>
    </footer>
  );
}
