// Meetings, stage actions, snooze and referrals (issue 5). Each is one read-modify-write
// in a single IndexedDB transaction; the rules themselves live in src/pipeline.
import { toCanonicalProfileUrl } from '../content/linkedin/pages';
import { getContact, getSettings, NotFoundError, putInTransaction, updateContact, writeContacts } from '../db/repository';
import type { Contact } from '../model';
import { toIcs, toIcsFilename } from '../pipeline/calendar';
import { toValidMeeting } from '../pipeline/meeting';
import { makeReferralLead, type ReferralInput } from '../pipeline/referrals';
import { clearReminded } from '../pipeline/reminders';
import { markMet, markThanked, recordNudge, recordTouchBase, scheduleMeeting, snooze } from '../pipeline/stages';
import { addDays, getDefaultTimeZone } from '../pipeline/zoned-time';
import { getDb } from './db';
import type { Handlers } from './router';

type PipelineMessage =
  | 'pipeline.scheduleMeeting'
  | 'pipeline.calendarFile'
  | 'pipeline.markHeld'
  | 'pipeline.markThanked'
  | 'pipeline.recordNudge'
  | 'pipeline.recordTouchBase'
  | 'pipeline.snooze'
  | 'pipeline.addReferral';

const MAX_SNOOZE_DAYS = 90;
const MAX_FIELD_LENGTH = 2000;

const GONE = 'This person is no longer in Rapport.';

function toText(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, MAX_FIELD_LENGTH) : '';
}

/** A referral comes in a message: keep only text fields, each as text. */
function toReferralInput(value: unknown): ReferralInput {
  const r = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    name: toText(r.name),
    role: toText(r.role),
    organization: toText(r.organization),
    profileUrl: toText(r.profileUrl),
    note: toText(r.note),
  };
}

function appendHistory(contact: Contact, kind: string, detail: string, now: number): Contact {
  return { ...contact, history: [...contact.history, { at: now, kind, detail }], updatedAt: now };
}

export const pipelineHandlers: Pick<Handlers, PipelineMessage> = {
  async 'pipeline.scheduleMeeting'({ id, meeting }) {
    const valid = toValidMeeting(meeting);
    return updateContact(await getDb(), id, (contact) => scheduleMeeting(contact, valid, Date.now()));
  },

  async 'pipeline.calendarFile'({ id }) {
    const db = await getDb();
    const [contact, settings] = await Promise.all([getContact(db, id), getSettings(db)]);
    if (!contact) throw new NotFoundError(GONE);
    if (!contact.meeting) throw new Error('Set the date and time of the meeting first.');
    return {
      fileName: toIcsFilename(contact, contact.meeting),
      mimeType: 'text/calendar',
      text: toIcs(contact, contact.meeting, settings),
    };
  },

  async 'pipeline.markHeld'({ id }) {
    return updateContact(await getDb(), id, (contact) => markMet(contact, Date.now()));
  },

  async 'pipeline.markThanked'({ id }) {
    return updateContact(await getDb(), id, (contact) => markThanked(contact, Date.now()));
  },

  async 'pipeline.recordNudge'({ id }) {
    const db = await getDb();
    const settings = await getSettings(db);
    return updateContact(db, id, (contact) => recordNudge(contact, Date.now(), settings));
  },

  async 'pipeline.recordTouchBase'({ id }) {
    return updateContact(await getDb(), id, (contact) => recordTouchBase(contact, Date.now()));
  },

  async 'pipeline.snooze'({ id, days }) {
    if (days !== null && !(Number.isInteger(days) && days >= 1 && days <= MAX_SNOOZE_DAYS)) {
      throw new RangeError(`Snooze for 1 to ${MAX_SNOOZE_DAYS} days.`);
    }
    const now = Date.now();
    const until = days === null ? null : addDays(now, days, getDefaultTimeZone());
    // Forget the last reminder, so the action is reminded again when the snooze ends.
    return updateContact(await getDb(), id, (contact) => clearReminded(snooze(contact, until, now)));
  },

  async 'pipeline.addReferral'({ referrerId, referral }) {
    const input = toReferralInput(referral);
    const now = Date.now();
    const tx = writeContacts(await getDb());
    const contacts = tx.objectStore('contacts');
    const referrer = await contacts.get(referrerId);
    if (!referrer) throw new NotFoundError(GONE);
    const lead = makeReferralLead(input, referrer, now, toCanonicalProfileUrl);
    const existing = lead.profileUrl ? await contacts.get(lead.id) : undefined;
    let saved = lead;
    if (existing) {
      // Already in Rapport: link them to the referrer, unless someone is linked already.
      if (existing.id === referrer.id) throw new Error(`That is ${referrer.name}'s own profile.`);
      if (existing.referrerId !== null) {
        throw new Error(
          existing.referrerId === referrer.id
            ? `${existing.name} is already on the list of people ${referrer.name} suggested.`
            : `${existing.name} is already in Rapport, suggested by someone else.`,
        );
      }
      saved = appendHistory(
        { ...existing, referrerId: referrer.id, leadSource: existing.leadSource || lead.leadSource },
        'referred',
        lead.leadSource,
        now,
      );
    }
    await Promise.all([
      putInTransaction(tx, [
        { before: existing, after: saved },
        { before: referrer, after: appendHistory(referrer, 'referral', `Suggested ${saved.name}`, now) },
      ]),
      tx.done,
    ]);
    return saved;
  },
};
