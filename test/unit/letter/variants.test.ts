import { expect, test } from 'vitest';
import { VARIANTS, getBodyLimit } from '../../../src/letter/variants';

test('a connection note allows 200 characters on a free account and 300 on Premium', () => {
  expect(getBodyLimit('connection', { linkedinPremium: false })).toBe(200);
  expect(getBodyLimit('connection', { linkedinPremium: true })).toBe(300);
});

test('InMail allows a 200-character subject and a 2,000-character body on any plan', () => {
  expect(VARIANTS.inmail.subjectLimit).toBe(200);
  expect(getBodyLimit('inmail', { linkedinPremium: false })).toBe(2000);
  expect(getBodyLimit('inmail', { linkedinPremium: true })).toBe(2000);
});

test('emails have a subject, no hard limit, and a guide of about 150 words', () => {
  for (const id of ['email', 'thanks', 'touch-base'] as const) {
    expect(VARIANTS[id]).toMatchObject({ channel: 'email', hasSubject: true, subjectLimit: null, wordGuide: 150 });
    expect(getBodyLimit(id, { linkedinPremium: false })).toBeNull();
  }
});

test('a connection note has no subject', () => {
  expect(VARIANTS.connection.hasSubject).toBe(false);
});
