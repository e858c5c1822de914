import { type CatalogEntry, type Register, sections } from '@smspartner-i18n/core';
import { type FieldKey, fieldKeyInfo, fieldKeys, validationCodes } from '@smspartner-i18n/core/fields';
import { registers } from '@smspartner-i18n/core/runtime';
import { SmsPartnerContext, SmsPartnerMessage, useSmsPartner } from '@smspartner-i18n/react';
import { type KeyboardEvent, type ReactElement, type ReactNode, useContext, useEffect, useRef } from 'react';
import { EntryGuide } from './entry-guide.tsx';
import { explainFieldKey } from './field-samples.ts';
import { LocaleProvider } from './locale-provider.tsx';
import { type Language, languageNames, languages, type OtherTexts, readyPacks, textsOf } from './locales.ts';
import type { ReviewDataState, TranslatorNote } from './review-data.ts';
import type { Route } from './route.ts';
import { homeLanguage } from './site.ts';
import type { SiteLinks } from './site-nav.tsx';
import { type UiText, uiText } from './ui-text.ts';

export interface EntryDetailProps {
  readonly route: Extract<Route, { view: 'entry' }>;
  readonly others: OtherTexts;
  readonly review: ReviewDataState;
  /** The language of the page (and of the list below). */
  readonly language: Language;
  readonly links: SiteLinks;
  /** Move focus to the heading when the entry opens (a link was followed, not a page loaded). */
  readonly focusOnOpen: boolean;
  /** The page's words (English on the home page and for languages without words of their own). */
  readonly ui: UiText;
}

