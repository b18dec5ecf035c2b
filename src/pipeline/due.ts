// What to do next for each contact, and when. The popup's "what to do now", the badge and
// the one scheduled alarm all come from here, so they always agree.
//
// Rules, by stage:
// - saved: send a request (no date: the user's move).
// - request-sent: a follow-up falls due settings.followUpDays calendar days after the
//   request (or the last follow-up). After settings.maxNudges follow-ups, the same wait
//   ends in an automatic move to no-reply (kind 'no-reply'; see applyNoReply).
// - meeting-scheduled: set a date while there is none; prepare until the reminder
//   (settings.meetingReminderMinutes before the start); the meeting is due from the
//   reminder until it ends; from its end a thank-you is due.
// - met: thank-you due from the meeting's end, overdue 24 hours later.
// - thanked / in-touch: a touch-base falls due settings.touchBaseMonths calendar months
//   after the thank-you (or the last touch-base), same wall-clock time in the user's zone.
// - no-reply, declined, archived: nothing.
// A snooze moves any due date that falls before it to the end of the snooze.
import type { Contact, Meeting, Settings, Stage } from '../model';
import { getNameKey } from './contact';
import { getNoReplyDetail, isStageChange, moveStage } from './stages';
import { addDays, addMonths, getDateKey, getDefaultTimeZone, getStartOfDay } from './zoned-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A thank-you note is due within this long of the meeting's end. */
const THANK_YOU_WINDOW = 24 * HOUR;

export type NextActionKind = 'send-request' | 'follow-up' | 'no-reply' | 'schedule' | 'prepare' | 'meeting' | 'thank' | 'touch-base';

export interface NextAction {
  kind: NextActionKind;
  label: string;
  /**
   * When the action falls due: from then on it is in "what to do now", counts on the
   * badge, and an alarm fires. null: no date, whenever the user is ready.
   */
  dueAt: number | null;
  /** By when it should be done; past it the action is overdue. null: no deadline. */
  deadline: number | null;
  overdue: boolean;
}

export type ReminderSettings = Pick<Settings, 'followUpDays' | 'maxNudges' | 'touchBaseMonths' | 'meetingReminderMinutes'>;

/** Stages in which a contact can have something to do; the others (saved: the user's move, no
 * date; no-reply, declined, archived) never appear in "what to do now", never count on the
 * badge and never set the alarm (test/unit/pipeline/due.test.ts). */
export const STAGES_WITH_DUE_ACTIONS: readonly Stage[] = ['request-sent', 'meeting-scheduled', 'met', 'thanked', 'in-touch'];
const CAN_FALL_DUE: ReadonlySet<Stage> = new Set(STAGES_WITH_DUE_ACTIONS);

/**
 * All that a contact's next action depends on, apart from the settings, the time and the
 * zone: what the popup keeps of each person to work out "what to do now" when it opens
 * (src/db/summary.ts). A new day needs no rewrite of it, and what is kept stays right after a
 * change of settings or zone (only slower to work out until it is rewritten).
 */
export interface DueState {
  id: string;
  stage: Stage;
  name: string;
  nudges: number;
  snoozedUntil: number | null;
  meeting: Pick<Meeting, 'start' | 'minutes' | 'heldAt'> | null;
  /** When the stage's clock started: the request or the last follow-up (request-sent), the
   * meeting's end (met), the last thank-you or touch-base (thanked, in-touch); else null. */
  since: number | null;
  /** When that clock falls due, worked out ahead (withClock) for the settings and zone `key`
   * names: calendar arithmetic in a zone is slow for thousands of people at once. Used only
   * while the key matches; else worked out anew. null: not worked out. */
  clock: { key: string; dueAt: number } | null;
}

/** What the stage clock's due time depends on besides the state itself. */
function getClockKey(settings: ReminderSettings, timeZone: string): string {
  return `${settings.followUpDays} days, ${settings.touchBaseMonths} months, ${timeZone}`;
}

function workOutClock(state: DueState, settings: ReminderSettings, timeZone: string): number | null {
  if (state.since === null) return null;
  switch (state.stage) {
    case 'request-sent':
      return addDays(state.since, settings.followUpDays, timeZone);
    case 'met':
      return state.since;
    case 'thanked':
    case 'in-touch':
      return addMonths(state.since, settings.touchBaseMonths, timeZone);
    default:
      return null;
  }
}

/** The state with its clock's due time worked out for these settings and zone, to keep. */
export function withClock<T extends DueState>(state: T, settings: ReminderSettings, timeZone: string): T {
  const dueAt = workOutClock(state, settings, timeZone);
  return { ...state, clock: dueAt === null ? null : { key: getClockKey(settings, timeZone), dueAt } };
}

