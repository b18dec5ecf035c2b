// What a meeting can be, for the forms that set one up. Kept apart from calendar.ts so the
// popup can show these without bundling the `ics` library, the largest dependency, that writes
// the file.
import type { Meeting, MeetingMode } from '../model';

export const MEETING_MODES: readonly MeetingMode[] = ['coffee', 'phone', 'video', 'office'];

export const MEETING_MODE_LABELS: Readonly<Record<MeetingMode, string>> = {
  coffee: 'Coffee',
  phone: 'Phone call',
  video: 'Video call',
  office: 'At their office',
};

/** The request promises to keep it brief: under an hour. */
export const DEFAULT_MEETING_MINUTES = 30;
export const MEETING_LENGTHS: readonly number[] = [15, 20, 30, 45, 60, 90];
const MAX_MEETING_MINUTES = 8 * 60;
const MAX_PLACE_LENGTH = 500;

function isMeetingMode(value: unknown): value is MeetingMode {
  return typeof value === 'string' && (MEETING_MODES as readonly string[]).includes(value);
}

function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * A meeting as the user set it, checked: it comes from a message, so nothing about its
 * shape is assumed. Throws a RangeError saying what to fix.
 */
export function toValidMeeting(value: unknown): Omit<Meeting, 'heldAt'> {
  const m = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof m.start !== 'number' || !Number.isFinite(m.start)) throw new RangeError('Choose a date and a start time.');
  if (!isTimeZone(m.timeZone)) throw new RangeError('The time zone of the meeting is not known.');
  const minutes = m.minutes;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MEETING_MINUTES) {
    throw new RangeError(`The length must be a whole number of minutes from 1 to ${MAX_MEETING_MINUTES}.`);
  }
  if (!isMeetingMode(m.mode)) throw new RangeError('Choose how you will meet.');
  const place = typeof m.place === 'string' ? m.place.trim().slice(0, MAX_PLACE_LENGTH) : '';
  return { start: m.start, timeZone: m.timeZone, minutes, mode: m.mode, place };
}
