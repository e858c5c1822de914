import {
  entryByKey,
  globalFallbackKey,
  isSectionId,
  lookup,
  type MessageKey,
  messageKeys,
  type Register,
  type SectionId,
  sectionFallbackKey,
} from '@smspartner-i18n/core';
import { fieldKeyInfo, isFieldKey } from '@smspartner-i18n/core/fields';
import type { MatchKind, ResolvedText } from '@smspartner-i18n/core/types';
import { SmsPartnerContext, useSmsPartner } from '@smspartner-i18n/react';
import {
  type ReactElement,
  type ReactNode,
  useContext,
  useDeferredValue,
  useId,
  useMemo,
  useState,
} from 'react';
import { explainFieldKey } from './field-samples.ts';
import { LocaleProvider } from './locale-provider.tsx';
import {
  englishTexts,
  type Language,
  languageNames,
  languages,
  type OtherTexts,
  readyPacks,
  textsOf,
} from './locales.ts';
import type { ReviewData, ReviewDataState, ReviewProblem, TextLength } from './review-data.ts';
import { entryHref } from './route.ts';
import { normalize, queryWords } from './search.ts';

type Explain = (section: unknown, code: unknown) => ResolvedText;

/**
 * The section and code that make the resolver reach a key: the entry's own, or one the catalog
 * lacks. A field text (`sms.send.fields.phoneNumbers.invalid`) is reached by its own key, which the
 * review's `explain` renders with sample values (see `explainFieldKey`).
 */
export function sampleInput(key: MessageKey): { readonly section: string; readonly code: string | number } {
  const field = fieldKeyInfo(key);
  if (field !== undefined) return { section: field.section, code: key };
  const entry = entryByKey(key);
  if (entry !== undefined) return { section: entry.section, code: entry.code };
  const section = key.endsWith('.unknownCode') ? key.slice(0, -'.unknownCode'.length) : undefined;
  if (section === undefined || !isSectionId(section)) return { section: 'unlisted-section', code: 'X1' };
  const code = [987654, 'UNLISTED_CODE', 'Z9'].find((candidate) => lookup(section, candidate) === undefined)!;
  return { section, code };
}

/**
 * The key whose text answered a section and code, from how close the adapter says it was
 * (`matched`): its answers carry no key, since the React adapter leaves the catalog out.
 */
export function answeringKey(section: string, code: string | number, matched: MatchKind): string {
  const field = fieldKeyInfo(code);
  if (field !== undefined) {
    // Field texts: exact = the rule's own text, section = the field's `unknown` text, generic = `unknownField`.
    if (matched === 'exact') return String(code);
    if (matched === 'section' && field.field !== undefined) return `${section}.fields.${field.field}.unknown`;
    return `${section}.fields.unknownField`;
  }
  if (matched === 'exact') return lookup(section, code)?.key ?? `a text of ${section} the catalog lacks`;
  if (matched === 'section' && isSectionId(section)) return sectionFallbackKey(section);
  return globalFallbackKey;
}

export interface KeyReview {
  readonly key: MessageKey;
  readonly section: SectionId | undefined;
  readonly languages: Readonly<Record<Language, LanguageReview>>;
  readonly flagged: boolean;
}

/** A key's review in one language (`reviewKey` fills every language). */
export const languageOf = (item: KeyReview, lng: Language): LanguageReview =>
  item.languages[lng] ?? { source: undefined, rendered: notRendered, flags: [] };

/** What a language without a provider yet shows: nothing, in English. */
const notRendered: ResolvedText = { text: '', locale: 'en', register: 'friendly', matched: 'generic' };

export interface LanguageReview {
  readonly source: string | undefined;
  readonly rendered: ResolvedText;
  readonly flags: readonly string[];
  /** The text's length, and its budget when it has one (from the same check). */
  readonly length?: TextLength;
}

/** "103 of 196 characters": a text's length against its budget. */
export function describeLength(length: TextLength | undefined): string | undefined {
  if (length === undefined) return undefined;
  return length.budget === undefined
    ? `${length.length} characters`
    : `${length.length} of ${length.budget} characters`;
}

function sourcesOf(
  texts: typeof englishTexts | undefined,
  register: Register,
): Readonly<Record<string, string>> | undefined {
  return texts?.[register];
}

/**
 * What a translator must look at for one key in one language: a text still
 * in English (the pack leaves it out, so English is shown), a missing text,
 * what the checker reports, and a text that does not render as itself (the
 * adapter fell back).
 */
