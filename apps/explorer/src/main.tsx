import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, pageNeeds } from './app.tsx';
import { Interactive } from './interactive.tsx';
import { type LocaleTexts, languages, loadTexts } from './locales.ts';
import type { ReviewData } from './review-data.ts';
import { pageFromData, pageFromPath } from './site.ts';
import './styles.css';

const loadReview = (): Promise<ReviewData> =>
  import('virtual:smspartner-review').then((module) => module.default);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html: the element #root the explorer renders into is missing');

/** The page the build rendered into #root (`data-page`); none in development, where the app renders alone. */
function readPageData(element: HTMLElement): unknown {
  const raw = element.dataset['page'];
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

async function start(element: HTMLElement): Promise<void> {
  const data = readPageData(element);
  const page =
    data === undefined ? pageFromPath(window.location.pathname, languages) : pageFromData(data, languages);
  // Rendering starts from what the page was rendered with: load the same texts and data first.
  const needs = pageNeeds(page);
  const [loaded, review] = await Promise.all([
    Promise.all(needs.languages.map(async (lng) => [lng, await loadTexts(lng)] as const)),
    needs.review ? loadReview() : undefined,
  ]);
  const texts: Record<string, LocaleTexts> = {};
  for (const [lng, pack] of loaded) if (pack !== undefined) texts[lng] = pack;
  const preloaded = { texts, ...(review === undefined ? {} : { review }) };
  const app = (
    <StrictMode>
      <Interactive element={element}>
        <App loadReview={loadReview} page={page} preloaded={preloaded} />
      </Interactive>
    </StrictMode>
  );
  // The build prerendered the page (`data-page`); the development server sends an empty #root.
  if (data !== undefined && element.hasChildNodes()) hydrateRoot(element, app);
  else createRoot(element).render(app);
}

start(root).catch((error: unknown) => {
  // The page stays as the build rendered it: every text is there, search and filters are not.
  console.error('explorer: could not start on this page', error);
});
