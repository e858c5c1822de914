import { type SectionId, sections, type Tone } from '@smspartner-i18n/core';
import { SmsPartnerProvider } from '@smspartner-i18n/react';
import { type ReactElement, useEffect, useId, useRef, useState } from 'react';
import { CatalogView } from './catalog-view.tsx';
import { EntryDetail } from './entry-detail.tsx';
import {
  explorerLanguages,
  type Language,
  languageNames,
  languages,
  loadLocale,
  readyPacks,
  useLocaleTexts,
} from './locales.ts';
import { type ReviewData, useReviewData } from './review-data.ts';
import { ReviewView } from './review-view.tsx';
import { useHashRoute } from './route.ts';

const tones: readonly Tone[] = ['official', 'friendly'];
const toneNames: Readonly<Record<Tone, string>> = {
  official: 'Official (SMSPartner’s wording)',
  friendly: 'Friendly (for end users)',
};

export interface AppProps {
  /** Loads the translator context, untranslated lists and checker problems (a separate chunk). */
  readonly loadReview: () => Promise<ReviewData>;
}

export function App({ loadReview }: AppProps): ReactElement {
  const route = useHashRoute();
  const [language, setLanguage] = useState<Language>('en');
  const [tone, setTone] = useState<Tone>('friendly');
  const [query, setQuery] = useState('');
  const [section, setSection] = useState<SectionId | 'all'>('all');
  const searchRef = useRef<HTMLInputElement>(null);
  const ids = { search: useId(), section: useId() };
  // The entry page and the review show every language; the list only the chosen one.
  const others = useLocaleTexts(route.view !== 'catalog' ? languages : [language]);
  const review = useReviewData(route.view !== 'catalog', loadReview);

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
    <SmsPartnerProvider locale={language} tone={tone} packs={packs} loadLocale={loadLocale}>
      <a className="skip-link" href="#main">
        Skip to the content
      </a>
      <header className="banner">
        <div>
          <h1>SMSPartner codes explorer</h1>
          <p className="tagline">
            Every error and status code of the SMSPartner API, with its metadata and its texts in{' '}
            {languages.length} languages.
          </p>
        </div>
        <nav aria-label="Views">
          <a href="#/" aria-current={route.view === 'review' ? undefined : 'page'}>
            Catalog
          </a>
          <a href="#/review" aria-current={route.view === 'review' ? 'page' : undefined}>
            Translator review
          </a>
        </nav>
      </header>

      <search aria-label="Filter and display">
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
                {untranslated[tone] > 0 && (
                  <span className="untranslated-count" data-testid={`untranslated-${lng}`}>
                    {' '}
                    — {untranslated[tone]} {tone} texts untranslated (shown in English)
                  </span>
                )}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Register</legend>
            {tones.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="tone"
                  value={value}
                  checked={tone === value}
                  onChange={() => setTone(value)}
                />
                {toneNames[value]}
              </label>
            ))}
          </fieldset>
        </form>
      </search>

      <main id="main" tabIndex={-1}>
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
          <ReviewView review={review} tone={tone} section={section} query={query} others={others} />
        ) : (
          <>
            {route.view === 'entry' && <EntryDetail route={route} others={others} review={review} />}
            <CatalogView query={query} section={section} language={language} />
          </>
        )}
      </main>
    </SmsPartnerProvider>
  );
}