export function reviewKey(
  key: MessageKey,
  register: Register,
  sources: Readonly<Record<Language, Readonly<Record<string, string>> | undefined>>,
  explain: Readonly<Record<Language, Explain>>,
  review: ReviewData,
): KeyReview {
  const { section, code } = sampleInput(key);
  const perLanguage = {} as Record<Language, LanguageReview>;
  for (const lng of languages) {
    const source = sources[lng]?.[key];
    const rendered = explain[lng]?.(section, code) ?? notRendered;
    const flags: string[] = [];
    const untranslated = review.untranslated[lng]?.[register].includes(key) === true;
    if (untranslated)
      flags.push(`untranslated: still the English text, shown in ${languageNames['en'] ?? 'English'}`);
    else if (source === undefined) flags.push('missing: the pack has no text for this key');
    for (const problem of review.problems) {
      if (problem.key === key && problem.locale === lng && (problem.register ?? register) === register) {
        flags.push(`${problem.severity} ${problem.rule}: ${problem.message} (${problem.where})`);
      }
    }
    const renderedKey = answeringKey(section, code, rendered.matched);
    if (!untranslated && (renderedKey !== key || rendered.locale !== lng)) {
      flags.push(`fails: renders the ${rendered.locale} text of ${renderedKey} instead`);
    }
    const length = review.lengths?.[`${lng}/${register}/${key}`];
    perLanguage[lng] = { source, rendered, flags, ...(length ? { length } : {}) };
  }
  return {
    key,
    section:
      entryByKey(key)?.section ?? fieldKeyInfo(key)?.section ?? (isSectionId(section) ? section : undefined),
    languages: perLanguage,
    flagged: languages.some((lng) => (perLanguage[lng]?.flags.length ?? 0) > 0),
  };
}

/** A key that may wrap after its dots (`sms.send.` / `unauthorizedSender`), not in the middle of a word. */
function KeyName({ messageKey }: { readonly messageKey: string }): ReactElement {
  const parts = messageKey.split('.');
  return (
    <code>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a key never move
        <span key={index}>
          {part}
          {index < parts.length - 1 ? '.' : ''}
          {index < parts.length - 1 ? <wbr /> : null}
        </span>
      ))}
    </code>
  );
}

/** Hands the nearest provider's `explain` to a render function (field keys through the field texts). */
function WithExplain({ children }: { readonly children: (explain: Explain) => ReactNode }): ReactElement {
  const { explain, register } = useSmsPartner();
  const { fields } = useContext(SmsPartnerContext);
  return (
    <>
      {children((section, code) =>
        isFieldKey(code)
          ? explainFieldKey(fields, code, register)
          : explain(section as SectionId, code as string),
      )}
    </>
  );
}

export interface ReviewViewProps {
  readonly review: ReviewDataState;
  readonly register: Register;
  readonly section: SectionId | 'all';
  readonly query: string;
  readonly others: OtherTexts;
}

/** One provider per language, nested, handing the `explain` of each to `children`. */
function WithExplainers({
  langs,
  packs,
  register,
  found,
  children,
}: {
  readonly langs: readonly Language[];
  readonly packs: ReturnType<typeof readyPacks>;
  readonly register: Register;
  readonly found: Readonly<Record<Language, Explain>>;
  readonly children: (explain: Readonly<Record<Language, Explain>>) => ReactNode;
}): ReactElement {
  const [lng, ...rest] = langs;
  if (lng === undefined) return <>{children(found)}</>;
  return (
    <LocaleProvider locale={lng} packs={packs} register={register}>
      <WithExplain>
        {(explain) => (
          <WithExplainers langs={rest} packs={packs} register={register} found={{ ...found, [lng]: explain }}>
            {children}
          </WithExplainers>
        )}
      </WithExplain>
    </LocaleProvider>
  );
}

/** The translators' view: every key's ICU source beside its rendered text, in every language. */
export function ReviewView(props: ReviewViewProps): ReactElement {
  const packs = readyPacks(props.others);
  const review = props.review;
  if (review.state !== 'ready') {
    return (
      <section aria-labelledby="review-heading">
        <h2 id="review-heading">Translator review: {props.register} texts</h2>
        <p role="status" className="count">
          {review.state === 'failed' ? 'The review data could not be loaded.' : 'Loading the review data…'}
        </p>
      </section>
    );
  }
  return (
    <WithExplainers langs={languages} packs={packs} register={props.register} found={{}}>
      {(explain) => <ReviewTable {...props} review={review.data} explain={explain} />}
    </WithExplainers>
  );
}

