import { describe, expect, it } from 'vitest';
import type { Contact, Meeting } from '../../../src/model';
import { DEFAULT_SETTINGS } from '../../../src/model';
import {
  applyNoReply,
  getBadgeCount,
  getDueItems,
  getDueState,
  STAGES_WITH_DUE_ACTIONS,
  getNextAction,
  getNextAlarmTime,
  withClock,
  type DueItem,
  type DueState,
} from '../../../src/pipeline/due';
import { reviewContact } from '../../../src/pipeline/reminders';
import {
  markMet,
  markRequestSent,
  markThanked,
  recordNudge,
  recordTouchBase,
  scheduleMeeting,
  snooze,
  STAGES,
} from '../../../src/pipeline/stages';
import { makeContact } from './fixtures';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const settings = DEFAULT_SETTINGS; // follow up after 7 days, 2 nudges, touch base every 3 months, remind 60 min before
const UTC = 'UTC';
const STOCKHOLM = 'Europe/Stockholm';
const NEW_YORK = 'America/New_York';

function meetingAt(start: number, minutes = 30, timeZone = STOCKHOLM): Meeting {
  return { start, timeZone, minutes, mode: 'coffee', place: 'Café Pascal' };
}

function scheduled(start: number, overrides: Partial<Contact> = {}, minutes = 30): Contact {
  return scheduleMeeting(makeContact({ stage: 'request-sent', ...overrides }), meetingAt(start, minutes), start - 3 * DAY);
}

describe('a request with no reply', () => {
  const sentAt = Date.UTC(2026, 1, 2, 10, 0);
  const sent = markRequestSent(makeContact(), sentAt);

  it('asks for a follow-up after followUpDays days, not before', () => {
    expect(getNextAction(sent, settings, sentAt + 7 * DAY - 1, UTC)).toEqual({
      kind: 'follow-up',
      label: 'Follow up with Ana Lind (1 of 2)',
      dueAt: sentAt + 7 * DAY,
      deadline: null,
      overdue: false,
    });
    expect(getDueItems([sent].map(getDueState), settings, sentAt + 7 * DAY - 1, UTC).followUps).toEqual([]);
    expect(getBadgeCount([sent], settings, sentAt + 7 * DAY - 1, UTC)).toBe(0);
    expect(getDueItems([sent].map(getDueState), settings, sentAt + 7 * DAY, UTC).followUps.map((i) => i.contact.id)).toEqual([sent.id]);
    expect(getBadgeCount([sent], settings, sentAt + 7 * DAY, UTC)).toBe(1);
  });

  it('counts the wait from the last follow-up, then ends in no-reply after the last one', () => {
    const nudged1 = recordNudge(sent, sentAt + 8 * DAY, settings);
    expect(getNextAction(nudged1, settings, sentAt + 8 * DAY, UTC)).toMatchObject({
      kind: 'follow-up',
      label: 'Follow up with Ana Lind (2 of 2)',
      dueAt: sentAt + 15 * DAY,
    });
    const nudged2 = recordNudge(nudged1, sentAt + 15 * DAY, settings);
    const waiting = getNextAction(nudged2, settings, sentAt + 15 * DAY, UTC);
    expect(waiting).toMatchObject({ kind: 'no-reply', label: 'No reply after 2 follow-ups from Ana Lind', dueAt: sentAt + 22 * DAY });
    // Nothing for the user to do meanwhile; the alarm is set for the automatic move.
    expect(getBadgeCount([nudged2], settings, sentAt + 22 * DAY, UTC)).toBe(0);
    expect(getNextAlarmTime([nudged2], settings, sentAt + 15 * DAY, UTC)).toBe(sentAt + 22 * DAY);

    expect(applyNoReply(nudged2, settings, sentAt + 22 * DAY - 1, UTC)).toBe(nudged2);
    const moved = applyNoReply(nudged2, settings, sentAt + 22 * DAY + 5 * MINUTE, UTC);
    expect(moved.stage).toBe('no-reply');
    expect(moved.history.at(-1)).toEqual({
      at: sentAt + 22 * DAY + 5 * MINUTE,
      kind: 'stage',
      from: 'request-sent',
      to: 'no-reply',
      detail: 'No reply after 2 follow-ups',
    });
    expect(getNextAction(moved, settings, sentAt + 23 * DAY, UTC)).toBeNull();
  });

  it('follows the settings', () => {
    const custom = { ...settings, followUpDays: 3, maxNudges: 0 };
    expect(getNextAction(sent, custom, sentAt, UTC)).toMatchObject({ kind: 'no-reply', dueAt: sentAt + 3 * DAY });
  });

  it('counts days on the calendar across a daylight-saving change', () => {
    // Wednesday 25 March 2026, 10:00 in Stockholm (CET, UTC+1); clocks go forward on the 29th.
    const before = markRequestSent(makeContact(), Date.UTC(2026, 2, 25, 9, 0));
    // Wednesday 1 April, 10:00 CEST (UTC+2) — 7 × 24 h would be 11:00.
    expect(getNextAction(before, settings, Date.UTC(2026, 2, 25, 9, 0), STOCKHOLM)?.dueAt).toBe(Date.UTC(2026, 3, 1, 8, 0));
  });
});

