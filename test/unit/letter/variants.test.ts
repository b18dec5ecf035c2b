// What each kind of letter allows, as the counter under the letter judges it. The subject
// limits, the email word guide and the connection note's missing subject are checked where
// they show, in compose.test.ts.
import { expect, test } from 'vitest';
import { getBodyLimit, isVariantId } from '../../../src/letter/variants';

test('a connection note allows 200 characters on a free account and 300 on Premium', () => {
  expect(getBodyLimit('connection', { linkedinPremium: false })).toBe(200);
  expect(getBodyLimit('connection', { linkedinPremium: true })).toBe(300);
});

test('InMail allows a 2,000-character body on any plan', () => {
  expect(getBodyLimit('inmail', { linkedinPremium: false })).toBe(2000);
  expect(getBodyLimit('inmail', { linkedinPremium: true })).toBe(2000);
});

test('emails have no hard limit on any plan', () => {
  for (const id of ['email', 'thanks', 'touch-base'] as const) {
    expect(getBodyLimit(id, { linkedinPremium: false })).toBeNull();
    expect(getBodyLimit(id, { linkedinPremium: true })).toBeNull();
  }
});

test('a stored draft or template names a kind of letter only by its own id', () => {
  expect(['connection', 'email', 'inmail', 'thanks', 'touch-base'].filter(isVariantId)).toHaveLength(5);
  expect(['toString', 'constructor', '__proto__', 'Email', 'e-mail', '', 42, null].filter(isVariantId)).toEqual([]);
});
