// "What to do now" worked out at one moment holds until getDueItemsChange says it may not: the
// popup's first frame shows it as the summary kept it (src/db/summary.ts). Checked over many
// generated people — every stage that can fall due, meetings around midnight and the reminder,
// snoozes, zones with summer time — at moments between the one it was worked out at and the
// change, the last millisecond before it included.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Stage } from '../../../src/model';
import {
  getDueItems,
  getDueItemsChange,
  withClock,
  type DueGroups,
  type DueItem,
  type DueState,
  type ReminderSettings,
} from '../../../src/pipeline/due';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ZONES = ['UTC', 'Europe/Stockholm', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const STAGES: Stage[] = ['request-sent', 'meeting-scheduled', 'met', 'thanked', 'in-touch', 'saved', 'declined'];

/** A small seeded generator (mulberry32), so a failure can be run again. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makePeople(next: () => number, now: number, settings: ReminderSettings, timeZone: string): DueState[] {
  const near = (span: number) => Math.round(now + (next() * 2 - 1) * span);
  return Array.from({ length: 40 }, (_, i) => {
    const stage = STAGES[Math.floor(next() * STAGES.length)];
    const start = near(3 * DAY);
    const meeting =
      stage === 'meeting-scheduled' && next() < 0.8
        ? { start, minutes: 30 + Math.floor(next() * 90), ...(next() < 0.1 ? { heldAt: start } : {}) }
        : null;
    const state: DueState = {
      id: `https://www.linkedin.com/in/person-${i}/`,
      stage,
      name: `Person ${i % 7}`,
      nudges: Math.floor(next() * 3),
      snoozedUntil: next() < 0.2 ? near(2 * DAY) : null,
      meeting,
      since: ['request-sent', 'met', 'thanked', 'in-touch'].includes(stage) ? near(120 * DAY) : null,
      clock: null,
    };
    return next() < 0.9 ? withClock(state, settings, timeZone) : state;
  });
}

/** What getDueItems shows: each group's people, in order, with their actions. */
function shown(groups: DueGroups): string {
  return JSON.stringify(
    Object.entries(groups).map(([key, items]: [string, DueItem[]]) => [key, items.map(({ contact, action }) => [contact.id, action])]),
  );
}

describe('getDueItemsChange', () => {
  it('"what to do now" stays as it was until the moment it names, and changes there or later', () => {
    let checked = 0;
    let changedAtTheMoment = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const next = random(seed);
      const timeZone = ZONES[seed % ZONES.length];
      const settings = {
        ...DEFAULT_SETTINGS,
        followUpDays: 1 + Math.floor(next() * 10),
        meetingReminderMinutes: 15 + Math.floor(next() * 60),
      };
      const now = Date.UTC(2026, 2, 20) + Math.floor(next() * 30 * DAY);
      const people = makePeople(next, now, settings, timeZone);
      const before = shown(getDueItems(people, settings, now, timeZone));
      const until = getDueItemsChange(people, settings, now, timeZone);
      expect(until === null || until > now, `seed ${seed}`).toBe(true);
      const end = until ?? now + 400 * DAY;
      for (const at of [now + 1, end - 1, ...Array.from({ length: 6 }, () => now + Math.floor(next() * (end - now)))]) {
        expect(shown(getDueItems(people, settings, at, timeZone)), `seed ${seed}, at ${new Date(at).toISOString()} (${timeZone})`).toBe(
          before,
        );
        checked++;
      }
      if (until !== null && shown(getDueItems(people, settings, until, timeZone)) !== before) changedAtTheMoment++;
    }
    expect(checked).toBe(150 * 8);
    // The moment is not set too early for nothing: most of the time something does change there.
    expect(changedAtTheMoment).toBeGreaterThan(75);
  });

  it('is null for people in whom nothing can change', () => {
    const saved: DueState = { id: 'a', stage: 'saved', name: 'A', nudges: 0, snoozedUntil: null, meeting: null, since: null, clock: null };
    expect(getDueItemsChange([saved], DEFAULT_SETTINGS, Date.UTC(2026, 5, 1), 'UTC')).toBeNull();
  });
});
