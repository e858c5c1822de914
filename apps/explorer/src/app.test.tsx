import { entries, lookup, messageKeys, sections } from '@smspartner-i18n/core';
import * as en from '@smspartner-i18n/locale-en';
import * as fr from '@smspartner-i18n/locale-fr';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildReviewData } from '../review-data-plugin.ts';
import { App } from './app.tsx';
import type { ReviewData } from './review-data.ts';

const repoRoot = new URL('../../..', import.meta.url).pathname;
let review: ReviewData;

beforeAll(async () => {
  review = await buildReviewData(repoRoot);
});

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function go(hash: string): Promise<void> {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table', { name: /SMSPartner codes/ });
  return within(table).getAllByRole('row').slice(1);
}

describe('catalog', () => {
  it('lists every code with labelled controls', () => {
    render(<App loadReview={async () => review} />);
    expect(bodyRows()).toHaveLength(entries.length);
    expect(screen.getByRole('searchbox', { name: /Search by code, name or text/ })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Section' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /English/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: /Friendly/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('status').textContent).toBe(`All ${entries.length} codes.`);
  });

  it('filters by section and searches by code, name or text', async () => {
    render(<App loadReview={async () => review} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Section' }), { target: { value: 'hlr.status' } });
    await waitFor(() => expect(bodyRows()).toHaveLength(sections.find((s) => s.id === 'hlr.status')!.size));

    fireEvent.change(screen.getByRole('combobox', { name: 'Section' }), { target: { value: 'all' } });
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'delivrd' } });
    await waitFor(() => expect(bodyRows()[0]!.textContent).toContain('DELIVRD'));

    const friendly = en.friendly['sms.send.insufficientCredit'];
    fireEvent.change(screen.getByRole('searchbox'), {
      target: { value: friendly.slice(0, 30).toUpperCase() },
    });
    await waitFor(() => expect(bodyRows().some((row) => row.textContent?.includes(friendly))).toBe(true));
  });

  it('switches to French (loaded on demand) and to the official register', async () => {
    render(<App loadReview={async () => review} />);
    fireEvent.click(screen.getByRole('radio', { name: /Français/ }));
    fireEvent.click(screen.getByRole('radio', { name: /Official/ }));
    const row = () => bodyRows().find((r) => within(r).queryByRole('link', { name: 'sms.send 11' }))!;
    await waitFor(() => expect(row().textContent).toContain(fr.official['sms.send.insufficientCredit']), {
      timeout: 10_000,
    });
    // Searching finds French texts once French is chosen.
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'crédit insuffisant' } });
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
    expect(bodyRows().every((r) => /insuffisant/i.test(r.textContent ?? ''))).toBe(true);
  });
});

