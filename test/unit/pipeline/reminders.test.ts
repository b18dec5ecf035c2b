import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/model';
import { getNextAlarmTime } from '../../../src/pipeline/due';
import {
  ALARM_SLACK,
  clearReminded,
  getAlarmChange,
  getReminderMessage,
  getReminderSettingsProblem,
  reviewContact,
} from '../../../src/pipeline/reminders';
import { markMet, markRequestSent, recordNudge, scheduleMeeting, snooze } from '../../../src/pipeline/stages';
import { makeContact } from './fixtures';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const settings = DEFAULT_SETTINGS;
const STOCKHOLM = 'Europe/Stockholm';

describe('the one reminder alarm', () => {
  const wanted = Date.UTC(2026, 2, 29, 12, 0);

  it('is left alone when it is already set to the wanted time', () => {
    expect(getAlarmChange(wanted, wanted)).toEqual({ kind: 'keep' });
  });

  it('is left alone when Chrome pushed it up to its 30-second minimum later', () => {
    expect(getAlarmChange(wanted + ALARM_SLACK, wanted)).toEqual({ kind: 'keep' });
    expect(getAlarmChange(wanted + ALARM_SLACK + 1, wanted)).toEqual({ kind: 'create', when: wanted });
  });

  it('is created when there is none, or moved when it would fire at another time', () => {
    expect(getAlarmChange(null, wanted)).toEqual({ kind: 'create', when: wanted });
    expect(getAlarmChange(wanted - MINUTE, wanted)).toEqual({ kind: 'create', when: wanted });
    expect(getAlarmChange(wanted + DAY, wanted)).toEqual({ kind: 'create', when: wanted });
  });

  it('is cleared when nothing will fall due, and not created for nothing', () => {
    expect(getAlarmChange(wanted, null)).toEqual({ kind: 'clear' });
    expect(getAlarmChange(null, null)).toEqual({ kind: 'keep' });
  });

  it('keeps its time across service-worker starts while the data is unchanged', () => {
    // A worker waking again later computes the same wanted time, so the alarm stays put
    // instead of being pushed back each time (the MV3 pitfall).
    const sentAt = Date.UTC(2026, 1, 2, 10, 0);
    const contacts = [markRequestSent(makeContact(), sentAt)];
    const first = getNextAlarmTime(contacts, settings, sentAt + HOUR, 'UTC');
    const later = getNextAlarmTime(contacts, settings, sentAt + 3 * DAY, 'UTC');
    expect(first).toBe(sentAt + 7 * DAY);
    expect(getAlarmChange(first, later)).toEqual({ kind: 'keep' });
  });
});

describe('reviewing a contact when the alarm fires', () => {
  const sentAt = Date.UTC(2026, 1, 2, 10, 0);
  const sent = markRequestSent(makeContact(), sentAt);

  it('changes nothing before anything is due', () => {
    const review = reviewContact(sent, settings, sentAt + DAY, STOCKHOLM);
    expect(review).toEqual({ contact: sent, remind: null });
    expect(review.contact).toBe(sent);
  });

  it('reminds of a due follow-up once, remembering it on the contact', () => {
    const first = reviewContact(sent, settings, sentAt + 7 * DAY, STOCKHOLM);
    expect(first.remind?.kind).toBe('follow-up');
    expect(first.contact.reminded).toBe(`follow-up@${sentAt + 7 * DAY}`);
    // A restarted worker reads the stored contact: no second reminder.
    const again = reviewContact(first.contact, settings, sentAt + 8 * DAY, STOCKHOLM);
    expect(again.remind).toBeNull();
    expect(again.contact).toBe(first.contact);
  });

  it('reminds again of the next follow-up', () => {
    const first = reviewContact(sent, settings, sentAt + 7 * DAY, STOCKHOLM).contact;
    const nudged = recordNudge(first, sentAt + 7 * DAY + HOUR, settings);
    expect(reviewContact(nudged, settings, sentAt + 14 * DAY, STOCKHOLM).remind).toBeNull();
    expect(reviewContact(nudged, settings, sentAt + 14 * DAY + HOUR, STOCKHOLM).remind?.label).toBe('Follow up with Ana Lind (2 of 2)');
  });

  it('moves to no-reply after the last follow-up, without a reminder', () => {
    let contact = sent;
    contact = recordNudge(contact, sentAt + 7 * DAY, settings);
    contact = recordNudge(contact, sentAt + 14 * DAY, settings);
    const review = reviewContact(contact, settings, sentAt + 22 * DAY, STOCKHOLM);
    expect(review.contact.stage).toBe('no-reply');
    expect(review.remind).toBeNull();
  });

  it('says nothing while snoozed, and reminds again when the snooze ends', () => {
    const reminded = reviewContact(sent, settings, sentAt + 7 * DAY, STOCKHOLM).contact;
    const snoozed = clearReminded(snooze(reminded, sentAt + 8 * DAY, sentAt + 7 * DAY));
    expect(snoozed.reminded).toBeUndefined();
    expect(reviewContact(snoozed, settings, sentAt + 8 * DAY - 1, STOCKHOLM).remind).toBeNull();
    expect(reviewContact(snoozed, settings, sentAt + 8 * DAY, STOCKHOLM).remind?.kind).toBe('follow-up');
  });

  it('words a meeting reminder with its local start time and place', () => {
    const start = Date.UTC(2026, 2, 30, 12, 0); // 14:00 in Stockholm (summer time)
    const contact = scheduleMeeting(sent, { start, timeZone: STOCKHOLM, minutes: 30, mode: 'coffee', place: 'Café Pascal' }, sentAt);
    const review = reviewContact(contact, settings, start - 60 * MINUTE, STOCKHOLM);
    expect(review.remind?.kind).toBe('meeting');
    expect(getReminderMessage(review.contact, review.remind!, STOCKHOLM)).toBe('Meeting with Ana Lind at 14:00 — Café Pascal');
    // Held: the thank-you is a new reminder.
    const met = markMet(review.contact, start + 40 * MINUTE);
    expect(reviewContact(met, settings, start + 40 * MINUTE, STOCKHOLM).remind?.kind).toBe('thank');
  });
});

describe('reminder settings', () => {
  it('accepts the defaults and the ends of each range', () => {
    expect(getReminderSettingsProblem(DEFAULT_SETTINGS)).toBeNull();
    expect(getReminderSettingsProblem({ ...DEFAULT_SETTINGS, maxNudges: 0, meetingReminderMinutes: 0 })).toBeNull();
    expect(getReminderSettingsProblem({ ...DEFAULT_SETTINGS, followUpDays: 60, touchBaseMonths: 24 })).toBeNull();
  });

  it('refuses values out of range or not whole, naming the setting', () => {
    expect(getReminderSettingsProblem({ ...DEFAULT_SETTINGS, followUpDays: 0 })).toBe(
      'Days before a follow-up must be a whole number from 1 to 60.',
    );
    expect(getReminderSettingsProblem({ ...DEFAULT_SETTINGS, touchBaseMonths: 1.5 })).toMatch(/^Months between touch-bases/);
    expect(getReminderSettingsProblem({ ...DEFAULT_SETTINGS, meetingReminderMinutes: -5 })).toMatch(/^Minutes of warning/);
    expect(getReminderSettingsProblem({ ...DEFAULT_SETTINGS, maxNudges: Number.NaN })).toMatch(/^Follow-ups before/);
  });
});
