// What "Mark as sent" on a letter does to a contact, in the pipeline's own moves: a request
// (connection note, email, InMail) is markRequestSent, a thank-you note is markThanked,
// a touch-base note is recordTouchBase. The popup asks getLetterSending() whether the
// button applies and when that letter last went out; the background applies markLetterSent().
import type { Contact, Stage, VariantId } from '../model';
import { getStageLabel, markRequestSent, markThanked, recordTouchBase } from './stages';

export type LetterAction = 'request' | 'thanks' | 'touch-base';

const LETTER_ACTIONS: Readonly<Record<VariantId, LetterAction>> = {
  connection: 'request',
  email: 'request',
  inmail: 'request',
  thanks: 'thanks',
  'touch-base': 'touch-base',
};

/** Stages from which sending this kind of letter is the next step. A request is sent from
 * saved, again while waiting, or anew after no reply; a thank-you may skip steps the user
 * never recorded (a call out of the blue), as the pipeline's forward moves allow. */
const MARKABLE_FROM: Readonly<Record<LetterAction, readonly Stage[]>> = {
  request: ['saved', 'request-sent', 'no-reply'],
  thanks: ['saved', 'request-sent', 'meeting-scheduled', 'met'],
  'touch-base': ['thanked', 'in-touch'],
};

export interface LetterSending {
  action: LetterAction;
  /** When a letter of this kind last went out, from the history; null if never. */
  lastSentAt: number | null;
  canMark: boolean;
  /** Why it cannot be marked now, in words for the panel; '' when it can. */
  reason: string;
}

export function getLetterSending(contact: Contact, variant: VariantId): LetterSending {
  const action = LETTER_ACTIONS[variant];
  const canMark = MARKABLE_FROM[action].includes(contact.stage);
  return {
    action,
    lastSentAt: getLastSentAt(contact, action),
    canMark,
    reason: canMark ? '' : getReason(action, contact.stage),
  };
}

/** The contact after the user sent this letter; throws when the stage does not allow it. */
export function markLetterSent(contact: Contact, variant: VariantId, now: number, detail?: string): Contact {
  const sending = getLetterSending(contact, variant);
  if (!sending.canMark) throw new Error(sending.reason);
  switch (sending.action) {
    case 'request':
      return markRequestSent(contact, now, detail);
    case 'thanks':
      return markThanked(contact, now);
    case 'touch-base':
      return recordTouchBase(contact, now, detail);
  }
}

/** History written by each action: its own kind, or a plain move into its stage (a user
 * who moved the stage by hand also sent the letter). */
function getLastSentAt(contact: Contact, action: LetterAction): number | null {
  const kind = action === 'request' ? 'request-sent' : action === 'thanks' ? 'thanked' : 'touch-base';
  const stage: Stage = action === 'request' ? 'request-sent' : action === 'thanks' ? 'thanked' : 'in-touch';
  for (let i = contact.history.length - 1; i >= 0; i--) {
    const entry = contact.history[i];
    if (entry.kind === kind || (entry.kind === 'stage' && entry.to === stage)) return entry.at;
  }
  return null;
}

function getReason(action: LetterAction, stage: Stage): string {
  const at = `This person is at “${getStageLabel(stage)}”`;
  switch (action) {
    case 'request':
      return stage === 'declined' || stage === 'archived' ? `${at}.` : `${at}: the request is behind you.`;
    case 'thanks':
      return stage === 'thanked' || stage === 'in-touch' ? `${at}: already thanked.` : `${at}.`;
    case 'touch-base':
      return 'A touch-base note follows a thank-you: mark the thank-you as sent first.';
  }
}
