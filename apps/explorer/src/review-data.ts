import type { MessageKey } from '@smspartner-i18n/core';
import { useEffect, useState } from 'react';

/**
 * What the explorer knows about the texts at build time, from tools/i18n
 * (the same checker and translator context the CI and the JSON Schemas
 * use), served by the `virtual:smspartner-review` module of vite.config.ts.
 */
export interface ReviewData {
  /** The translator context of every message key. */
  readonly contexts: Readonly<Record<string, TranslatorNote>>;
  /** Keys of each locale whose text is still the English one (derived by the check), per register. */
  readonly untranslated: Readonly<
    Record<string, { readonly official: readonly string[]; readonly friendly: readonly string[] }>
  >;
  /** What `smspartner-i18n-tools check` reports, with the locale and register of the file. */
  readonly problems: readonly ReviewProblem[];
  /** Each text's length once shown and, for a friendly translation, its budget, by `<lng>/<register>/<key>`. */
  readonly lengths?: Readonly<Record<string, TextLength>>;
}

export interface TextLength {
  readonly length: number;
  readonly budget?: number;
}

export interface TranslatorNote {
  readonly key: MessageKey;
  /** When SMSPartner returns the code. */
  readonly when: string;
  /** Who can act on it, and what that means for the friendly text. */
  readonly audience: string;
  readonly note?: string;
  readonly arguments: readonly {
    readonly name: string;
    readonly icu: string;
    readonly meaning: string;
    readonly defaultValue?: number;
  }[];
  readonly group?: { readonly heading: string; readonly en: string; readonly fr: string };
  readonly aliases: readonly { readonly name: string; readonly en?: string; readonly fr?: string }[];
}

export interface ReviewProblem {
  readonly severity: 'error' | 'warning';
  readonly rule: string;
  readonly message: string;
  readonly key?: string;
  readonly locale?: string;
  readonly register?: 'official' | 'friendly';
  /** `locales/fr/friendly/sms.send.json:12:5` */
  readonly where: string;
}

export type ReviewDataState =
  | { readonly state: 'idle' | 'loading' }
  | { readonly state: 'ready'; readonly data: ReviewData }
  | { readonly state: 'failed'; readonly reason: string };

/**
 * The review data, loaded the first time `wanted` is true: only the entry
 * page and the review need it, so the list does not wait for it.
 */
export function useReviewData(wanted: boolean, load: () => Promise<ReviewData>): ReviewDataState {
  const [review, setReview] = useState<ReviewDataState>({ state: 'idle' });
  useEffect(() => {
    if (!wanted || review.state !== 'idle') return;
    setReview({ state: 'loading' });
    load().then(
      (data) => setReview({ state: 'ready', data }),
      (error: unknown) =>
        setReview({ state: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
  }, [wanted, review.state, load]);
  return review;
}