describe('entry page', () => {
  it('opens from a deep link with metadata, both languages and the translator context', async () => {
    render(<App loadReview={async () => review} />);
    await go('#/hlr.error/EC_UNKNOWN_SUBSCRIBER');
    const entry = lookup('hlr.error', 'EC_UNKNOWN_SUBSCRIBER')!;
    const detail = screen.getByRole('region', { name: /hlr\.error/ });
    expect(document.activeElement?.id).toBe('detail-heading');
    await waitFor(() =>
      expect(within(detail).getByTestId('text-friendly-fr').textContent).toBe(fr.friendly[entry.key]),
    );
    expect(within(detail).getByTestId('text-official-en').textContent).toBe(en.official[entry.key]);
    const terms = within(detail)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toEqual(
      expect.arrayContaining([
        'Retryable',
        'Permanent (HLR)',
        'HLR group',
        'Category',
        'Fixable by',
        'When SMSPartner returns it',
      ]),
    );
    expect(detail.textContent).toContain(`errorGrpId ${entry.group!.id} ${entry.group!.name}`);
    await waitFor(() => expect(detail.textContent).toContain(review.contexts[entry.key]!.when));

    fireEvent.keyDown(within(detail).getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(window.location.hash).toBe('#/');
  });

  it('shows a validation answer’s field texts, every field key in both registers and languages', async () => {
    render(<App loadReview={async () => review} />);
    await go('#/sms.send/9');
    const detail = screen.getByRole('region', { name: /sms\.send/ });
    const table = within(detail).getByTestId('field-texts');
    const fieldKeys = messageKeys.filter((key) => key.startsWith('sms.send.fields.'));
    expect(fieldKeys.length).toBeGreaterThan(20);
    for (const key of fieldKeys) expect(table.textContent).toContain(key);
    const invalid = 'sms.send.fields.phoneNumbers.invalid';
    await waitFor(
      () =>
        expect(within(table).getByTestId(`field-${invalid}-friendly-fr`).textContent).toBe(
          fr.friendly[invalid].replace('{phoneNumber}', '922264'),
        ),
      // French is loaded on demand, as in the catalog test above.
      { timeout: 10_000 },
    );
    expect(within(table).getByTestId(`field-${invalid}-official-en`).textContent).toBe(
      en.official[invalid].replace('{phoneNumber}', '922264'),
    );
    const tooLong = within(table).getByTestId('field-sms.send.fields.sender.tooLong-friendly-fr');
    expect(tooLong.textContent).toMatch(/au plus 11\s+caractères/);
    expect(tooLong.getAttribute('lang')).toBe('fr');
  });

  it('shows no field texts on codes that are not a validation answer', async () => {
    render(<App loadReview={async () => review} />);
    await go('#/sms.send/10');
    const detail = screen.getByRole('region', { name: /sms\.send/ });
    expect(within(detail).queryByTestId('field-texts')).toBeNull();
  });

  it('shows what an app would show for a code the catalog lacks', async () => {
    render(<App loadReview={async () => review} />);
    await go('#/sms.send/424242');
    const detail = screen.getByRole('region', { name: /not in the catalog/ });
    expect(within(detail).getByTestId('text-friendly-en').textContent).toBe(
      en.friendly['sms.send.unknownCode'],
    );
    const official = within(detail).getByTestId('text-official-en').textContent;
    expect(en.official['sms.send.unknownCode']).toContain('{code}');
    expect(official).toBe(en.official['sms.send.unknownCode'].replace('{code}', '424242'));
  });
});

describe('translator review', () => {
  it('shows every key with its sources and rendered texts, and flags what needs work', async () => {
    const withFlags: ReviewData = {
      ...review,
      untranslated: {
        ...review.untranslated,
        fr: { official: [], friendly: ['sms.send.insufficientCredit'] },
      },
      problems: [
        ...review.problems,
        {
          severity: 'warning',
          rule: 'literal-limit',
          message: 'the text writes the number 500 itself',
          key: 'mail.apiKeyRequired',
          locale: 'en',
          register: 'friendly',
          where: 'locales/en/friendly/mail.json:3:5',
        },
      ],
    };
    render(<App loadReview={async () => withFlags} />);
    await go('#/review');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/keys shown/));
    const table = screen.getByRole('table', { name: /ICU sources and rendered texts/ });
    expect(within(table).getAllByRole('row')).toHaveLength(messageKeys.length + 1);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Only keys with a flag' }));
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeLessThan(messageKeys.length));
    const flagged = within(table).getAllByRole('row').slice(1);
    const texts = flagged.map((row) => row.textContent ?? '');
    expect(
      texts.some((text) => text.includes('sms.send.insufficientCredit') && text.includes('FR: untranslated')),
    ).toBe(true);
    expect(
      texts.some(
        (text) => text.includes('mail.apiKeyRequired') && text.includes('EN: warning literal-limit'),
      ),
    ).toBe(true);
    expect(texts.every((text) => !text.includes('OK: passes'))).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(
      `${flagged.length} of ${messageKeys.length} keys shown; ${flagged.length} flagged.`,
    );
  });
});
