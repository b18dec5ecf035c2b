import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fromWallTime, getDateKey, getStartOfDay, getUtcOffset, getWallTime } from '../../../src/pipeline/zoned-time';

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

  it('finds the start of the day in the zone, on the day clocks go forward too', () => {
    // 29 March 2026, Stockholm: clocks go from 02:00 to 03:00; the day began at 00:00 CET.
    expect(getStartOfDay(Date.UTC(2026, 2, 29, 12), 'Europe/Stockholm')).toBe(Date.UTC(2026, 2, 28, 23));
    expect(getStartOfDay(Date.UTC(2026, 2, 29, 12), 'America/New_York')).toBe(Date.UTC(2026, 2, 29, 4));
  });

  it('refuses an unknown zone instead of guessing', () => {
    expect(() => getDateKey(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('offsets remembered by day', () => {
  // getUtcOffset remembers a zone's offset per UTC day; this checks it against the
  // formatter itself, minute by minute around changes and at random instants.
  const zones = [
    'Europe/Stockholm',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'Pacific/Chatham',
    'America/Santiago',
    'UTC',
  ];

  const formats = new Map(
    zones.map((timeZone) => [
      timeZone,
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
    ]),
  );

  function readWall(instant: number, timeZone: string): string {
    const p = Object.fromEntries(
      formats
        .get(timeZone)!
        .formatToParts(instant)
        .map((part) => [part.type, Number(part.value)]),
    );
    return [p.year, p.month, p.day, p.hour % 24, p.minute, p.second].join(' ');
  }

  function wallOf(instant: number, timeZone: string): string {
    const w = getWallTime(instant, timeZone);
    return [w.year, w.month, w.day, w.hour, w.minute, w.second].join(' ');
  }

  it('agrees with the formatter every 10 minutes across the 2026 changes, and at random instants', () => {
    const mismatches: string[] = [];
    for (const zone of zones) {
      // Stockholm, New York, Lord Howe (30-minute change), Santiago, Chatham: change days of 2026.
      for (const day of [
        Date.UTC(2026, 2, 29),
        Date.UTC(2026, 2, 8),
        Date.UTC(2026, 3, 5),
        Date.UTC(2026, 8, 6),
        Date.UTC(2026, 8, 27),
        Date.UTC(2026, 9, 4),
        Date.UTC(2026, 9, 25),
        Date.UTC(2026, 10, 1),
      ]) {
        for (let t = day - 12 * 3_600_000; t < day + 36 * 3_600_000; t += 10 * 60_000) {
          if (wallOf(t, zone) !== readWall(t, zone)) mismatches.push(`${zone} ${new Date(t).toISOString()}`);
        }
      }
      let seed = 7;
      for (let i = 0; i < 500; i++) {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        const t = Date.UTC(2000, 0, 1) + (seed / 2 ** 31) * 40 * 365 * 86_400_000;
        if (wallOf(t, zone) !== readWall(t, zone)) mismatches.push(`${zone} ${new Date(t).toISOString()}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
