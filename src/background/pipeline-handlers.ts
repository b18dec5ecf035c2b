// Meetings, stage actions, snooze and referrals (issue 5). Each is one read-modify-write
// in a single IndexedDB transaction; the rules themselves live in src/pipeline.
import { getContact, getSettings, NotFoundError, putInTransaction, updateContact, writeContacts } from '../db/repository';
import type { Contact } from '../model';
import { toIcs, toIcsFilename } from '../pipeline/calendar';
import { makeReferralLead } from '../pipeline/referrals';
import { clearReminded } from '../pipeline/reminders';
import { markMet, markThanked, recordNudge, recordTouchBase, scheduleMeeting, snooze } from '../pipeline/stages';
import { addDays, getDefaultTimeZone } from '../pipeline/zoned-time';
import { getDb } from './db';
import { toCanonicalProfileUrl } from './linkedin-urls';
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

const GONE = 'This person is no longer in Rapport.';

function appendHistory(contact: Contact, kind: string, detail: string, now: number): Contact {
  return { ...contact, history: [...contact.history, { at: now, kind, detail }], updatedAt: now };
}

export const pipelineHandlers: Pick<Handlers, PipelineMessage> = {
  async 'pipeline.scheduleMeeting'({ id, meeting }) {
    return updateContact(await getDb(), id, (contact) => scheduleMeeting(contact, meeting, Date.now()));
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
    const now = Date.now();
    const until = days === null ? null : addDays(now, days, getDefaultTimeZone());
    // Forget the last reminder, so the action is reminded again when the snooze ends.
    return updateContact(await getDb(), id, (contact) => clearReminded(snooze(contact, until, now)));
  },

  async 'pipeline.addReferral'({ referrerId, referral }) {
    const now = Date.now();
    const tx = writeContacts(await getDb());
    const contacts = tx.objectStore('contacts');
    const referrer = await contacts.get(referrerId);
    if (!referrer) throw new NotFoundError(GONE);
    const lead = makeReferralLead(referral, referrer, now, toCanonicalProfileUrl);
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