function Row({ term, children }: { readonly term: string; readonly children: ReactNode }): ReactElement {
  return (
    <div className="row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The text of one code in one language and register, rendered by the React adapter. */
function Text({
  section,
  code,
  lng,
  register,
  others,
}: {
  readonly section: CatalogEntry['section'] | string;
  readonly code: string | number;
  readonly lng: Language;
  readonly register: Register;
  readonly others: OtherTexts;
}): ReactElement {
  const loaded = lng === 'en' || textsOf(others, lng).state === 'ready';
  return (
    <LocaleProvider locale={lng} packs={readyPacks(others)} register={register}>
      {/* A section the catalog does not know still gets a sentence: the global fallback. */}
      <SmsPartnerMessage section={section as CatalogEntry['section']} code={code} />
      {loaded && <UntranslatedFlag section={section} code={code} lng={lng} />}
    </LocaleProvider>
  );
}

/** Says so when the text shown is another language's: the pack has no translation of it yet. */
function UntranslatedFlag({
  section,
  code,
  lng,
}: {
  readonly section: string;
  readonly code: string | number;
  readonly lng: Language;
}): ReactElement | null {
  const { explain } = useSmsPartner();
  const answer = explain(section as CatalogEntry['section'], code as string);
  if (answer.locale === lng) return null;
  return (
    <small className="untranslated" data-testid="untranslated-flag" lang="en">
      {' '}
      (untranslated: shown in {languageNames[answer.locale] ?? answer.locale})
    </small>
  );
}

/** Texts in both registers and every language: a row per register, for each of `groups`. */
function RegisterTable({
  caption,
  ui,
  groups,
  cell,
  testId,
}: {
  readonly caption: string;
  readonly ui: UiText;
  /** The rows' groups: one with no label (a code's texts), or one per labelled key. */
  readonly groups: readonly { readonly id: string; readonly label?: ReactNode }[];
  /** The cell of a group's text in one register and language, and its test id. */
  readonly cell: (id: string, register: Register, lng: Language) => { testId: string; content: ReactNode };
  readonly testId?: string;
}): ReactElement {
  const labelled = groups.some((group) => group.label !== undefined);
  return (
    <table className="texts" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {labelled && <th scope="col">{ui.terms.key}</th>}
          <th scope="col">{ui.register}</th>
          {languages.map((lng) => (
            <th key={lng} scope="col">
              {languageNames[lng]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.flatMap(({ id, label }) =>
          registers.map((register) => (
            <tr key={`${id}-${register}`}>
              {labelled && register === 'official' && (
                <th scope="rowgroup" rowSpan={2}>
                  {label}
                </th>
              )}
              <th scope="row">{ui.registerNames[register]}</th>
              {languages.map((lng) => {
                const { testId: cellId, content } = cell(id, register, lng);
                return (
                  <td key={lng} lang={lng} data-testid={cellId}>
                    {content}
                  </td>
                );
              })}
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

function TextsTable({
  section,
  code,
  others,
  caption,
  ui,
}: {
  readonly section: string;
  readonly code: string | number;
  readonly others: OtherTexts;
  readonly caption: string;
  readonly ui: UiText;
}): ReactElement {
  return (
    <RegisterTable
      caption={caption}
      ui={ui}
      groups={[{ id: 'code' }]}
      cell={(_, register, lng) => ({
        testId: `text-${register}-${lng}`,
        content: <Text section={section} code={code} lng={lng} register={register} others={others} />,
      })}
    />
  );
}

/** A field key's text in one language and register, from that language's provider. */
function FieldText({
  fieldKey,
  register,
}: {
  readonly fieldKey: FieldKey;
  readonly register: Register;
}): ReactElement {
  const { fields } = useContext(SmsPartnerContext);
  const answer = explainFieldKey(fields, fieldKey, register);
  return <span lang={answer.locale}>{answer.text}</span>;
}

/** The field keys of a section whose validation answer this code is: what the app shows beside each field. */
function fieldKeysAnsweredBy(entry: CatalogEntry): readonly FieldKey[] {
  const code = Object.hasOwn(validationCodes, entry.section)
    ? validationCodes[entry.section as keyof typeof validationCodes]
    : undefined;
  if (code !== entry.code) return [];
  return fieldKeys.filter((key) => fieldKeyInfo(key)?.section === entry.section);
}

/** Every field text of a validation answer, both registers, every language, with sample values. */
function FieldTextsTable({
  keys,
  others,
  ui,
}: {
  readonly keys: readonly FieldKey[];
  readonly others: OtherTexts;
  readonly ui: UiText;
}): ReactElement {
  return (
    <RegisterTable
      caption={ui.fieldTexts}
      ui={ui}
      testId="field-texts"
      groups={keys.map((key) => ({ id: key, label: <code>{key}</code> }))}
      cell={(key, register, lng) => ({
        testId: `field-${key}-${register}-${lng}`,
        content: (
          <LocaleProvider locale={lng} packs={readyPacks(others)}>
            <FieldText fieldKey={key as FieldKey} register={register} />
          </LocaleProvider>
        ),
      })}
    />
  );
}

export function TranslatorContext({ note }: { readonly note: TranslatorNote | undefined }): ReactElement {
  if (note === undefined) return <p>No translator context for this key.</p>;
  return (
    <dl className="meta">
      <Row term="When SMSPartner returns it">{note.when}</Row>
      <Row term="Who can act, and what the friendly text does">{note.audience}</Row>
      {note.arguments.length > 0 && (
        <Row term="Arguments the text may use">
          <ul>
            {note.arguments.map((argument) => (
              <li key={argument.name}>
                <code>{argument.icu}</code>: {argument.meaning}
                {argument.defaultValue === undefined ? '' : ` (default ${argument.defaultValue})`}
              </li>
            ))}
          </ul>
        </Row>
      )}
      {note.group && (
        <Row term={note.group.heading}>
          <p lang="en">{note.group.en}</p>
          <p lang="fr">{note.group.fr}</p>
        </Row>
      )}
      {note.aliases.length > 0 && (
        <Row term="Also listed as">
          <ul>
            {note.aliases.map((alias) => (
              <li key={alias.name}>
                <code>{alias.name}</code>
                {alias.en ? <span lang="en">: {alias.en}</span> : null}
                {alias.fr ? <span lang="fr"> / {alias.fr}</span> : null}
              </li>
            ))}
          </ul>
        </Row>
      )}
      {note.note && <Row term="Note">{note.note}</Row>}
    </dl>
  );
}

/** One code on its own page (`#/sms.send/11`): metadata, the four texts, and the translator context. */
export function EntryDetail({
  route,
  others,
  review,
  language,
  links,
  focusOnOpen,
  ui,
}: EntryDetailProps): ReactElement {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Following a link moves focus here, so keyboard and screen-reader users land on what they opened.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the route is not read, opening another entry is the trigger
  useEffect(() => {
    if (focusOnOpen) headingRef.current?.focus();
  }, [route.section, route.code]);
  const close = (event: KeyboardEvent) => {
    if (event.key === 'Escape') window.location.hash = '#/';
  };

  const entry = route.entry;
  if (entry === undefined) {
    return (
      <section className="detail" aria-labelledby="detail-heading" onKeyDown={close}>
        <h2 id="detail-heading" ref={headingRef} tabIndex={-1}>
          {route.section} {route.code}: not in the catalog
        </h2>
        <p>
          The catalog has no code <code>{route.code}</code> in <code>{route.section}</code>. This is what an
          app shows for it (the fallback texts):
        </p>
        <TextsTable
          section={route.section}
          code={route.code}
          others={others}
          caption="Fallback texts"
          ui={uiText('en')}
        />
        <p>
          <a href={links.catalog}>Back to all codes</a>
        </p>
      </section>
    );
  }

  const section = sections.find((info) => info.id === entry.section)!;
  const params = Object.entries(entry.params);
  const fieldKeysOfEntry = fieldKeysAnsweredBy(entry);
  return (
    <section className="detail" aria-labelledby="detail-heading" onKeyDown={close} lang={ui.lang}>
      <h2 id="detail-heading" ref={headingRef} tabIndex={-1}>
        <code>{entry.section}</code> <code>{String(entry.code)}</code>
        {entry.name && entry.name !== entry.code ? (
          <>
            {' '}
            <code>{entry.name}</code>
          </>
        ) : null}
      </h2>
      <p className="links">
        {ui.codePage} <a href={links.entry(entry, language)}>{links.entryUrl(entry, language)}</a> ·{' '}
        <a href={links.section(entry.section, language)}>{ui.allCodesOf(entry.section)}</a> ·{' '}
        <a href={links.catalog}>{ui.backToAll}</a> (<kbd>Esc</kbd>)
      </p>
      <TextsTable section={entry.section} code={entry.code} others={others} caption={ui.texts} ui={ui} />
      {fieldKeysOfEntry.length > 0 && <FieldTextsTable keys={fieldKeysOfEntry} others={others} ui={ui} />}
      <div className="columns">
        <div>
          <h3>{ui.metadata}</h3>
          <dl className="meta">
            <Row term={ui.terms.key}>
              <code>{entry.key}</code>
            </Row>
            <Row term={ui.terms.section}>
              <code>{entry.section}</code>: <span lang="en">{section.heading.en}</span> /{' '}
              <span lang="fr">{section.heading.fr}</span>
            </Row>
            <Row term={ui.terms.kind}>{entry.kind}</Row>
            <Row term={ui.terms.category}>{entry.category}</Row>
            <Row term={ui.terms.outcome}>{entry.outcome}</Row>
            <Row term={ui.terms.retryable}>{ui.flag(entry.retryable)}</Row>
            <Row term={ui.terms.permanent}>{ui.flag(entry.permanent)}</Row>
            <Row term={ui.terms.final}>{ui.flag(entry.final)}</Row>
            <Row term={ui.terms.group}>
              {entry.group
                ? `${entry.group.kind === 'status' ? 'statusGrpId' : 'errorGrpId'} ${entry.group.id} ${entry.group.name}`
                : ui.flag(undefined)}
            </Row>
            <Row term={ui.terms.fixableBy}>
              {entry.fixableBy ? ui.fixableByNames[entry.fixableBy] : ui.flag(undefined)}
            </Row>
            {entry.aliases.length > 0 && <Row term={ui.terms.aliases}>{entry.aliases.join(', ')}</Row>}
            {params.length > 0 && (
              <Row term={ui.terms.params}>
                {params.map(([name, value]) => `${name} = ${value}`).join(', ')}
              </Row>
            )}
            {entry.note && (
              <Row term={ui.terms.note}>
                <span lang="en">{entry.note}</span>
              </Row>
            )}
          </dl>
        </div>
        <div>
          <h3>{ui.translatorContext}</h3>
          {/* Written by the translator tooling, in English. */}
          <div lang="en">
            {review.state === 'ready' ? (
              <TranslatorContext note={review.data.contexts[entry.key]} />
            ) : (
              <p>{review.state === 'failed' ? 'Not available.' : 'Loading…'}</p>
            )}
          </div>
        </div>
      </div>
      <EntryGuide entry={entry} lng={language} ui={ui} problemType={links.entryUrl(entry, homeLanguage)} />
    </section>
  );
}
