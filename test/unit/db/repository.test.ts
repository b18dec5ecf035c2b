import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteContact,
  getContact,
  getProfile,
  getSettings,
  listContacts,
  putProfile,
  saveCapture,
  updateContact,
} from '../../../src/db/repository';
import { DB_VERSION, openRapportDb, type RapportDb } from '../../../src/db/schema';
import type { ProfileCapture } from '../../../src/model';
import { DEFAULT_SETTINGS } from '../../../src/model';
import { applyPatch } from '../../../src/pipeline/edit';

const NAME = 'rapport-test';

function capture(overrides: Partial<ProfileCapture> = {}): ProfileCapture {
  return {
    profileUrl: 'https://www.linkedin.com/in/maren-okafor/',
    name: 'Maren Okafor',
    firstName: 'Maren',
    headline: 'Water systems engineer at Bluefen',
    role: 'Water Systems Engineer',
    organization: 'Bluefen',
    location: 'Rotterdam, South Holland, Netherlands',
    sources: { name: { strategy: 'json-ld', derived: false } },
    missing: [],
    ...overrides,
  };
}

let db: RapportDb;
beforeEach(async () => {
  db = await openRapportDb(NAME);
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

describe('contacts', () => {
  it('creates a contact keyed by its canonical URL, stage "saved"', async () => {
    const { contact, created } = await saveCapture(db, capture(), 1000);
    expect(created).toBe(true);
    expect(contact.id).toBe('https://www.linkedin.com/in/maren-okafor/');
    expect(contact.stage).toBe('saved');
    expect(await getContact(db, contact.id)).toEqual(contact);
  });

  it('saving the same person again updates the record and keeps what the user edited', async () => {
    await saveCapture(db, capture(), 1000);
    await updateContact(db, 'https://www.linkedin.com/in/maren-okafor/', (c) => applyPatch(c, { organization: 'Bluefen Water' }, 2000));
    const { contact, created } = await saveCapture(db, capture({ role: 'Lead Engineer', organization: 'Bluefen BV' }), 3000);
    expect(created).toBe(false);
    expect(contact.role).toBe('Lead Engineer');
    expect(contact.organization).toBe('Bluefen Water');
    expect(await listContacts(db)).toHaveLength(1);
  });

  it('lists the newest saved first', async () => {
    await saveCapture(db, capture(), 1000);
    await saveCapture(db, capture({ profileUrl: 'https://www.linkedin.com/in/ines-varga/', name: 'Ines Varga' }), 2000);
    expect((await listContacts(db)).map((c) => c.name)).toEqual(['Ines Varga', 'Maren Okafor']);
  });

  it('deleting returns the record so it can be restored', async () => {
    const { contact } = await saveCapture(db, capture(), 1000);
    expect(await deleteContact(db, contact.id)).toEqual(contact);
    expect(await getContact(db, contact.id)).toBeUndefined();
    await expect(deleteContact(db, contact.id)).rejects.toThrow('This person is no longer in Rapport.');
  });
});

describe('profile and settings', () => {
  it('reads back the saved profile, and defaults before anything is saved', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect((await getProfile(db)).name).toBe('');
    await putProfile(db, { ...(await getProfile(db)), name: 'Sam Rivera', school: 'Lakeside University' });
    db.close();
    db = await openRapportDb(NAME);
    expect((await getProfile(db)).school).toBe('Lakeside University');
  });
});

describe('schema', () => {
  it('is at the version its numbered steps reach, with the indexes the reads use', () => {
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('contacts').store.indexNames].sort()).toEqual(['createdAt', 'referrerId', 'stage']);
  });
});