function ReviewTable({
  review,
  register,
  section,
  query,
  others,
  explain,
}: Omit<ReviewViewProps, 'review'> & {
  readonly review: ReviewData;
  readonly explain: Readonly<Record<Language, Explain>>;
}): ReactElement {
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const onlyFlaggedId = useId();
  const deferredQuery = useDeferredValue(query);
  const ready = (lng: Language) => lng === 'en' || textsOf(others, lng).state === 'ready';
  const allReady = languages.every(ready);

  const reviews = useMemo(() => {
    const sources = Object.fromEntries(
      languages.map((lng) => {
        const loaded = textsOf(others, lng);
        return [
          lng,
          lng === 'en'
            ? sourcesOf(englishTexts, register)
            : loaded.state === 'ready'
              ? sourcesOf(loaded.texts, register)
              : undefined,
        ];
      }),
    );
    return messageKeys.map((key) => reviewKey(key, register, sources, explain, review));
  }, [register, others, explain, review]);

  const words = queryWords(deferredQuery);
  const shown = reviews.filter(
    (item) =>
      (section === 'all' || item.section === section) &&
      (!onlyFlagged || item.flagged) &&
      words.every((word) =>
        normalize(
          [
            item.key,
            ...languages.flatMap((lng) => [
              languageOf(item, lng).source ?? '',
              languageOf(item, lng).rendered.text,
            ]),
          ].join('\n'),
        ).includes(word),
      ),
  );
  const flaggedCount = reviews.filter((item) => item.flagged).length;
  const globalProblems: readonly ReviewProblem[] = review.problems.filter(
    (problem) => problem.key === undefined,
  );

  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">Translator review: {register} texts</h2>
      <p>
        Each key’s ICU source beside the text the React adapter renders from the built packs, in every
        language ({languages.map((lng) => languageNames[lng]).join(', ')}). A text still in English is flagged
        untranslated: apps show the English text there. Switch the register above to review the other one.
      </p>
      <div className="field inline">
        <input
          id={onlyFlaggedId}
          type="checkbox"
          checked={onlyFlagged}
          onChange={(event) => setOnlyFlagged(event.target.checked)}
        />
        <label htmlFor={onlyFlaggedId}>Only keys with a flag</label>
      </div>
      <p role="status" className="count">
        {allReady
          ? `${shown.length} of ${reviews.length} keys shown; ${flaggedCount} flagged.`
          : `Loading the texts of ${languages
              .filter((lng) => !ready(lng))
              .map((lng) => languageNames[lng])
              .join(', ')}…`}
      </p>
      {globalProblems.length > 0 && (
        <ul className="problems">
          {globalProblems.map((problem) => (
            <li key={`${problem.where}:${problem.rule}`}>
              {problem.severity} {problem.rule}: {problem.message} ({problem.where})
            </li>
          ))}
        </ul>
      )}
      <div className="table-scroll">
        <table className="review">
          <caption className="visually-hidden">ICU sources and rendered texts of every key</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              {languages.flatMap((lng) => [
                <th key={`${lng}-source`} scope="col">
                  {languageNames[lng]}: ICU source
                </th>,
                <th key={`${lng}-rendered`} scope="col">
                  {languageNames[lng]}: rendered
                </th>,
              ])}
              <th scope="col">Flags</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => {
              const entry = entryByKey(item.key);
              const flags = languages.flatMap((lng) =>
                !ready(lng) ? [] : languageOf(item, lng).flags.map((flag) => `${lng.toUpperCase()}: ${flag}`),
              );
              return (
                <tr key={item.key} className={flags.length > 0 ? 'flagged' : undefined}>
                  <th scope="row">
                    {entry ? (
                      <a href={entryHref(entry)}>
                        <KeyName messageKey={item.key} />
                      </a>
                    ) : (
                      <KeyName messageKey={item.key} />
                    )}
                  </th>
                  {languages.flatMap((lng) => [
                    <td key={`${lng}-source`} lang={lng}>
                      {!ready(lng) ? (
                        'Loading…'
                      ) : review.untranslated[lng]?.[register].includes(item.key) ? (
                        <strong>untranslated</strong>
                      ) : languageOf(item, lng).source === undefined ? (
                        <strong>missing</strong>
                      ) : (
                        <code className="icu">{languageOf(item, lng).source}</code>
                      )}
                    </td>,
                    <td key={`${lng}-rendered`} lang={languageOf(item, lng).rendered.locale}>
                      {languageOf(item, lng).rendered.text}
                    </td>,
                  ])}
                  <td>
                    {flags.length === 0 ? (
                      <span className="ok">OK: passes pnpm i18n:check</span>
                    ) : (
                      <ul className="flags">
                        {flags.map((flag) => (
                          <li key={flag}>{flag}</li>
                        ))}
                      </ul>
                    )}
                    <p className="lengths">
                      {languages
                        .filter(ready)
                        .flatMap((lng) => {
                          const length = describeLength(languageOf(item, lng).length);
                          return length ? [`${lng.toUpperCase()}: ${length}`] : [];
                        })
                        .join('; ')}
                    </p>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
