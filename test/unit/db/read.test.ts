// The popup's reads besides its first screen (test/unit/db/first-screen.test.ts), and the
// reminder pass's.
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getContactsWithDueActions, listContacts, putContact } from '../../../src/db/repository';
import { DB_NAME, openRapportDb, type RapportDb } from '../../../src/db/schema';
import type { Stage } from '../../../src/model';
import { STAGES_WITH_DUE_ACTIONS } from '../../../src/pipeline/due';
import { makeContact } from './fixtures';

const STAGES: Stage[] = ['saved', 'request-sent', 'meeting-scheduled', 'met', 'thanked', 'in-touch', 'no-reply', 'declined', 'archived'];
let db: RapportDb;

beforeEach(async () => {
  db = await openRapportDb();
  // 25 people; several saved at the same moment (as an import saves them), every stage.
  for (let i = 0; i < 25; i++) {
    await putContact(
      db,
      makeContact(`person-${String(i).padStart(2, '0')}`, {
        createdAt: 1_700_000_000_000 + Math.floor(i / 3) * 1000,
        stage: STAGES[i % STAGES.length],
      }),
    );
  }
});
afterEach(async () => {
  db.close();
  await deleteDB(DB_NAME);
});

describe('the reads', () => {
  it('the reminder pass reads exactly the people in stages that can have something due', async () => {
    const due = await getContactsWithDueActions(db);
    const expected = (await listContacts(db)).filter((c) => STAGES_WITH_DUE_ACTIONS.includes(c.stage));
    expect(due.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
  });

  it('a contact view reads who suggested the contact and whom they suggested, by the index, not everyone', async () => {
    const referrer = makeContact('tove-lindqvist', { createdAt: 1_600_000_000_000 });
    await putContact(db, referrer);
    await putContact(db, makeContact('later-lead', { referrerId: referrer.id, createdAt: 1_700_000_900_000 }));
    await putContact(db, makeContact('first-lead', { referrerId: referrer.id, createdAt: 1_700_000_800_000 }));
    vi.resetModules();
    const read = await import('../../../src/db/read');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    expect((await read.readReferrals(referrer)).referred.map((c) => c.name)).toEqual(['First Lead', 'Later Lead']);
    const lead = await read.readReferrals(makeContact('first-lead', { referrerId: referrer.id }));
    expect(lead.referrer?.name).toBe('Tove Lindqvist');
    expect(lead.referred).toEqual([]);
    const orphan = await read.readReferrals(makeContact('orphan', { referrerId: 'https://www.linkedin.com/in/gone/' }));
    expect(orphan.referrer).toBeNull();
    expect(getAll).not.toHaveBeenCalled();
    (await read.openForReading()).close();
  });
});
