// Pipeline stages and the moves between them. Every function returns a new Contact and
// appends a timestamped HistoryEntry; none mutates its input.
//
// Move rules (see getAllowedMoves):
// - Forward along the main line, any number of steps: saved → request-sent →
//   meeting-scheduled → met → thanked → in-touch. People skip steps in real life (a
//   referral phones you; you add someone you met at an event).
// - Back one step on the main line, to fix a mistake (met → meeting-scheduled clears the
//   meeting's heldAt, since it did not happen after all).
// - thanked / in-touch → meeting-scheduled: another meeting with someone you know.
// - request-sent → no-reply (by hand, or automatically after the last follow-up).
// - no-reply → request-sent (a new attempt; nudges start over) or → meeting-scheduled
//   (they answered late).
// - any stage → declined or archived.
// - declined / archived → the stage the contact was in before (undo, restore), and
//   declined ↔ archived.
// A move to the current stage is refused. Any move clears a snooze: it was for the
// action of the stage being left.
import type { Contact, HistoryEntry, Meeting, Settings, Stage } from '../model';

/** The main line, in order. */
const MAIN_STAGES: readonly Stage[] = ['saved', 'request-sent', 'meeting-scheduled', 'met', 'thanked', 'in-touch'];

/** Side exits. */
const SIDE_STAGES: readonly Stage[] = ['no-reply', 'declined', 'archived'];

export const STAGES: readonly Stage[] = [...MAIN_STAGES, ...SIDE_STAGES];

const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  saved: 'Saved',
  'request-sent': 'Request sent',
  'meeting-scheduled': 'Meeting scheduled',
  met: 'Met',
  thanked: 'Thanked',
  'in-touch': 'In touch',
  'no-reply': 'No reply',
  declined: 'Declined',
  archived: 'Archived',
};

/** Whether a value read from outside (a backup, a message) is a stage Rapport knows:
 * STAGE_LABELS names every one, as the compiler checks. */
export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && Object.hasOwn(STAGE_LABELS, value);
}

export function getStageLabel(stage: Stage): string {
  return STAGE_LABELS[stage] ?? stage;
}

/** Thrown on a move the rules above do not allow. */
export class StageMoveError extends Error {
  readonly from: Stage;
  readonly to: Stage;
  constructor(from: Stage, to: Stage) {
    super(from === to ? `Already at “${getStageLabel(to)}”.` : `Can't move from “${getStageLabel(from)}” to “${getStageLabel(to)}”.`);
    this.name = 'StageMoveError';
    this.from = from;
    this.to = to;
  }
}

/** Thrown when an action needs the contact to be in another stage (a follow-up needs a request). */
export class WrongStageError extends Error {
  readonly stage: Stage;
  readonly expected: readonly Stage[];
  constructor(stage: Stage, expected: readonly Stage[], action: string) {
    super(`Can't ${action} at “${getStageLabel(stage)}”; needs ${expected.map((s) => `“${getStageLabel(s)}”`).join(' or ')}.`);
    this.name = 'WrongStageError';
    this.stage = stage;
    this.expected = expected;
  }
}

/** True when the history entry changed the stage (a plain move or an action like "request sent"). */
export function isStageChange(entry: HistoryEntry): entry is HistoryEntry & { to: Stage } {
  return entry.to !== undefined;
}

/** The stage a contact was in before it entered its current stage, from its history. */
function getPreviousStage(contact: Contact): Stage | null {
  for (let i = contact.history.length - 1; i >= 0; i--) {
    const entry = contact.history[i];
    if (isStageChange(entry) && entry.to === contact.stage) return entry.from ?? null;
  }
  return null;
}

export function getAllowedMoves(contact: Contact): Stage[] {
  const from = contact.stage;
  const allowed = new Set<Stage>();
  const index = MAIN_STAGES.indexOf(from);
  if (index >= 0) {
    for (const stage of MAIN_STAGES.slice(index + 1)) allowed.add(stage);
    if (index > 0) allowed.add(MAIN_STAGES[index - 1]);
    if (from === 'request-sent') allowed.add('no-reply');
    if (from === 'thanked' || from === 'in-touch') allowed.add('meeting-scheduled');
  } else if (from === 'no-reply') {
    allowed.add('request-sent');
    allowed.add('meeting-scheduled');
  } else {
    // declined or archived: back to where it was; records from before history existed go to saved.
    const previous = getPreviousStage(contact);
    allowed.add(previous && previous !== from ? previous : 'saved');
  }
  allowed.add('declined');
  allowed.add('archived');
  allowed.delete(from);
  return STAGES.filter((stage) => allowed.has(stage));
}

function canMove(contact: Contact, to: Stage): boolean {
  return getAllowedMoves(contact).includes(to);
}

/** Applies an allowed move with the given history entry (kind and detail); throws otherwise. */
function applyMove(contact: Contact, to: Stage, now: number, kind: string, detail?: string): Contact {
  const from = contact.stage;
  if (!canMove(contact, to)) throw new StageMoveError(from, to);
  const entry: HistoryEntry = { at: now, kind, from, to };
  if (detail) entry.detail = detail;
  const next: Contact = {
    ...contact,
    stage: to,
    history: [...contact.history, entry],
    snoozedUntil: null,
    updatedAt: now,
  };
  if (from === 'met' && to === 'meeting-scheduled' && contact.meeting) {
    // Marked as met by mistake: it has not happened yet.
    const { heldAt: _heldAt, ...meeting } = contact.meeting;
    next.meeting = meeting;
  }
  if (from === 'meeting-scheduled' && to === 'met' && contact.meeting?.heldAt !== undefined) {
    // The meeting on record was held in an earlier round (thanked → meeting-scheduled for
    // another one); this one was never given a date here, so its time is unknown.
    next.meeting = null;
  }
  if (from === 'no-reply' && to === 'request-sent') next.nudges = 0;
  return next;
}

