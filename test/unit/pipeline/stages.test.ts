import { describe, expect, it } from 'vitest';
import type { Meeting, Stage } from '../../../src/model';
import {
  STAGES,
  StageMoveError,
  WrongStageError,
  getAllowedMoves,
  getStageLabel,
  isStage,
  markMet,
  markRequestSent,
  markThanked,
  moveStage,
  recordNudge,
  recordTouchBase,
  scheduleMeeting,
  snooze,
} from '../../../src/pipeline/stages';
import { T0, makeContact } from './fixtures';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const meeting: Meeting = {
  start: Date.UTC(2026, 0, 20, 12, 0),
  timeZone: 'Europe/Stockholm',
  minutes: 30,
  mode: 'coffee',
  place: 'Café Pascal, Norrtullsgatan 4',
};

describe('stage labels', () => {
  it('names every stage for people', () => {
    expect(STAGES.map(getStageLabel)).toEqual([
      'Saved',
      'Request sent',
      'Meeting scheduled',
      'Met',
      'Thanked',
      'In touch',
      'No reply',
      'Declined',
      'Archived',
    ]);
  });

  it('knows every stage, and nothing else, as a stage', () => {
    expect(STAGES.filter(isStage)).toEqual(STAGES);
    expect(['hired', 'Saved', 'toString', '', null, 3].filter(isStage)).toEqual([]);
  });
});