describe('meetings', () => {
  const start = Date.UTC(2026, 4, 12, 13, 0); // Tuesday 12 May 2026, 15:00 in Stockholm
  const end = start + 30 * MINUTE;

  it('prepare until the reminder, then the meeting is due until it ends', () => {
    const contact = scheduled(start);
    expect(getNextAction(contact, settings, start - 61 * MINUTE, STOCKHOLM)).toEqual({
      kind: 'prepare',
      label: 'Prepare for the meeting with Ana Lind',
      dueAt: null,
      deadline: start,
      overdue: false,
    });
    expect(getBadgeCount([contact], settings, start - 61 * MINUTE, STOCKHOLM)).toBe(0);
    expect(getNextAlarmTime([contact], settings, start - 61 * MINUTE, STOCKHOLM)).toBe(start - 60 * MINUTE);

    expect(getNextAction(contact, settings, start - 60 * MINUTE, STOCKHOLM)).toEqual({
      kind: 'meeting',
      label: 'Meeting with Ana Lind',
      dueAt: start - 60 * MINUTE,
      deadline: null,
      overdue: false,
    });
    expect(getBadgeCount([contact], settings, start - 60 * MINUTE, STOCKHOLM)).toBe(1);
    // Next: the thank-you, due when the meeting ends.
    expect(getNextAlarmTime([contact], settings, start - 60 * MINUTE, STOCKHOLM)).toBe(end);
  });

  it('uses the reminder setting', () => {
    const contact = scheduled(start);
    const custom = { ...settings, meetingReminderMinutes: 15 };
    expect(getNextAction(contact, custom, start - 20 * MINUTE, STOCKHOLM)?.kind).toBe('prepare');
    expect(getNextAction(contact, custom, start - 15 * MINUTE, STOCKHOLM)).toMatchObject({ kind: 'meeting', dueAt: start - 15 * MINUTE });
  });
});

describe('thank-you notes', () => {
  const start = Date.UTC(2026, 4, 12, 13, 0);
  const end = start + 30 * MINUTE;

  it('are due from the end of the meeting and overdue 24 hours after it', () => {
    const met = markMet(scheduled(start), end + 2 * HOUR);
    const expected = {
      kind: 'thank',
      label: 'Send Ana Lind a thank-you note',
      dueAt: end,
      deadline: end + 24 * HOUR,
      overdue: false,
    };
    expect(getNextAction(met, settings, end + 2 * HOUR, STOCKHOLM)).toEqual(expected);
    expect(getNextAction(met, settings, end + 24 * HOUR, STOCKHOLM)).toEqual(expected);
    expect(getNextAction(met, settings, end + 24 * HOUR + 1, STOCKHOLM)).toEqual({ ...expected, overdue: true });
    expect(getDueItems([met].map(getDueState), settings, end + 2 * HOUR, STOCKHOLM).thanks.map((i) => i.action)).toEqual([expected]);
  });

  it('count from the end of a longer meeting', () => {
    const met = markMet(scheduled(start, {}, 45), start + 50 * MINUTE);
    expect(getNextAction(met, settings, start + 50 * MINUTE, STOCKHOLM)?.deadline).toBe(start + 45 * MINUTE + 24 * HOUR);
  });

  it('count from when it was marked held, if that was before the planned end', () => {
    const met = markMet(scheduled(start), start + 20 * MINUTE);
    expect(getNextAction(met, settings, start + 20 * MINUTE, STOCKHOLM)).toMatchObject({
      dueAt: start + 20 * MINUTE,
      deadline: start + 20 * MINUTE + 24 * HOUR,
    });
  });

  it('are due even when the meeting was not marked as held', () => {
    const contact = scheduled(start);
    expect(getNextAction(contact, settings, end, STOCKHOLM)).toMatchObject({ kind: 'thank', dueAt: end });
    expect(getDueItems([contact].map(getDueState), settings, end + MINUTE, STOCKHOLM).thanks).toHaveLength(1);
  });
});