function appendEntry(contact: Contact, entry: HistoryEntry): Contact {
  return { ...contact, history: [...contact.history, entry], updatedAt: entry.at };
}

/** Moves the contact to another stage; throws StageMoveError when the move is not allowed. */
export function moveStage(contact: Contact, to: Stage, now: number, detail?: string): Contact {
  return applyMove(contact, to, now, 'stage', detail);
}

/**
 * The user sent the request letter. From another stage this moves to request-sent and the
 * follow-up count starts at zero; sent again while waiting, it only restarts the clock.
 */
export function markRequestSent(contact: Contact, now: number, detail?: string): Contact {
  if (contact.stage === 'request-sent') {
    return appendEntry(contact, { at: now, kind: 'request-sent', ...(detail ? { detail } : {}) });
  }
  return { ...applyMove(contact, 'request-sent', now, 'request-sent', detail), nudges: 0 };
}

function isValidMeeting(meeting: Meeting): boolean {
  return (
    Number.isFinite(meeting.start) &&
    Number.isFinite(meeting.minutes) &&
    meeting.minutes > 0 &&
    typeof meeting.timeZone === 'string' &&
    meeting.timeZone !== ''
  );
}

/**
 * Sets (or reschedules) the meeting and moves to meeting-scheduled. The history entry's
 * detail is the start as an ISO instant, so a replaced meeting stays on record.
 */
export function scheduleMeeting(contact: Contact, meeting: Meeting, now: number): Contact {
  if (!isValidMeeting(meeting)) throw new RangeError('A meeting needs a start, a time zone and a positive length.');
  const { heldAt: _heldAt, ...fresh } = meeting;
  const detail = new Date(meeting.start).toISOString();
  const moved =
    contact.stage === 'meeting-scheduled'
      ? appendEntry({ ...contact, snoozedUntil: null }, { at: now, kind: 'meeting', detail })
      : applyMove(contact, 'meeting-scheduled', now, 'meeting', detail);
  return { ...moved, meeting: fresh };
}

/** The meeting took place: moves to met and records when (meeting.heldAt). */
export function markMet(contact: Contact, now: number): Contact {
  const moved = applyMove(contact, 'met', now, 'met');
  return moved.meeting ? { ...moved, meeting: { ...moved.meeting, heldAt: now } } : moved;
}

/** The thank-you note went out. A meeting not yet marked as held is taken to have been held. */
export function markThanked(contact: Contact, now: number): Contact {
  const moved = applyMove(contact, 'thanked', now, 'thanked');
  const meeting = contact.meeting;
  if (meeting && meeting.heldAt === undefined) {
    const end = meeting.start + meeting.minutes * 60_000;
    return { ...moved, meeting: { ...meeting, heldAt: Math.min(end, now) } };
  }
  return moved;
}

/**
 * The user followed up on an unanswered request. Counts the nudge; once
 * settings.maxNudges follow-ups have gone unanswered, recording another moves the contact
 * to no-reply instead.
 */
export function recordNudge(contact: Contact, now: number, settings: Pick<Settings, 'maxNudges'>): Contact {
  if (contact.stage !== 'request-sent') throw new WrongStageError(contact.stage, ['request-sent'], 'follow up');
  if (contact.nudges >= settings.maxNudges) {
    return applyMove(contact, 'no-reply', now, 'stage', getNoReplyDetail(contact.nudges));
  }
  const nudges = contact.nudges + 1;
  return {
    ...appendEntry(contact, { at: now, kind: 'nudge', detail: `Follow-up ${nudges} of ${settings.maxNudges}` }),
    nudges,
    snoozedUntil: null,
  };
}

/** History detail of a move to no-reply once the follow-ups are used up. */
export function getNoReplyDetail(nudges: number): string {
  if (nudges === 0) return 'No reply to the request';
  return `No reply after ${nudges} follow-up${nudges === 1 ? '' : 's'}`;
}

/**
 * The user got in touch again after thanking: moves thanked → in-touch, and restarts the
 * touch-base clock either way.
 */
export function recordTouchBase(contact: Contact, now: number, detail?: string): Contact {
  if (contact.stage === 'thanked') return applyMove(contact, 'in-touch', now, 'touch-base', detail);
  if (contact.stage !== 'in-touch') throw new WrongStageError(contact.stage, ['thanked', 'in-touch'], 'record a touch-base');
  return { ...appendEntry(contact, { at: now, kind: 'touch-base', ...(detail ? { detail } : {}) }), snoozedUntil: null };
}

/**
 * Hides this contact's due reminder until `until` (null: show it again). Not a history
 * event; pass `now` to stamp updatedAt.
 */
export function snooze(contact: Contact, until: number | null, now?: number): Contact {
  return { ...contact, snoozedUntil: until, ...(now !== undefined ? { updatedAt: now } : {}) };
}
