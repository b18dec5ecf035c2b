import { describe, expect, test } from 'vitest';
import { getLetterSending, markLetterSent } from '../../../src/pipeline/letter-sent';
import { T0, makeContact } from './fixtures';

const DAY = 86_400_000;

describe('marking a request letter sent', () => {
  test.each(['connection', 'email', 'inmail'] as const)(
    'a %s moves a saved person to request-sent, with the date and the kind',
    (variant) => {
      const sent = markLetterSent(makeContact(), variant, T0 + DAY, 'LinkedIn connection note');
      expect(sent.stage).toBe('request-sent');
      expect(sent.history.at(-1)).toEqual({
        at: T0 + DAY,
        kind: 'request-sent',
        from: 'saved',
        to: 'request-sent',
        detail: 'LinkedIn connection note',
      });
      expect(getLetterSending(sent, variant)).toEqual({ action: 'request', lastSentAt: T0 + DAY, canMark: true, reason: '' });
    },
  );

  test('sent again while waiting restarts the clock without a stage move', () => {
    const once = markLetterSent(makeContact(), 'connection', T0 + DAY);
    const twice = markLetterSent(once, 'email', T0 + 3 * DAY);
    expect(twice.stage).toBe('request-sent');
    expect(twice.history.at(-1)).toEqual({ at: T0 + 3 * DAY, kind: 'request-sent' });
    expect(getLetterSending(twice, 'connection').lastSentAt).toBe(T0 + 3 * DAY);
  });

  test('a request is not offered once a meeting is arranged, and says why', () => {
    const contact = makeContact({ stage: 'meeting-scheduled' });
    expect(getLetterSending(contact, 'connection')).toEqual({
      action: 'request',
      lastSentAt: null,
      canMark: false,
      reason: 'This person is at “Meeting scheduled”: the request is behind you.',
    });
    expect(() => markLetterSent(contact, 'connection', T0)).toThrow('the request is behind you');
  });

  test('a stage moved to request-sent by hand counts as the request going out', () => {
    const contact = makeContact({
      stage: 'request-sent',
      history: [
        { at: T0, kind: 'saved' },
        { at: T0 + DAY, kind: 'stage', from: 'saved', to: 'request-sent' },
      ],
    });
    expect(getLetterSending(contact, 'email').lastSentAt).toBe(T0 + DAY);
  });
});

describe('marking a thank-you and a touch-base sent', () => {
  test('a thank-you after the meeting marks the person thanked', () => {
    const met = makeContact({ stage: 'met', history: [{ at: T0, kind: 'saved' }] });
    const thanked = markLetterSent(met, 'thanks', T0 + DAY);
    expect(thanked.stage).toBe('thanked');
    expect(getLetterSending(thanked, 'thanks')).toEqual({
      action: 'thanks',
      lastSentAt: T0 + DAY,
      canMark: false,
      reason: 'This person is at “Thanked”: already thanked.',
    });
    expect(getLetterSending(thanked, 'touch-base').canMark).toBe(true);
  });

  test('a touch-base moves thanked to in-touch, and is recorded again later', () => {
    const thanked = makeContact({ stage: 'thanked' });
    const first = markLetterSent(thanked, 'touch-base', T0 + DAY, 'Touch-base email');
    expect(first.stage).toBe('in-touch');
    const second = markLetterSent(first, 'touch-base', T0 + 90 * DAY);
    expect(second.stage).toBe('in-touch');
    expect(getLetterSending(second, 'touch-base').lastSentAt).toBe(T0 + 90 * DAY);
  });

  test('a touch-base before any thank-you is not offered', () => {
    expect(getLetterSending(makeContact(), 'touch-base')).toMatchObject({
      canMark: false,
      reason: 'A touch-base note follows a thank-you: mark the thank-you as sent first.',
    });
  });
});
