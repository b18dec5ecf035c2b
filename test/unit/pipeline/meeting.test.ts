import { describe, expect, it } from 'vitest';
import { toValidMeeting } from '../../../src/pipeline/meeting';

const start = Date.UTC(2026, 2, 30, 12, 0);

describe('toValidMeeting', () => {
  it('keeps a well-formed meeting, trimming the place', () => {
    expect(
      toValidMeeting({ start, timeZone: 'Europe/Stockholm', minutes: 30, mode: 'video', place: ' https://meet.example/abc ', heldAt: 1 }),
    ).toEqual({
      start,
      timeZone: 'Europe/Stockholm',
      minutes: 30,
      mode: 'video',
      place: 'https://meet.example/abc',
    });
  });

  it('refuses what a calendar could not hold, saying what to fix', () => {
    expect(() => toValidMeeting({ start: Number.NaN, timeZone: 'UTC', minutes: 30, mode: 'coffee', place: '' })).toThrow(
      'Choose a date and a start time.',
    );
    expect(() => toValidMeeting({ start, timeZone: 'Mars/Olympus', minutes: 30, mode: 'coffee', place: '' })).toThrow(/time zone/);
    expect(() => toValidMeeting({ start, timeZone: 'UTC', minutes: 0, mode: 'coffee', place: '' })).toThrow(/length/);
    expect(() => toValidMeeting({ start, timeZone: 'UTC', minutes: 30, mode: 'lunch', place: '' })).toThrow('Choose how you will meet.');
    expect(() => toValidMeeting(null)).toThrow();
  });
});
