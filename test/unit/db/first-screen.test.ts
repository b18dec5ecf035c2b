// The popup's first screen (the summary of everyone and the settings) is read by
// popup/early.ts before the popup's module has arrived, and handed over (src/db/read.ts). Each test loads read.ts afresh: it keeps one connection
// per page.
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listContacts, putContact, putSettings } from '../../../src/db/repository';
import { DB_NAME, DB_VERSION, openRapportDb } from '../../../src/db/schema';
import { DEFAULT_SETTINGS } from '../../../src/model';
import { HEAD_KEY, holdsEveryone, workOutTodo, type StoredHead, type TodoView } from '../../../src/db/summary';
import { getDueItems, getDueState } from '../../../src/pipeline/due';
import { getDefaultTimeZone } from '../../../src/pipeline/zoned-time';
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

/** "What to do now" of everyone stored, worked out now from their contacts. */
async function whatToDoNow(): Promise<TodoView> {
  const db = await openRapportDb();
  const contacts = await listContacts(db);
  db.close();
  return workOutTodo(
    contacts.map((c) => ({ ...getDueState(c), role: c.role, organization: c.organization })),
    DEFAULT_SETTINGS,
    Date.now(),
    getDefaultTimeZone(),
  );
}

/** Whether each group holds all its items, not only its first few. */
function isWhole(todo: TodoView): boolean {
  return Object.values(todo.groups).every(({ count, items }) => items.length === count);
}

/** Each group's count, and the ids and actions of its first `first`. */
function groupsOf(todo: TodoView, first = Number.POSITIVE_INFINITY) {
  return Object.entries(todo.groups).map(([key, { count, items }]) => [
    key,
    count,
    items.slice(0, first).map(({ contact, action }) => [contact.id, action]),
  ]);
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

  it('beyond the newest 50, is the head: the newest, the counts of everyone and "what to do now"; everyone is read after', async () => {
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
    expect(holdsEveryone(first)).toBe(false);
    expect(first.total).toBe(120);
    expect(first.people.map((p) => p.id)).toEqual(all.slice(0, 50));
    expect([...first.stageCounts]).toEqual([
      ['saved', 30],
      ['request-sent', 30],
      ['thanked', 30],
      ['declined', 30],
    ]);
    // "What to do now" as the head keeps it: each group's count (the oldest counted too) and its first five.
    const expected = await whatToDoNow();
    expect(isWhole(first.todo)).toBe(false);
    expect(groupsOf(first.todo)).toEqual(groupsOf(expected, 5));
    expect(expected.groups.followUps.count).toBe(30);
    expect(first.todo.groups.followUps.items).toHaveLength(5);
    expect((await read.readEveryone()).map((p) => p.id)).toEqual(all);
    // A reload (home after an action) reads everyone at once.
    const again = await read.readFirstScreen();
    expect(holdsEveryone(again)).toBe(true);
    expect(again.people.map((p) => p.id)).toEqual(all);
    (await read.openForReading()).close();
  });

  it('when the moment the head\'s "what to do now" held until has passed, works it out anew from everyone who can fall due', async () => {
    const db = await openRapportDb();
    for (let i = 0; i < 60; i++) {
      await putContact(
        db,
        makeContact(`person-${String(i).padStart(3, '0')}`, { createdAt: 1_700_000_000_000 + i * 1000, stage: 'request-sent' }),
      );
    }
    // Time has passed it by, and no write or reminder pass has worked it out again since.
    const head = (await db.get('summary', HEAD_KEY)) as StoredHead;
    await db.put('summary', { ...head, todo: { ...head.todo, until: head.todo.at + 1 } }, HEAD_KEY);
    db.close();
    const read = await loadRead();
    read.startEarlyRead();
    const first = await read.readFirstScreen();
    expect(holdsEveryone(first)).toBe(false);
    expect(isWhole(first.todo)).toBe(true);
    expect(groupsOf(first.todo)).toEqual(groupsOf(await whatToDoNow()));
    expect(first.todo.groups.followUps.items).toHaveLength(60);
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
      total: 0,
      stageCounts: new Map(),
      todo: {
        groups: {
          thanks: { count: 0, items: [] },
          followUps: { count: 0, items: [] },
          meetingsToday: { count: 0, items: [] },
          meetingsTomorrow: { count: 0, items: [] },
          touchBases: { count: 0, items: [] },
        },
      },
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
