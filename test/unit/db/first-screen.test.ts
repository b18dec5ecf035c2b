// The popup's first screen (the summary of everyone and the settings) is read by
// popup/early.ts before the popup's module has arrived, and handed over (src/db/read.ts). Each test loads read.ts afresh: it keeps one connection
// per page.
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listContacts, putContact, putSettings } from '../../../src/db/repository';
import { DB_NAME, DB_VERSION, openRapportDb } from '../../../src/db/schema';
import { DEFAULT_SETTINGS } from '../../../src/model';
import { getDueItems } from '../../../src/pipeline/due';
import { markRequestSent } from '../../../src/pipeline/stages';
import { makeContact, SETTINGS } from './fixtures';

const DAY = 24 * 3_600_000;

type ReadModule = typeof import('../../../src/db/read');

async function loadRead(): Promise<ReadModule> {
  vi.resetModules();
  return import('../../../src/db/read');
}

async function seed(count: number): Promise<void> {
  const db = await openRapportDb();
  for (let i = 0; i < count; i++) {
    // Several saved at the same moment, as an import saves them: ties go by id, descending.
    await putContact(db, makeContact(`person-${String(i).padStart(2, '0')}`, { createdAt: 1_700_000_000_000 + Math.floor(i / 3) * 1000 }));
  }
  await putSettings(db, SETTINGS);
  db.close();
}

async function newestIds(count: number): Promise<string[]> {
  const db = await openRapportDb();
  const ids = (await listContacts(db)).slice(0, count).map((c) => c.id);
  db.close();
  return ids;
}

beforeEach(() => {
  delete (globalThis as Record<string, unknown>).rapportEarlyRead;
});
afterEach(async () => {
  vi.restoreAllMocks();
  delete (globalThis as Record<string, unknown>).rapportEarlyRead;
  await deleteDB(DB_NAME);
});

describe('the popup’s first screen', () => {
  it('is read early and handed to the module: everyone in the list’s order, and the settings', async () => {
    await seed(35);
    const expected = await newestIds(35);
    const read = await loadRead();
    const open = vi.spyOn(indexedDB, 'open');
    read.startEarlyRead();
    const first = await read.readFirstScreen();
    expect(first.people.map((c) => c.id)).toEqual(expected);
    expect(first.people[0]).toMatchObject({ name: 'Person 34', role: 'Hydrologist', organization: 'Bluefen' });
    expect(first.settings).toEqual(SETTINGS);
    await read.openForReading();
    (await read.openForReading()).close();
    expect(open).toHaveBeenCalledTimes(1); // one connection: the early script's
  });

  it('beyond the newest 50, is the head: the newest, the counts of everyone and who can fall due; everyone is read after', async () => {
    const db = await openRapportDb();
    const stages = ['saved', 'request-sent', 'thanked', 'declined'] as const;
    for (let i = 0; i < 120; i++) {
      const stage = stages[i % 4];
      await putContact(db, makeContact(`person-${String(i).padStart(3, '0')}`, { createdAt: 1_700_000_000_000 + i * 1000, stage }));
    }
    db.close();
    const all = await newestIds(120);
    const read = await loadRead();
    read.startEarlyRead();
    const first = await read.readFirstScreen();
    expect(first.complete).toBe(false);
    expect(first.total).toBe(120);
    expect(first.people.map((p) => p.id)).toEqual(all.slice(0, 50));
    expect([...first.stageCounts]).toEqual([
      ['saved', 30],
      ['request-sent', 30],
      ['thanked', 30],
      ['declined', 30],
    ]);
    // Everyone who can fall due, the oldest too; no one who can't.
    expect(first.due).toHaveLength(60);
    expect(first.due.every((p) => p.stage === 'request-sent' || p.stage === 'thanked')).toBe(true);
    expect(first.due.map((p) => p.id)).toContain('https://www.linkedin.com/in/person-001/');
    expect((await read.readEveryone()).map((p) => p.id)).toEqual(all);
    // A reload (home after an action) reads everyone at once.
    const again = await read.readFirstScreen();
    expect(again.complete).toBe(true);
    expect(again.people.map((p) => p.id)).toEqual(all);
    (await read.openForReading()).close();
  });

  it('holds what "what to do now" is worked out from, for the moment and the settings the popup opens with', async () => {
    const sentAt = Date.UTC(2026, 10, 2, 9, 0);
    const db = await openRapportDb();
    await putContact(db, markRequestSent(makeContact('maren-okafor', { stage: 'saved', meeting: null }), sentAt));
    await putSettings(db, { ...DEFAULT_SETTINGS, followUpDays: 7 });
    db.close();
    const read = await loadRead();
    read.startEarlyRead();
    const { people, settings } = await read.readFirstScreen();
    const followUps = (now: number, followUpDays: number) =>
      getDueItems(people, { ...settings, followUpDays }, now, 'UTC').followUps.map((item) => item.action.label);
    expect(followUps(sentAt + 7 * DAY - 1, 7)).toEqual([]);
    expect(followUps(sentAt + 7 * DAY, 7)).toEqual(['Follow up with Maren Okafor (1 of 2)']);
    // A longer wait chosen in Settings counts at once: the summary holds when the request went out.
    expect(followUps(sentAt + 7 * DAY, 10)).toEqual([]);
    (await read.openForReading()).close();
  });

  it('is read afresh after the first time (a reload after an action shows the change)', async () => {
    await seed(3);
    const read = await loadRead();
    read.startEarlyRead();
    expect((await read.readFirstScreen()).people.map((c) => c.name)).toEqual(['Person 02', 'Person 01', 'Person 00']);
    const writer = await openRapportDb();
    await putContact(writer, makeContact('ines-newcomer', { createdAt: 1_800_000_000_000 }));
    writer.close();
    expect((await read.readFirstScreen()).people.map((c) => c.name)).toEqual(['Ines Newcomer', 'Person 02', 'Person 01', 'Person 00']);
    (await read.openForReading()).close();
  });

  it('on a new profile, creates the database with every migration and shows no one', async () => {
    const read = await loadRead();
    read.startEarlyRead();
    expect(await read.readFirstScreen()).toEqual({
      people: [],
      complete: true,
      total: 0,
      stageCounts: new Map(),
      due: [],
      settings: DEFAULT_SETTINGS,
    });
    const db = await read.openForReading();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['contacts', 'meta', 'summary']);
    db.close();
  });

  it('without the early script (or before it ran), the module reads it itself', async () => {
    await seed(2);
    const read = await loadRead();
    expect((await read.readFirstScreen()).people.map((c) => c.name)).toEqual(['Person 01', 'Person 00']);
    (await read.openForReading()).close();
  });

  it('when the early open fails, the module opens again and shows the list', async () => {
    await seed(2);
    const read = await loadRead();
    const open = indexedDB.open.bind(indexedDB);
    vi.spyOn(indexedDB, 'open')
      .mockImplementationOnce(() => {
        throw new DOMException('The user denied permission to access the database.', 'UnknownError');
      })
      .mockImplementation(open);
    read.startEarlyRead();
    expect((await read.readFirstScreen()).people.map((c) => c.name)).toEqual(['Person 01', 'Person 00']);
    (await read.openForReading()).close();
    expect(indexedDB.open).toHaveBeenCalledTimes(2);
  });
});
