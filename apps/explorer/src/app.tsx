import { type Register, type SectionId, sections } from '@smspartner-i18n/core';
import { registers } from '@smspartner-i18n/core/runtime';
import { type ReactElement, useEffect, useId, useRef, useState } from 'react';
import { CatalogView } from './catalog-view.tsx';
import { EntryDetail } from './entry-detail.tsx';
import { LocaleProvider } from './locale-provider.tsx';
import {
  explorerLanguages,
  type Language,
  type LocaleTexts,
  languageNames,
  languages,
  readyPacks,
  useLocaleTexts,
} from './locales.ts';
import { type ReviewData, type ReviewDataState, useReviewData } from './review-data.ts';
import { ReviewView } from './review-view.tsx';
import { type Route, useHashRoute } from './route.ts';
import { type Page, pageLanguage, siteLinks } from './site.ts';
import { SiteFooter, SiteNav } from './site-nav.tsx';
import { uiText } from './ui-text.ts';

const registerNames: Readonly<Record<Register, string>> = {
  official: 'Official (SMSPartner’s wording)',
  friendly: 'Friendly (for end users)',
};

export interface AppProps {
  /** Loads the translator context, untranslated lists and checker problems (a separate chunk). */
  readonly loadReview: () => Promise<ReviewData>;
  /** The static page this render is (the home page by default); a hash route wins over it. */
  readonly page?: Page;
  /** Texts and review data the page was rendered with, so hydration starts from the same state. */
  readonly preloaded?: {
    /** By tag, the languages other than English. */
    readonly texts?: Readonly<Record<Language, LocaleTexts>>;
    readonly review?: ReviewData;
  };
}

/** The route a static page shows while the address has no hash. */
function pageRoute(page: Page): Route {
  return page.kind === 'entry'
    ? { view: 'entry', section: page.entry.section, code: String(page.entry.code), entry: page.entry }
    : { view: 'catalog' };
}

/**
 * What a page needs before it renders, by what it shows: the texts of its
 * language (every language on a code's page, which shows them all; English
 * is always there), and the review data.
 */
export function pageNeeds(page: Page): { readonly languages: readonly Language[]; readonly review: boolean } {
  const lng = pageLanguage(page);
  const shown = page.kind === 'entry' ? languages : [lng];
  return { languages: shown.filter((tag) => tag !== 'en'), review: page.kind === 'entry' };
}

const homePage: Page = { kind: 'home' };