describe('touch-base', () => {
  it('falls due touchBaseMonths calendar months after thanking, across DST in Stockholm', () => {
    // Thanked Thursday 15 January 2026, 14:00 CET (13:00 UTC).
    const thanked = makeContact({ stage: 'met' });
    const t = markThanked(thanked, Date.UTC(2026, 0, 15, 13, 0));
    // 15 April 2026, 14:00 CEST = 12:00 UTC. (90 × 24 h would land on 15:00 local.)
    expect(getNextAction(t, settings, Date.UTC(2026, 0, 15, 13, 0), STOCKHOLM)).toEqual({
      kind: 'touch-base',
      label: 'Touch base with Ana Lind',
      dueAt: Date.UTC(2026, 3, 15, 12, 0),
      deadline: null,
      overdue: false,
    });
  });

  it('falls due at the same wall time across the autumn change in New York', () => {
    // Thanked 10 September 2026, 09:00 EDT (13:00 UTC) → 10 December 2026, 09:00 EST (14:00 UTC).
    const t = markThanked(makeContact({ stage: 'met' }), Date.UTC(2026, 8, 10, 13, 0));
    expect(getNextAction(t, settings, Date.UTC(2026, 8, 10, 13, 0), NEW_YORK)?.dueAt).toBe(Date.UTC(2026, 11, 10, 14, 0));
  });

  it('clamps to the end of a shorter month', () => {
    // 30 November 2026, 10:00 EST → 28 February 2027, 10:00 EST.
    const t = markThanked(makeContact({ stage: 'met' }), Date.UTC(2026, 10, 30, 15, 0));
    expect(getNextAction(t, settings, Date.UTC(2026, 10, 30, 15, 0), NEW_YORK)?.dueAt).toBe(Date.UTC(2027, 1, 28, 15, 0));
  });

  it('restarts from the last touch-base and follows the setting', () => {
    const t = markThanked(makeContact({ stage: 'met' }), Date.UTC(2026, 0, 15, 13, 0));
    const touched = recordTouchBase(t, Date.UTC(2026, 3, 20, 8, 0)); // 20 April, 10:00 CEST
    const sixMonths = { ...settings, touchBaseMonths: 6 };
    // 20 October 2026, 10:00 CEST (08:00 UTC); clocks go back on the 25th.
    expect(getNextAction(touched, sixMonths, Date.UTC(2026, 3, 20, 8, 0), STOCKHOLM)?.dueAt).toBe(Date.UTC(2026, 9, 20, 8, 0));
    // 20 November 2026 would be 10:00 CET (09:00 UTC) with 7 months.
    expect(getNextAction(touched, { ...settings, touchBaseMonths: 7 }, 0, STOCKHOLM)?.dueAt).toBe(Date.UTC(2026, 10, 20, 9, 0));
  });

  it('shows up in "what to do now" once due', () => {
    const t = markThanked(makeContact({ stage: 'met' }), Date.UTC(2026, 0, 15, 13, 0));
    const due = Date.UTC(2026, 3, 15, 12, 0);
    expect(getDueItems([t].map(getDueState), settings, due - 1, STOCKHOLM).touchBases).toEqual([]);
    expect(getDueItems([t].map(getDueState), settings, due, STOCKHOLM).touchBases).toHaveLength(1);
  });
});

