import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fromWallTime, getDateKey, getUtcOffset } from '../../../src/pipeline/zoned-time';

const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});

describe('wall-clock times in a zone', () => {
  it('reads offsets on both sides of a change', () => {
    expect(getUtcOffset(Date.UTC(2026, 2, 29, 0, 59), 'Europe/Stockholm')).toBe(3_600_000);
    expect(getUtcOffset(Date.UTC(2026, 2, 29, 1, 0), 'Europe/Stockholm')).toBe(7_200_000);
  });

  it('resolves a time skipped by spring-forward to the time after the gap', () => {
    // 29 March 2026: 02:00 → 03:00 in Stockholm; 02:30 does not exist and reads as 03:30 CEST.
    expect(fromWallTime(wall(2026, 3, 29, 2, 30), 'Europe/Stockholm')).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it('resolves a time repeated by fall-back to the earlier one', () => {
    // 25 October 2026: 02:30 happens twice in Stockholm; take 02:30 CEST (00:30 UTC).
    expect(fromWallTime(wall(2026, 10, 25, 2, 30), 'Europe/Stockholm')).toBe(Date.UTC(2026, 9, 25, 0, 30));
    // 1 November 2026: 01:30 happens twice in New York; take 01:30 EDT (05:30 UTC).
    expect(fromWallTime(wall(2026, 11, 1, 1, 30), 'America/New_York')).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  it('adds months landing in a skipped hour', () => {
    // 29 December 2025, 02:30 CET + 3 months → 29 March 2026, 03:30 CEST.
    expect(addMonths(Date.UTC(2025, 11, 29, 1, 30), 3, 'Europe/Stockholm')).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it('adds calendar days, keeping the wall time across a change', () => {
    // Saturday 7 March 2026, 12:00 EST → Sunday 8 March (clocks forward), 12:00 EDT: 23 hours later.
    expect(addDays(Date.UTC(2026, 2, 7, 17, 0), 1, 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 16, 0));
  });

  it('names the calendar date in the zone', () => {
    const instant = Date.UTC(2026, 5, 10, 22, 15);
    expect(getDateKey(instant, 'Europe/Stockholm')).toBe('2026-06-11');
    expect(getDateKey(instant, 'UTC')).toBe('2026-06-10');
    expect(getDateKey(instant, 'America/Los_Angeles')).toBe('2026-06-10');
  });

  it('refuses an unknown zone instead of guessing', () => {
    expect(() => getDateKey(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
