// The meeting as an iCalendar file (RFC 5545) the user can open in any calendar.
//
// Times are written in UTC ("20260329T130000Z"): Google Calendar, Outlook and Apple
// Calendar all read a UTC instant the same way and show it in the user's own zone, while
// a TZID needs a matching VTIMEZONE block that `ics` does not write and Outlook rejects
// without. The end is DTEND rather than DURATION, which every importer understands. No
// ORGANIZER or ATTENDEE: with them some calendars treat the file as an invitation and
// offer to e-mail the other person, and Rapport never contacts anyone.
import { createEvent, type EventAttributes } from 'ics';
import type { Contact, Meeting, Settings } from '../model';
import { DEFAULT_SETTINGS } from '../model';
import { MEETING_MODE_LABELS } from './meeting';
import { getWallTime } from './zoned-time';

const PRODUCT_ID = '-//Rapport//Rapport informational interviews//EN';

/** FNV-1a, 32 bits, as hex: a short stable token for a contact id (which may be a URL). */
function hashId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function toUtcStamp(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Same contact and start → same UID, so importing the file twice updates one event. */
function getMeetingUid(contact: Contact, meeting: Meeting): string {
  return `${toUtcStamp(meeting.start)}-${hashId(contact.id)}@rapport`;
}

function getMeetingTitle(contact: Contact): string {
  return `Informational interview with ${contact.name.trim() || 'a contact'}`;
}

function getDescription(contact: Contact, meeting: Meeting): string {
  const lines: string[] = [];
  const roleAt = [contact.role, contact.organization]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' at ');
  lines.push(roleAt ? `${contact.name} — ${roleAt}` : contact.name);
  lines.push(`How: ${MEETING_MODE_LABELS[meeting.mode]}${meeting.place.trim() ? ` — ${meeting.place.trim()}` : ''}`);
  if (contact.profileUrl) lines.push(`LinkedIn: ${contact.profileUrl}`);
  const questions = contact.questions.map((q) => q.trim()).filter(Boolean);
  if (questions.length > 0) {
    lines.push('', 'Questions:', ...questions.map((q) => `- ${q}`));
  }
  return lines.join('\n');
}

/** TEXT escaping for the alarm's DESCRIPTION, which `ics` passes through unescaped. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');
}

class CalendarError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CalendarError';
  }
}

/**
 * The .ics text for one meeting, with a display reminder settings.meetingReminderMinutes
 * before it. `now` is the DTSTAMP (when the file was made); it defaults to the clock.
 */
export function toIcs(
  contact: Contact,
  meeting: Meeting,
  settings: Pick<Settings, 'meetingReminderMinutes'> = DEFAULT_SETTINGS,
  now: number = Date.now(),
): string {
  if (!Number.isFinite(meeting.start) || !(meeting.minutes > 0)) {
    throw new CalendarError('A meeting needs a start and a positive length.');
  }
  const title = getMeetingTitle(contact);
  const reminder = Math.max(0, Math.round(settings.meetingReminderMinutes));
  const attributes: EventAttributes & { timestamp: number } = {
    productId: PRODUCT_ID,
    uid: getMeetingUid(contact, meeting),
    timestamp: now,
    start: meeting.start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: meeting.start + meeting.minutes * 60_000,
    endInputType: 'utc',
    endOutputType: 'utc',
    title,
    description: getDescription(contact, meeting),
    ...(meeting.place.trim() ? { location: meeting.place.trim() } : {}),
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    alarms: [
      {
        action: 'display',
        description: escapeText(title),
        // `ics` writes a zero duration as the invalid "PT", so "at the start" is an absolute time.
        trigger: reminder > 0 ? { minutes: reminder, before: true } : meeting.start,
      },
    ],
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new CalendarError('Could not write the calendar file.', { cause: error });
  return refold(value);
}

const encoder = new TextEncoder();

/**
 * `ics` folds lines at 75 characters; RFC 5545 §3.1 says 75 octets, and an accented name
 * or a dash takes two or three. Unfold, then fold again by octets, never inside a character.
 */
function refold(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        // The first line may have 75 octets; continuation lines 74 after their leading space.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(part);
          part = '';
          octets = 0;
        }
        part += char;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** "interview-ana-lind-2026-03-29.ics", dated in the zone the meeting was scheduled in. */
export function toIcsFilename(contact: Contact, meeting: Meeting): string {
  const { year, month, day } = getWallTime(meeting.start, meeting.timeZone);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const name = slugify(contact.name);
  return `interview-${name ? `${name}-` : ''}${date}.ics`;
}