/** When the stage's clock falls due: kept ahead if for the same settings and zone, else worked out. */
function getClockDue(state: DueState, settings: ReminderSettings, timeZone: string): number {
  if (state.clock && state.clock.key === getClockKey(settings, timeZone)) return state.clock.dueAt;
  return workOutClock(state, settings, timeZone) ?? state.since ?? 0;
}

export function getDueState(contact: Contact): DueState {
  const { id, stage, name, nudges, snoozedUntil } = contact;
  const held = contact.meeting?.heldAt;
  const meeting = contact.meeting && {
    start: contact.meeting.start,
    minutes: contact.meeting.minutes,
    ...(held !== undefined && { heldAt: held }),
  };
  let since: number | null = null;
  if (stage === 'request-sent') since = getRequestSentAt(contact);
  else if (stage === 'met') since = getMeetingEndedAt(contact);
  else if (stage === 'thanked' || stage === 'in-touch') since = getLastTouchAt(contact);
  return { id, stage, name, nudges, snoozedUntil, meeting, since, clock: null };
}

export function getMeetingEnd(meeting: Pick<Meeting, 'start' | 'minutes'>): number {
  return meeting.start + meeting.minutes * MINUTE;
}

function getLastTime(contact: Contact, matches: (kind: string, to: string | undefined) => boolean): number | null {
  for (let i = contact.history.length - 1; i >= 0; i--) {
    const entry = contact.history[i];
    if (matches(entry.kind, isStageChange(entry) ? entry.to : undefined)) return entry.at;
  }
  return null;
}

/** When the request (or the last follow-up) went out: the follow-up clock starts there. */
function getRequestSentAt(contact: Contact): number {
  return getLastTime(contact, (kind, to) => kind === 'request-sent' || kind === 'nudge' || to === 'request-sent') ?? contact.updatedAt;
}

/** When the meeting ended (or was marked held, if earlier): the thank-you clock starts there. */
function getMeetingEndedAt(contact: Contact): number {
  const meeting = contact.meeting;
  if (meeting) {
    const end = getMeetingEnd(meeting);
    return meeting.heldAt !== undefined ? Math.min(end, meeting.heldAt) : end;
  }
  return getLastTime(contact, (kind, to) => kind === 'met' || to === 'met') ?? contact.updatedAt;
}

/** When the user last thanked or touched base: the touch-base clock starts there. */
function getLastTouchAt(contact: Contact): number {
  return (
    getLastTime(contact, (kind, to) => kind === 'thanked' || kind === 'touch-base' || to === 'thanked' || to === 'in-touch') ??
    contact.updatedAt
  );
}

function getActiveMeeting(contact: DueState): DueState['meeting'] {
  const meeting = contact.meeting;
  return contact.stage === 'meeting-scheduled' && meeting && meeting.heldAt === undefined ? meeting : null;
}

function getWho(contact: DueState): string {
  return contact.name.trim() || 'this person';
}

type RawAction = Omit<NextAction, 'overdue'>;

function getThankAction(contact: DueState, endedAt: number): RawAction {
  return {
    kind: 'thank',
    label: `Send ${getWho(contact)} a thank-you note`,
    dueAt: endedAt,
    deadline: endedAt + THANK_YOU_WINDOW,
  };
}

function getRawAction(contact: DueState, settings: ReminderSettings, now: number, timeZone: string): RawAction | null {
  const who = getWho(contact);
  switch (contact.stage) {
    case 'saved':
      return { kind: 'send-request', label: `Send ${who} a request`, dueAt: null, deadline: null };
    case 'request-sent': {
      const dueAt = getClockDue(contact, settings, timeZone);
      if (contact.nudges >= settings.maxNudges) {
        return { kind: 'no-reply', label: `${getNoReplyDetail(contact.nudges)} from ${who}`, dueAt, deadline: null };
      }
      return {
        kind: 'follow-up',
        label: `Follow up with ${who} (${contact.nudges + 1} of ${settings.maxNudges})`,
        dueAt,
        deadline: null,
      };
    }
    case 'meeting-scheduled': {
      const meeting = getActiveMeeting(contact);
      if (!meeting) return { kind: 'schedule', label: `Set a date with ${who}`, dueAt: null, deadline: null };
      const remindAt = meeting.start - settings.meetingReminderMinutes * MINUTE;
      const end = getMeetingEnd(meeting);
      if (now < remindAt) {
        return { kind: 'prepare', label: `Prepare for the meeting with ${who}`, dueAt: null, deadline: meeting.start };
      }
      if (now < end) return { kind: 'meeting', label: `Meeting with ${who}`, dueAt: remindAt, deadline: null };
      // Over, but not marked as held: the thank-you is due all the same.
      return getThankAction(contact, end);
    }
    case 'met':
      return getThankAction(contact, getClockDue(contact, settings, timeZone));
    case 'thanked':
    case 'in-touch':
      return {
        kind: 'touch-base',
        label: `Touch base with ${who}`,
        dueAt: getClockDue(contact, settings, timeZone),
        deadline: null,
      };
    default:
      return null;
  }
}