describe('meetings today and tomorrow', () => {
  // Wednesday 10 June 2026, 23:30 in Stockholm (21:30 UTC — still the 10th in UTC).
  const now = Date.UTC(2026, 5, 10, 21, 30);
  const lateTonight = scheduled(Date.UTC(2026, 5, 10, 21, 45), { id: 'late', name: 'Late Tonight', nameKey: 'late tonight' });
  const afterMidnight = scheduled(Date.UTC(2026, 5, 10, 22, 15), { id: 'midnight', name: 'After Midnight', nameKey: 'after midnight' });
  const tomorrowEvening = scheduled(Date.UTC(2026, 5, 11, 17, 0), { id: 'evening', name: 'Tomorrow Evening', nameKey: 'tomorrow evening' });
  const dayAfter = scheduled(Date.UTC(2026, 5, 11, 22, 30), { id: 'later', name: 'Day After', nameKey: 'day after' });
  const over = scheduled(Date.UTC(2026, 5, 10, 20, 0), { id: 'over', name: 'Already Over', nameKey: 'already over' });
  const all = [dayAfter, tomorrowEvening, afterMidnight, over, lateTonight];

  it("groups by the calendar day in the user's zone, sorted by start", () => {
    const groups = getDueItems(all.map(getDueState), settings, now, STOCKHOLM);
    expect(groups.meetingsToday.map((i) => i.contact.id)).toEqual(['late']);
    // 00:15 on the 11th in Stockholm, though still the 10th in UTC.
    expect(groups.meetingsTomorrow.map((i) => i.contact.id)).toEqual(['midnight', 'evening']);
    // The meeting that is over asks for a thank-you instead.
    expect(groups.thanks.map((i) => i.contact.id)).toEqual(['over']);
  });

  it('reads the same instants differently in UTC', () => {
    const groups = getDueItems(all.map(getDueState), settings, now, UTC);
    expect(groups.meetingsToday.map((i) => i.contact.id)).toEqual(['late', 'midnight']);
    expect(groups.meetingsTomorrow.map((i) => i.contact.id)).toEqual(['evening', 'later']);
  });

  it('keeps a meeting under way since before midnight in today', () => {
    const justAfterMidnight = Date.UTC(2026, 5, 10, 22, 10); // 00:10 on the 11th
    const running = scheduled(Date.UTC(2026, 5, 10, 21, 50), { id: 'running' }, 60);
    expect(getDueItems([running].map(getDueState), settings, justAfterMidnight, STOCKHOLM).meetingsToday.map((i) => i.contact.id)).toEqual([
      'running',
    ]);
  });
});

describe('snooze', () => {
  const start = Date.UTC(2026, 4, 12, 13, 0);
  const end = start + 30 * MINUTE;
  const met = markMet(scheduled(start), end);

  it('hides a due item until the snooze ends, then brings it back', () => {
    const snoozed = snooze(met, end + 30 * HOUR);
    // Past the thank-you deadline, but snoozed: not due, not overdue.
    expect(getNextAction(snoozed, settings, end + 25 * HOUR, STOCKHOLM)).toMatchObject({
      kind: 'thank',
      dueAt: end + 30 * HOUR,
      overdue: false,
    });
    expect(getDueItems([snoozed].map(getDueState), settings, end + 25 * HOUR, STOCKHOLM).thanks).toEqual([]);
    expect(getBadgeCount([snoozed], settings, end + 25 * HOUR, STOCKHOLM)).toBe(0);
    expect(getNextAlarmTime([snoozed], settings, end + 25 * HOUR, STOCKHOLM)).toBe(end + 30 * HOUR);

    expect(getDueItems([snoozed].map(getDueState), settings, end + 30 * HOUR, STOCKHOLM).thanks).toHaveLength(1);
    expect(getNextAction(snoozed, settings, end + 30 * HOUR + 1, STOCKHOLM)).toMatchObject({ dueAt: end, overdue: true });
  });

  it('does not delay something due after the snooze ends', () => {
    const sent = markRequestSent(makeContact(), start);
    const snoozed = snooze(sent, start + DAY);
    expect(getNextAction(snoozed, settings, start + HOUR, UTC)?.dueAt).toBe(start + 7 * DAY);
  });

  it('ends with the next step', () => {
    const thanked = markThanked(snooze(met, end + 30 * HOUR), end + 2 * HOUR);
    expect(thanked.snoozedUntil).toBeNull();
  });
});

describe('nothing to do', () => {
  it('for saved, no-reply, declined and archived contacts', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(getNextAction(makeContact(), settings, now, UTC)).toMatchObject({ kind: 'send-request', dueAt: null });
    for (const stage of ['no-reply', 'declined', 'archived'] as const) {
      expect(getNextAction(makeContact({ stage }), settings, now, UTC)).toBeNull();
    }
    expect(getNextAlarmTime([makeContact({ stage: 'archived' })], settings, now, UTC)).toBeNull();
    expect(getNextAlarmTime([], settings, now, UTC)).toBeNull();
  });

  it('in every stage outside STAGES_WITH_DUE_ACTIONS, whatever else the contact holds (the popup and the reminder pass read only those stages)', () => {
    const now = Date.UTC(2026, 5, 1, 12, 0);
    const outside = STAGES.filter((stage) => !STAGES_WITH_DUE_ACTIONS.includes(stage));
    expect(outside).toEqual(['saved', 'no-reply', 'declined', 'archived']);
    for (const stage of outside) {
      // A past meeting never marked held, nudges used up, a snooze ending later, dates long past.
      const contact = makeContact({
        stage,
        meeting: meetingAt(now - 2 * DAY),
        nudges: 5,
        snoozedUntil: now + DAY,
        createdAt: now - 400 * DAY,
      });
      const action = getNextAction(contact, settings, now, UTC);
      expect(action === null || action.dueAt === null).toBe(true);
      expect(getBadgeCount([contact], settings, now, UTC)).toBe(0);
      expect(getNextAlarmTime([contact], settings, now, UTC)).toBeNull();
      expect(reviewContact(contact, settings, now, UTC)).toEqual({ contact, remind: null });
      expect(reviewContact(contact, settings, now, UTC).contact).toBe(contact);
    }
  });

  it('asks for a date when a meeting is agreed without one', () => {
    const contact = makeContact({ stage: 'meeting-scheduled' });
    expect(getNextAction(contact, settings, 0, UTC)).toMatchObject({ kind: 'schedule', label: 'Set a date with Ana Lind', dueAt: null });
  });
});