describe('moveStage', () => {
  it('returns a new contact with the stage and a timestamped history entry', () => {
    const contact = makeContact();
    const moved = moveStage(contact, 'request-sent', T0 + HOUR, 'Sent on LinkedIn');
    expect(moved.stage).toBe('request-sent');
    expect(moved.updatedAt).toBe(T0 + HOUR);
    expect(moved.history).toEqual([
      { at: T0, kind: 'saved' },
      { at: T0 + HOUR, kind: 'stage', from: 'saved', to: 'request-sent', detail: 'Sent on LinkedIn' },
    ]);
    // The input is untouched.
    expect(contact.stage).toBe('saved');
    expect(contact.history).toHaveLength(1);
  });

  it('leaves detail out when none is given', () => {
    const moved = moveStage(makeContact(), 'archived', T0 + 1);
    expect(moved.history[1]).toEqual({ at: T0 + 1, kind: 'stage', from: 'saved', to: 'archived' });
  });

  const allowed: Array<[Stage, Stage[]]> = [
    ['saved', ['request-sent', 'meeting-scheduled', 'met', 'thanked', 'in-touch', 'declined', 'archived']],
    ['request-sent', ['saved', 'meeting-scheduled', 'met', 'thanked', 'in-touch', 'no-reply', 'declined', 'archived']],
    ['meeting-scheduled', ['request-sent', 'met', 'thanked', 'in-touch', 'declined', 'archived']],
    ['met', ['meeting-scheduled', 'thanked', 'in-touch', 'declined', 'archived']],
    ['thanked', ['meeting-scheduled', 'met', 'in-touch', 'declined', 'archived']],
    ['in-touch', ['meeting-scheduled', 'thanked', 'declined', 'archived']],
    ['no-reply', ['request-sent', 'meeting-scheduled', 'declined', 'archived']],
  ];
  it.each(allowed)('from %s allows exactly %j', (from, to) => {
    expect(getAllowedMoves(makeContact({ stage: from }))).toEqual(to);
  });

  const refused: Array<[Stage, Stage]> = [
    ['saved', 'no-reply'],
    ['met', 'request-sent'],
    ['thanked', 'saved'],
    ['in-touch', 'met'],
    ['no-reply', 'met'],
    ['met', 'no-reply'],
    ['saved', 'saved'],
  ];
  it.each(refused)('refuses %s → %s with a typed error', (from, to) => {
    const contact = makeContact({ stage: from });
    let error: unknown;
    try {
      moveStage(contact, to, T0 + 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StageMoveError);
    expect(error).toMatchObject({ from, to });
  });

  it('restores an archived contact to the stage it was archived from, and only that', () => {
    const archived = moveStage(makeContact({ stage: 'met' }), 'archived', T0 + DAY);
    expect(getAllowedMoves(archived)).toEqual(['met', 'declined']);
    expect(() => moveStage(archived, 'in-touch', T0 + 2 * DAY)).toThrow(StageMoveError);
    const restored = moveStage(archived, 'met', T0 + 2 * DAY);
    expect(restored.stage).toBe('met');
    expect(restored.history.at(-1)).toEqual({ at: T0 + 2 * DAY, kind: 'stage', from: 'archived', to: 'met' });
  });

  it('restores an archived contact with no recorded move to saved', () => {
    expect(getAllowedMoves(makeContact({ stage: 'archived', history: [] }))).toEqual(['saved', 'declined']);
  });

  it('undoes a decline back to where it was', () => {
    const declined = moveStage(makeContact({ stage: 'request-sent' }), 'declined', T0 + DAY);
    expect(getAllowedMoves(declined)).toEqual(['request-sent', 'archived']);
  });

  it('starts the follow-up count over when a no-reply contact is asked again', () => {
    const contact = makeContact({ stage: 'no-reply', nudges: 2 });
    expect(moveStage(contact, 'request-sent', T0 + DAY).nudges).toBe(0);
    expect(moveStage(contact, 'meeting-scheduled', T0 + DAY).stage).toBe('meeting-scheduled');
  });

  it('clears heldAt when "met" is undone', () => {
    const met = markMet(scheduleMeeting(makeContact({ stage: 'request-sent' }), meeting, T0), meeting.start + HOUR);
    expect(met.meeting?.heldAt).toBe(meeting.start + HOUR);
    const undone = moveStage(met, 'meeting-scheduled', meeting.start + 2 * HOUR);
    expect(undone.meeting).toEqual(meeting);
  });

  it('clears a snooze: it belonged to the stage being left', () => {
    const moved = moveStage(makeContact({ stage: 'request-sent', snoozedUntil: T0 + DAY }), 'meeting-scheduled', T0);
    expect(moved.snoozedUntil).toBeNull();
  });
});

describe('actions', () => {
  it('markRequestSent moves to request-sent and records the request', () => {
    const sent = markRequestSent(makeContact({ nudges: 3 }), T0 + HOUR);
    expect(sent.stage).toBe('request-sent');
    expect(sent.nudges).toBe(0);
    expect(sent.history.at(-1)).toEqual({ at: T0 + HOUR, kind: 'request-sent', from: 'saved', to: 'request-sent' });
    // Sending again while waiting records it without a stage change.
    const again = markRequestSent(sent, T0 + DAY, 'Also by email');
    expect(again.stage).toBe('request-sent');
    expect(again.history.at(-1)).toEqual({ at: T0 + DAY, kind: 'request-sent', detail: 'Also by email' });
  });

  it('scheduleMeeting sets the meeting and moves to meeting-scheduled; rescheduling keeps one meeting', () => {
    const scheduled = scheduleMeeting(makeContact({ stage: 'request-sent' }), meeting, T0 + HOUR);
    expect(scheduled.stage).toBe('meeting-scheduled');
    expect(scheduled.meeting).toEqual(meeting);
    expect(scheduled.history.at(-1)).toEqual({
      at: T0 + HOUR,
      kind: 'meeting',
      from: 'request-sent',
      to: 'meeting-scheduled',
      detail: '2026-01-20T12:00:00.000Z',
    });
    const later = { ...meeting, start: meeting.start + DAY };
    const rescheduled = scheduleMeeting(scheduled, later, T0 + 2 * HOUR);
    expect(rescheduled.stage).toBe('meeting-scheduled');
    expect(rescheduled.meeting).toEqual(later);
    expect(rescheduled.history.at(-1)).toEqual({ at: T0 + 2 * HOUR, kind: 'meeting', detail: '2026-01-21T12:00:00.000Z' });
  });

  it('scheduleMeeting refuses a meeting without a length', () => {
    expect(() => scheduleMeeting(makeContact(), { ...meeting, minutes: 0 }, T0)).toThrow(RangeError);
  });

  it('markMet records when the meeting was held; markThanked moves on', () => {
    const scheduled = scheduleMeeting(makeContact({ stage: 'request-sent' }), meeting, T0);
    const met = markMet(scheduled, meeting.start + 45 * MINUTE);
    expect(met.stage).toBe('met');
    expect(met.meeting).toEqual({ ...meeting, heldAt: meeting.start + 45 * MINUTE });
    expect(met.history.at(-1)).toEqual({ at: meeting.start + 45 * MINUTE, kind: 'met', from: 'meeting-scheduled', to: 'met' });
    const thanked = markThanked(met, meeting.start + 3 * HOUR);
    expect(thanked.stage).toBe('thanked');
    expect(thanked.history.at(-1)).toEqual({ at: meeting.start + 3 * HOUR, kind: 'thanked', from: 'met', to: 'thanked' });
  });

  it('markThanked without "met" takes the meeting as held at its end', () => {
    const scheduled = scheduleMeeting(makeContact({ stage: 'request-sent' }), meeting, T0);
    const thanked = markThanked(scheduled, meeting.start + 5 * HOUR);
    expect(thanked.meeting?.heldAt).toBe(meeting.start + 30 * MINUTE);
  });

  it('markMet for another meeting never given a date drops the earlier, held one', () => {
    const thanked = markThanked(markMet(scheduleMeeting(makeContact(), meeting, T0), meeting.start + HOUR), meeting.start + 2 * HOUR);
    const again = moveStage(thanked, 'meeting-scheduled', meeting.start + 30 * DAY);
    expect(again.meeting?.heldAt).toBe(meeting.start + HOUR);
    expect(markMet(again, meeting.start + 40 * DAY).meeting).toBeNull();
  });

  it('recordNudge counts follow-ups, then moves to no-reply', () => {
    const settings = { maxNudges: 2 };
    const sent = markRequestSent(makeContact(), T0);
    const first = recordNudge(sent, T0 + 7 * DAY, settings);
    expect(first.nudges).toBe(1);
    expect(first.stage).toBe('request-sent');
    expect(first.history.at(-1)).toEqual({ at: T0 + 7 * DAY, kind: 'nudge', detail: 'Follow-up 1 of 2' });
    const second = recordNudge(first, T0 + 14 * DAY, settings);
    expect(second.nudges).toBe(2);
    expect(second.history.at(-1)).toEqual({ at: T0 + 14 * DAY, kind: 'nudge', detail: 'Follow-up 2 of 2' });
    const gaveUp = recordNudge(second, T0 + 21 * DAY, settings);
    expect(gaveUp.stage).toBe('no-reply');
    expect(gaveUp.nudges).toBe(2);
    expect(gaveUp.history.at(-1)).toEqual({
      at: T0 + 21 * DAY,
      kind: 'stage',
      from: 'request-sent',
      to: 'no-reply',
      detail: 'No reply after 2 follow-ups',
    });
  });

  it('recordNudge needs a request to follow up on', () => {
    expect(() => recordNudge(makeContact(), T0, { maxNudges: 2 })).toThrow(WrongStageError);
  });

  it('recordTouchBase moves thanked → in-touch, then just records', () => {
    const thanked = makeContact({ stage: 'thanked' });
    const first = recordTouchBase(thanked, T0 + 90 * DAY);
    expect(first.stage).toBe('in-touch');
    expect(first.history.at(-1)).toEqual({ at: T0 + 90 * DAY, kind: 'touch-base', from: 'thanked', to: 'in-touch' });
    const second = recordTouchBase(first, T0 + 180 * DAY, 'Coffee again');
    expect(second.stage).toBe('in-touch');
    expect(second.history.at(-1)).toEqual({ at: T0 + 180 * DAY, kind: 'touch-base', detail: 'Coffee again' });
    expect(() => recordTouchBase(makeContact({ stage: 'met' }), T0)).toThrow(WrongStageError);
  });

  it('snooze sets and clears snoozedUntil without a history entry', () => {
    const contact = makeContact();
    const snoozed = snooze(contact, T0 + DAY);
    expect(snoozed.snoozedUntil).toBe(T0 + DAY);
    expect(snoozed.history).toEqual(contact.history);
    expect(snooze(snoozed, null, T0 + HOUR)).toMatchObject({ snoozedUntil: null, updatedAt: T0 + HOUR });
  });

  it('keeps the whole journey as history', () => {
    let c = makeContact();
    c = markRequestSent(c, T0 + HOUR);
    c = scheduleMeeting(c, meeting, T0 + 2 * DAY);
    c = markMet(c, meeting.start + 40 * MINUTE);
    c = markThanked(c, meeting.start + 5 * HOUR);
    c = recordTouchBase(c, meeting.start + 90 * DAY);
    c = moveStage(c, 'meeting-scheduled', meeting.start + 100 * DAY, 'Another coffee');
    expect(c.history.map((e) => [e.kind, e.from ?? null, e.to ?? null])).toEqual([
      ['saved', null, null],
      ['request-sent', 'saved', 'request-sent'],
      ['meeting', 'request-sent', 'meeting-scheduled'],
      ['met', 'meeting-scheduled', 'met'],
      ['thanked', 'met', 'thanked'],
      ['touch-base', 'thanked', 'in-touch'],
      ['stage', 'in-touch', 'meeting-scheduled'],
    ]);
    expect(c.history.map((e) => e.at)).toEqual([
      T0,
      T0 + HOUR,
      T0 + 2 * DAY,
      meeting.start + 40 * MINUTE,
      meeting.start + 5 * HOUR,
      meeting.start + 90 * DAY,
      meeting.start + 100 * DAY,
    ]);
  });
});