export function App({ loadReview, page = homePage, preloaded }: AppProps): ReactElement {
  const fromPage = pageRoute(page);
  const route = useHashRoute(fromPage);
  const links = siteLinks(page);
  const ui = uiText(pageLanguage(page));
  const [language, setLanguage] = useState<Language>(pageLanguage(page) as Language);
  const [register, setRegister] = useState<Register>('friendly');
  const [query, setQuery] = useState('');
  const [section, setSection] = useState<SectionId | 'all'>(
    page.kind === 'section' ? page.section : page.kind === 'entry' ? page.entry.section : 'all',
  );
  const searchRef = useRef<HTMLInputElement>(null);
  const ids = { search: useId(), section: useId() };
  // The entry page and the review show every language; the list only the chosen one.
  const others = useLocaleTexts(route.view !== 'catalog' ? languages : [language], preloaded?.texts);
  const loadedReview = useReviewData(route.view !== 'catalog' && preloaded?.review === undefined, loadReview);
  const review: ReviewDataState =
    preloaded?.review === undefined ? loadedReview : { state: 'ready', data: preloaded.review };
  const sectionInfo = page.kind === 'section' ? sections.find((info) => info.id === page.section) : undefined;

  useEffect(() => {
    // "/" jumps to the search box, as on many documentation sites.
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]') !== null;
      if (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        if (route.view !== 'catalog') window.location.hash = '#/';
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [route.view]);

  const packs = readyPacks(others);
  const failed = Object.entries(others).filter(([, loaded]) => loaded.state === 'failed');

  return (
    <LocaleProvider locale={language} register={register} packs={packs}>
      {/* The explorer's own words are English on every page; each text carries its own language. */}
      <a className="skip-link" href="#main" lang="en">
        Skip to the content
      </a>
      <header className="banner" lang="en">
        <div>
          <h1>SMSPartner codes explorer</h1>
          <p className="tagline">
            Every error and status code of the SMSPartner API, with its metadata and its texts in{' '}
            {languages.length} languages.
          </p>
        </div>
        <nav aria-label="Views">
          <a href={links.catalog} aria-current={route.view === 'review' ? undefined : 'page'}>
            Catalog
          </a>
          <a href={links.review} aria-current={route.view === 'review' ? 'page' : undefined}>
            Translator review
          </a>
        </nav>
      </header>
      <SiteNav page={page} links={links} ui={ui} />

      <search aria-label="Filter and display" lang="en">
        <form className="controls" onSubmit={(event) => event.preventDefault()}>
          <div className="field">
            <label htmlFor={ids.search}>
              Search by code, name or text <kbd>/</kbd>
            </label>
            <input
              id={ids.search}
              ref={searchRef}
              type="search"
              value={query}
              placeholder="11, DELIVRD, crédit…"
              autoComplete="off"
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.section}>Section</label>
            <select
              id={ids.section}
              value={section}
              onChange={(event) => setSection(event.target.value as SectionId | 'all')}
            >
              <option value="all">All sections</option>
              {sections.map((info) => (
                <option key={info.id} value={info.id}>
                  {info.id} — {info.heading.en} ({info.size})
                </option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend>Language</legend>
            {explorerLanguages.map(({ tag: lng, untranslated }) => (
              <label key={lng} className="choice">
                <input
                  type="radio"
                  name="language"
                  value={lng}
                  checked={language === lng}
                  onChange={() => setLanguage(lng)}
                />
                <span lang={lng}>{languageNames[lng]}</span> ({lng.toUpperCase()})
                {untranslated[register] > 0 && (
                  <span className="untranslated-count" data-testid={`untranslated-${lng}`}>
                    {' '}
                    — {untranslated[register]} {register} texts untranslated (shown in English)
                  </span>
                )}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Register</legend>
            {registers.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="register"
                  value={value}
                  checked={register === value}
                  onChange={() => setRegister(value)}
                />
                {registerNames[value]}
              </label>
            ))}
          </fieldset>
        </form>
      </search>

      <main id="main" tabIndex={-1} lang="en">
        {failed.map(([lng, loaded]) => (
          <p key={lng} className="error" role="alert">
            The {languageNames[lng] ?? lng} texts could not be loaded (
            {loaded.state === 'failed' ? loaded.reason : ''}); English is shown instead.
          </p>
        ))}
        {review.state === 'failed' && (
          <p className="error" role="alert">
            The review data could not be loaded ({review.reason}); translator context and flags are missing.
          </p>
        )}
        {route.view === 'review' ? (
          <ReviewView review={review} register={register} section={section} query={query} others={others} />
        ) : (
          <>
            {route.view === 'entry' && (
              <EntryDetail
                route={route}
                others={others}
                review={review}
                language={language}
                links={links}
                focusOnOpen={route !== fromPage}
                ui={ui}
              />
            )}
            {route.view === 'catalog' && sectionInfo !== undefined && (
              <section className="section-intro" aria-labelledby="section-heading" lang={ui.lang}>
                <h2 id="section-heading">
                  <code>{sectionInfo.id}</code>: <span lang="en">{sectionInfo.heading.en}</span> /{' '}
                  <span lang="fr">{sectionInfo.heading.fr}</span>
                </h2>
                <p>
                  <span lang="en">{sectionInfo.description}</span>{' '}
                  {ui.sectionIntro(sectionInfo.size, sectionInfo.codeType)}
                </p>
              </section>
            )}
            <CatalogView query={query} section={section} language={language} links={links} />
          </>
        )}
      </main>
      <SiteFooter links={links} />
    </LocaleProvider>
  );
}