function isSnoozed(contact: DueState, now: number): contact is DueState & { snoozedUntil: number } {
  return contact.snoozedUntil !== null && contact.snoozedUntil > now;
}

/**
 * The contact's next action, or null when there is none (no-reply, declined, archived).
 * `timeZone` is the user's IANA zone for calendar arithmetic; it defaults to the runtime's.
 */
export function getNextAction(
  contact: Contact,
  settings: ReminderSettings,
  now: number,
  timeZone: string = getDefaultTimeZone(),
): NextAction | null {
  return getDueAction(getDueState(contact), settings, now, timeZone);
}

/** getNextAction, from what the contact's next action depends on. */
function getDueAction(contact: DueState, settings: ReminderSettings, now: number, timeZone: string): NextAction | null {
  const raw = getRawAction(contact, settings, now, timeZone);
  if (!raw) return null;
  if (isSnoozed(contact, now)) {
    const dueAt = raw.dueAt !== null && raw.dueAt < contact.snoozedUntil ? contact.snoozedUntil : raw.dueAt;
    return { ...raw, dueAt, overdue: false };
  }
  return { ...raw, overdue: raw.deadline !== null && now > raw.deadline };
}

/** Whether the action is due at `now` (a snoozed one is not). */
export function isDue(action: NextAction | null, now: number): action is NextAction & { dueAt: number } {
  return action !== null && action.dueAt !== null && action.dueAt <= now;
}

/**
 * Once the last follow-up has gone unanswered for settings.followUpDays, the contact moves
 * to no-reply. Returns the contact itself when nothing is due, so callers can skip the write.
 */
export function applyNoReply(contact: Contact, settings: ReminderSettings, now: number, timeZone: string = getDefaultTimeZone()): Contact {
  const action = getNextAction(contact, settings, now, timeZone);
  if (action?.kind !== 'no-reply' || !isDue(action, now)) return contact;
  return moveStage(contact, 'no-reply', now, getNoReplyDetail(contact.nudges));
}

export interface DueItem<T extends DueState = DueState> {
  contact: T;
  action: NextAction;
}

/** The popup's "what to do now". */
export interface DueGroups<T extends DueState = DueState> {
  thanks: DueItem<T>[];
  followUps: DueItem<T>[];
  /** Meetings not yet over whose start is today (or that are under way) in the user's zone. */
  meetingsToday: DueItem<T>[];
  meetingsTomorrow: DueItem<T>[];
  touchBases: DueItem<T>[];
}

/** Counted on the badge and grouped in the popup when due; 'no-reply' is automatic, not a to-do. */
const TO_DO_KINDS: ReadonlySet<NextActionKind> = new Set(['thank', 'follow-up', 'touch-base', 'meeting']);

/** Two due at the same moment: by name (worked out only then, which is seldom). */
function byName(a: DueItem, b: DueItem): number {
  return getNameKey(a.contact.name).localeCompare(getNameKey(b.contact.name));
}

function byDueAt(a: DueItem, b: DueItem): number {
  return (a.action.dueAt ?? 0) - (b.action.dueAt ?? 0) || byName(a, b);
}

function byMeetingStart(a: DueItem, b: DueItem): number {
  return a.contact.meeting!.start - b.contact.meeting!.start || byName(a, b);
}

