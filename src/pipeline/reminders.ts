// The decisions behind reminders, apart from the browser calls that carry them out
// (src/background/reminders.ts): which due actions to remind the user of, once each;
// whether the one alarm needs changing; which reminder settings make sense.
import type { Contact, Settings } from '../model';
import { applyNoReply, getNextAction, isDue, type NextAction, type NextActionKind, type ReminderSettings } from './due';
import { getWallTime } from './zoned-time';

/** Actions worth a notification when they fall due. A move to no-reply happens by itself. */
const REMINDED_KINDS: ReadonlySet<NextActionKind> = new Set(['thank', 'follow-up', 'touch-base', 'meeting']);

/**
 * Names one due action of one contact: the same action due at the same time keeps its key,
 * so it is reminded once; a rescheduled meeting or the next follow-up gets a new one.
 */
function getReminderKey(action: NextAction): string {
  return `${action.kind}@${action.dueAt}`;
}

export interface ContactReview {
  /** The contact after the review; the very same object when nothing changed. */
  contact: Contact;
  /** A newly due action to remind the user of, or null. */
  remind: NextAction | null;
}

/**
 * What is due for a contact now: the automatic move to no-reply once the follow-ups are
 * used up, and a reminder for a to-do that fell due since the last one (Contact.reminded).
 */
export function reviewContact(contact: Contact, settings: ReminderSettings, now: number, timeZone: string): ContactReview {
  const moved = applyNoReply(contact, settings, now, timeZone);
  const action = getNextAction(moved, settings, now, timeZone);
  if (!isDue(action, now) || !REMINDED_KINDS.has(action.kind)) return { contact: moved, remind: null };
  const key = getReminderKey(action);
  if (moved.reminded === key) return { contact: moved, remind: null };
  return { contact: { ...moved, reminded: key }, remind: action };
}

/** Forget the last reminder (after a snooze), so the action is reminded again when the snooze ends. */
export function clearReminded(contact: Contact): Contact {
  if (contact.reminded === undefined) return contact;
  const { reminded: _reminded, ...rest } = contact;
  return rest;
}

function formatClock(instant: number, timeZone: string): string {
  const { hour, minute } = getWallTime(instant, timeZone);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The line a notification shows for a due action. */
export function getReminderMessage(contact: Contact, action: NextAction, timeZone: string): string {
  if (action.kind === 'meeting' && contact.meeting) {
    const place = contact.meeting.place.trim();
    return `${action.label} at ${formatClock(contact.meeting.start, timeZone)}${place ? ` — ${place}` : ''}`;
  }
  if (action.kind === 'thank') return `${action.label}: best sent within a day of meeting.`;
  return action.label;
}

/**
 * Chrome may move an alarm up to 30 seconds later than asked (its minimum delay for
 * packed extensions); an alarm within that of the wanted time is the same alarm.
 */
export const ALARM_SLACK = 30_000;

export type AlarmChange = { kind: 'keep' } | { kind: 'clear' } | { kind: 'create'; when: number };

/**
 * Whether the one reminder alarm must change. `scheduled` is when the existing alarm will
 * fire (null: none), `wanted` is getNextAlarmTime's answer. Recreating an alarm that is
 * already right is avoided: done on every service-worker start, it is the MV3 pitfall of
 * pushing the alarm forever into the future.
 */
export function getAlarmChange(scheduled: number | null, wanted: number | null): AlarmChange {
  if (wanted === null) return scheduled === null ? { kind: 'keep' } : { kind: 'clear' };
  if (scheduled !== null && scheduled >= wanted && scheduled - wanted <= ALARM_SLACK) return { kind: 'keep' };
  return { kind: 'create', when: wanted };
}

type ReminderSettingKey = keyof ReminderSettings;

/** Sensible ranges for the reminder settings, whole numbers each; the options page uses them too. */
export const REMINDER_SETTING_LIMITS: Readonly<Record<ReminderSettingKey, { min: number; max: number; label: string }>> = {
  followUpDays: { min: 1, max: 60, label: 'Days before a follow-up' },
  maxNudges: { min: 0, max: 5, label: 'Follow-ups before “no reply”' },
  touchBaseMonths: { min: 1, max: 24, label: 'Months between touch-bases' },
  meetingReminderMinutes: { min: 0, max: 24 * 60, label: 'Minutes of warning before a meeting' },
};

/** Why these settings can't be saved, or null when they can. */
export function getReminderSettingsProblem(settings: Pick<Settings, ReminderSettingKey>): string | null {
  for (const [key, { min, max, label }] of Object.entries(REMINDER_SETTING_LIMITS) as [
    ReminderSettingKey,
    (typeof REMINDER_SETTING_LIMITS)[ReminderSettingKey],
  ][]) {
    const value = settings[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      return `${label} must be a whole number from ${min} to ${max}.`;
    }
  }
  return null;
}
