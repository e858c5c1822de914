import { entries } from '@smspartner-i18n/core';
import { describe, expect, it } from 'vitest';
import { uiText } from './ui-text.ts';

describe('uiText', () => {
  it('writes the head of a French page in French, with French typography, and of a status as a status', () => {
    const fr = uiText('fr');
    expect(fr.head.language('Français')).toEqual({
      title: 'Codes de l’API SMSPartner (français)',
      description:
        'Tous les codes d’erreur et de statut de l’API SMSPartner, avec le libellé de SMSPartner et un texte convivial, en français.',
    });
    expect(
      fr.head.section('sms.send', 'Envoi de SMS', 30, 'Errors of the SMS sending endpoints.').title,
    ).toBe('Codes sms.send de SMSPartner\u202f: Envoi de SMS');
    const delivered = entries.find((entry) => entry.key === 'sms.deliveryStatus.delivered')!;
    expect(
      fr.head.entry(delivered, 'sms.deliveryStatus delivered', 'Délivré', 'Le message a été remis.')
        .description,
    ).toBe(
      'Statut delivered de SMSPartner (sms.deliveryStatus, sms.deliveryStatus.delivered)\u202f: «\u202fDélivré\u202f». Le message a été remis.',
    );
    // A language without words of its own gets the English ones.
    expect(uiText('de').head.language('Deutsch').title).toBe('SMSPartner API codes (Deutsch)');
  });

  it('says the same things in French as in English, for every code', () => {
    const en = uiText('en');
    const fr = uiText('fr');
    expect(fr.lang).toBe('fr');
    for (const entry of entries) {
      for (const say of ['metadataInWords', 'appAdvice'] as const) {
        const english = en[say](entry);
        const french = fr[say](entry);
        expect(french, `${entry.key} ${say}`).toHaveLength(english.length);
        expect(english.length, entry.key).toBeGreaterThan(0);
        for (const sentence of [...english, ...french]) expect(sentence, entry.key).toMatch(/^\S.*[.!]$/);
        expect(new Set(french).size, `${entry.key} ${say}: a sentence said twice`).toBe(french.length);
      }
    }
  });

  it('follows the metadata: who can fix it, retry or not, final, permanent', () => {
    const en = uiText('en');
    for (const entry of entries) {
      const words = en.metadataInWords(entry).join(' ');
      expect(words).toContain(entry.retryable ? 'It is retryable' : 'It is not retryable');
      if (entry.final !== undefined) expect(words).toContain(entry.final ? 'It is final' : 'It is not final');
      if (entry.permanent !== undefined)
        expect(words).toContain(entry.permanent ? 'It is permanent' : 'It is not permanent');
      if (entry.fixableBy === 'end-user') expect(words).toContain('The end user can fix it');
      if (entry.fixableBy === 'developer') expect(words).toContain('Only the developer can fix it');
    }
  });

  it('falls back to English for a language without words of its own', () => {
    expect(uiText('de')).toBe(uiText('en'));
    expect(uiText('de').lang).toBe('en');
  });
});