/** "What to do now" of everyone in `contacts` (each as getDueState gives it, or more). */
export function getDueItems<T extends DueState>(
  contacts: readonly T[],
  settings: ReminderSettings,
  now: number,
  timeZone: string,
): DueGroups<T> {
  const groups: DueGroups<T> = { thanks: [], followUps: [], meetingsToday: [], meetingsTomorrow: [], touchBases: [] };
  const today = getDateKey(now, timeZone);
  const tomorrow = getDateKey(addDays(now, 1, timeZone), timeZone);
  for (const contact of contacts) {
    if (!CAN_FALL_DUE.has(contact.stage)) continue; // most people, in a long list
    const action = getDueAction(contact, settings, now, timeZone);
    if (!action) continue;
    const meeting = getActiveMeeting(contact);
    if (meeting && getMeetingEnd(meeting) > now) {
      // A meeting is listed by its date whether or not its reminder is due or snoozed; one
      // under way since before midnight counts as today's.
      const day = getDateKey(Math.max(meeting.start, now), timeZone);
      if (day === today) groups.meetingsToday.push({ contact, action });
      else if (day === tomorrow) groups.meetingsTomorrow.push({ contact, action });
      continue;
    }
    if (!isDue(action, now)) continue;
    if (action.kind === 'thank') groups.thanks.push({ contact, action });
    else if (action.kind === 'follow-up') groups.followUps.push({ contact, action });
    else if (action.kind === 'touch-base') groups.touchBases.push({ contact, action });
  }
  groups.thanks.sort(byDueAt);
  groups.followUps.sort(byDueAt);
  groups.touchBases.sort(byDueAt);
  groups.meetingsToday.sort(byMeetingStart);
  groups.meetingsTomorrow.sort(byMeetingStart);
  return groups;
}

/** What "what to do now" depends on besides the people and the time: the reminder settings and the zone. */
export function getDueKey(settings: ReminderSettings, timeZone: string): string {
  return `${getClockKey(settings, timeZone)}, ${settings.maxNudges} follow-ups, ${settings.meetingReminderMinutes} minutes`;
}

/**
 * The first instant after `now` at which getDueItems of these contacts could differ from what
 * it gives at `now` — in who is in which group, in their order, or in an item's action — or
 * null if it never will while they stay as they are: each due time, deadline and snooze's end,
 * each meeting's reminder, start and end, and the midnights at which a meeting becomes
 * tomorrow's and then today's. "What to do now" worked out at `now` holds until then
 * (src/db/summary.ts keeps it so for the popup's first frame).
 */
export function getDueItemsChange(contacts: readonly DueState[], settings: ReminderSettings, now: number, timeZone: string): number | null {
  let earliest = Number.POSITIVE_INFINITY;
  const consider = (at: number | null) => {
    if (at !== null && at > now && at < earliest) earliest = at;
  };
  for (const contact of contacts) {
    if (!CAN_FALL_DUE.has(contact.stage)) continue;
    consider(contact.snoozedUntil);
    const meeting = getActiveMeeting(contact);
    if (meeting) {
      consider(meeting.start - settings.meetingReminderMinutes * MINUTE);
      consider(meeting.start);
      consider(getMeetingEnd(meeting));
      const day = getStartOfDay(Math.max(meeting.start, now), timeZone);
      consider(addDays(day, -1, timeZone));
      consider(day);
    }
    const action = getDueAction(contact, settings, now, timeZone);
    if (action) {
      consider(action.dueAt);
      consider(action.deadline);
    }
  }
  return earliest === Number.POSITIVE_INFINITY ? null : earliest;
}

/**
 * How many things are due now: thank-you notes, follow-ups and touch-bases that are due,
 * and meetings whose reminder has fired and that are not over.
 */
export function getBadgeCount(
  contacts: readonly Contact[],
  settings: ReminderSettings,
  now: number,
  timeZone: string = getDefaultTimeZone(),
): number {
  let count = 0;
  for (const contact of contacts) {
    const action = getNextAction(contact, settings, now, timeZone);
    if (isDue(action, now) && TO_DO_KINDS.has(action.kind)) count++;
  }
  return count;
}

/** Instants at which the contact's due state will change, ignoring snooze. */
function getChangeTimes(contact: DueState, settings: ReminderSettings, now: number, timeZone: string): number[] {
  const meeting = getActiveMeeting(contact);
  if (meeting) return [meeting.start - settings.meetingReminderMinutes * MINUTE, getMeetingEnd(meeting)];
  const action = getRawAction(contact, settings, now, timeZone);
  return action?.dueAt != null ? [action.dueAt] : [];
}

/**
 * The earliest future instant at which something falls due (a reminder, a follow-up, a
 * thank-you, a touch-base, an automatic move to no-reply, the end of a snooze that hides
 * one), or null. The background keeps one alarm set to it and recomputes when it fires
 * or data changes.
 */
export function getNextAlarmTime(
  contacts: readonly Contact[],
  settings: ReminderSettings,
  now: number,
  timeZone: string = getDefaultTimeZone(),
): number | null {
  let earliest: number | null = null;
  for (const contact of contacts) {
    const state = getDueState(contact);
    const snoozedUntil = isSnoozed(state, now) ? state.snoozedUntil : null;
    for (const time of getChangeTimes(state, settings, now, timeZone)) {
      const at = snoozedUntil !== null && time < snoozedUntil ? snoozedUntil : time;
      if (at > now && (earliest === null || at < earliest)) earliest = at;
    }
  }
  return earliest;
}
