import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  getContactsWithDueActions,
  mapAllContacts,
  STAGES_WITH_DUE_ACTIONS,
} from '../../../src/db/read';
import { listContacts, putContact } from '../../../src/db/repository';
import { openRapportDb, type RapportDb } from '../../../src/db/schema';
import type { Stage } from '../../../src/model';
import { makeContact } from './fixtures';

const NAME = 'rapport-read-test';
const STAGES: Stage[] = ['saved', 'request-sent', 'meeting-scheduled', 'met', 'thanked', 'in-touch', 'no-reply', 'declined', 'archived'];
let db: RapportDb;

beforeEach(async () => {
  db = await openRapportDb(NAME);
  // 25 people; several saved at the same moment (as an import saves them), every stage.
  for (let i = 0; i < 25; i++) {
    await putContact(db, makeContact(`person-${String(i).padStart(2, '0')}`, { createdAt: 1_700_000_000_000 + Math.floor(i / 3) * 1000, stage: STAGES[i % STAGES.length] }));
  }
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

describe('the popup’s reads', () => {
  it('reads everyone across batches, and compareNewestFirst puts them in the list’s order', async () => {
    const rows = await mapAllContacts(db, (c) => ({ id: c.id, createdAt: c.createdAt }), 4);
    expect(rows).toHaveLength(25);
    expect(rows.sort(compareNewestFirst).map((r) => r.id)).toEqual((await listContacts(db)).map((c) => c.id));
  });

  it('reads exactly the people in stages that can have something due', async () => {
    const due = await getContactsWithDueActions(db);
    const expected = (await listContacts(db)).filter((c) => STAGES_WITH_DUE_ACTIONS.includes(c.stage));
    expect(due.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
  });
});
