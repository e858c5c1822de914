import { type CatalogEntry, entries, type SectionId } from '@smspartner-i18n/core';
import { SmsPartnerMessage, useSmsPartner } from '@smspartner-i18n/react';
import { Fragment, type ReactElement, useDeferredValue, useMemo } from 'react';
import type { Language } from './locales.ts';
import { entryHref } from './route.ts';
import { isExactCodeMatch, matchesQuery, queryWords } from './search.ts';
import type { SiteLinks } from './site.ts';

export interface CatalogViewProps {
  readonly query: string;
  readonly section: SectionId | 'all';
  readonly language: Language;
  /** The page links of the site; without them, rows link to the hash routes. */
  readonly links?: SiteLinks;
}

/** The entries matching the filters, exact code or name matches first. */
export function useFilteredEntries(query: string, section: SectionId | 'all'): readonly CatalogEntry[] {
  const { message } = useSmsPartner();
  return useMemo(() => {
    const words = queryWords(query);
    const matching = entries.filter(
      (entry) =>
        (section === 'all' || entry.section === section) &&
        matchesQuery(words, entry, [
          message(entry.section, entry.code, { register: 'official' }),
          message(entry.section, entry.code, { register: 'friendly' }),
        ]),
    );
    const exact = matching.filter((entry) => isExactCodeMatch(query, entry));
    return exact.length === 0 ? matching : [...exact, ...matching.filter((entry) => !exact.includes(entry))];
  }, [query, section, message]);
}

function yesNo(value: boolean | undefined): string {
  return value === undefined ? '—' : value ? 'yes' : 'no';
}

export function CatalogView({ query, section, language, links }: CatalogViewProps): ReactElement {
  // Typing stays responsive: the 226-row table follows a little behind.
  const deferredQuery = useDeferredValue(query);
  const shown = useFilteredEntries(deferredQuery, section);
  const { loading } = useSmsPartner();

  return (
    <section aria-labelledby="catalog-heading">
      <h2 id="catalog-heading">Codes</h2>
      <p role="status" className="count">
        {shown.length === entries.length
          ? `All ${entries.length} codes.`
          : `${shown.length} of ${entries.length} codes match.`}
        {loading ? ' Loading the French texts…' : ''}
      </p>
      {shown.length > 0 && (
        <div className="table-scroll">
          <table className="codes">
            <caption className="visually-hidden">
              SMSPartner codes with their text in the chosen language and register
            </caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Section</th>
                <th scope="col">Name</th>
                <th scope="col">Text</th>
                <th scope="col">Category</th>
                <th scope="col">Retryable</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.key}>
                  <th scope="row">
                    <a
                      href={links === undefined ? entryHref(entry) : links.entry(entry, language)}
                      aria-label={`${entry.section} ${entry.code}`}
                    >
                      <code>{String(entry.code)}</code>
                    </a>
                  </th>
                  <td>
                    <code>{entry.section}</code>
                  </td>
                  <td>{entry.name === undefined ? '—' : <ApiName name={entry.name} />}</td>
                  <td className="text" lang={language}>
                    <SmsPartnerMessage section={entry.section} code={entry.code} />
                  </td>
                  <td>{entry.category}</td>
                  <td>{yesNo(entry.retryable)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * An API name that wraps after its underscores where it must (and anywhere in a part too long for
 * the column, by the stylesheet), so that the longest HLR names do not squeeze the texts beside them.
 */
function ApiName({ name }: { name: string }) {
  const [first, ...rest] = name.split('_');
  return (
    <code className="api-name">
      {first}
      {rest.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed name, never reordered
        <Fragment key={index}>
          _<wbr />
          {part}
        </Fragment>
      ))}
    </code>
  );
}