describe('one alarm for everyone', () => {
  it('is the earliest future due instant across contacts, sorted groups agree', () => {
    const now = Date.UTC(2026, 5, 1, 12, 0);
    const a = markRequestSent(makeContact({ id: 'a', name: 'A', nameKey: 'a' }), now - 6 * DAY); // due in 1 day
    const b = markRequestSent(makeContact({ id: 'b', name: 'B', nameKey: 'b' }), now - 5 * DAY); // due in 2 days
    const c = markRequestSent(makeContact({ id: 'c', name: 'C', nameKey: 'c' }), now - 9 * DAY); // due 2 days ago
    const d = markRequestSent(makeContact({ id: 'd', name: 'D', nameKey: 'd' }), now - 8 * DAY); // due 1 day ago
    expect(getNextAlarmTime([b, a, c, d], settings, now, UTC)).toBe(now + DAY);
    expect(getDueItems([b, a, c, d].map(getDueState), settings, now, UTC).followUps.map((i) => i.contact.id)).toEqual(['c', 'd']);
    expect(getBadgeCount([b, a, c, d], settings, now, UTC)).toBe(2);
  });
});

describe('a due time worked out ahead (what the popup’s summary keeps)', () => {
  const sentAt = Date.UTC(2026, 2, 20, 9, 0); // a week before Stockholm's spring change
  const sent = markRequestSent(makeContact({ id: 'sent' }), sentAt);
  const thanked = markThanked(
    markMet(
      makeContact({
        id: 'thanked',
        stage: 'meeting-scheduled',
        meeting: { start: sentAt, timeZone: STOCKHOLM, minutes: 30, mode: 'coffee', place: '' },
      }),
      sentAt + HOUR,
    ),
    sentAt + 2 * HOUR,
  );

  it('gives what working it out at the moment gives, across a daylight-saving change', () => {
    const ahead = [sent, thanked].map((c) => withClock(getDueState(c), settings, STOCKHOLM));
    expect(ahead.map((s) => s.clock?.dueAt)).toEqual([Date.UTC(2026, 2, 27, 9, 0), Date.UTC(2026, 5, 20, 9, 0) + 2 * HOUR - HOUR]);
    for (const now of [sentAt + 7 * DAY - HOUR, sentAt + 8 * DAY, sentAt + 100 * DAY]) {
      const actions = (states: DueState[]) =>
        Object.values(getDueItems(states, settings, now, STOCKHOLM)).map((group: DueItem[]) => group.map((i) => [i.contact.id, i.action]));
      expect(actions(ahead)).toEqual(actions([sent, thanked].map(getDueState)));
      expect(actions(ahead).flat().length).toBe(now < sentAt + 7 * DAY ? 0 : now < sentAt + 90 * DAY ? 1 : 2);
    }
  });

  it('is worked out anew when the settings or the zone have changed since', () => {
    const ahead = withClock(getDueState(sent), settings, STOCKHOLM);
    const longer = { ...settings, followUpDays: 10 };
    expect(getDueItems([ahead], longer, sentAt + 8 * DAY, STOCKHOLM).followUps).toEqual([]);
    expect(getDueItems([ahead], longer, sentAt + 10 * DAY, STOCKHOLM).followUps.map((i) => i.action.dueAt)).toEqual([
      sentAt + 10 * DAY - HOUR,
    ]);
    // The same wall-clock time in UTC, where no clock changes: a week of 24-hour days.
    expect(getDueItems([ahead], settings, sentAt + 7 * DAY, UTC).followUps.map((i) => i.action.dueAt)).toEqual([sentAt + 7 * DAY]);
  });
});
