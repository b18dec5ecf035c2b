// The popup's summary of everyone (src/db/summary.ts) after each kind of write the background
// makes: it must be what the contacts make, person for person, in the list's order — else the
// popup's first screen would show someone gone, miss someone new, or remind of the wrong thing.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageSender } from '../../../src/browser';

vi.mock('../../../src/browser', () => ({
  getRuntimeId: () => 'rapport-id',
  api: {
    runtime: { id: 'rapport-id', getURL: (path: string) => `chrome-extension://rapport-id/${path}` },
    alarms: { get: async () => undefined, create: async () => undefined, clear: async () => true },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    notifications: { create: async (id: string) => id, clear: async () => true },
  },
  getExtensionOrigin: () => 'chrome-extension://rapport-id/',
}));

const { handlers } = await import('../../../src/background/handlers');
const { getDb } = await import('../../../src/background/db');
const { dispatch } = await import('../../../src/background/router');
const { checkReminders } = await import('../../../src/background/reminders');
const { deleteEverything, exportBackup } = await import('../../../src/db/data-store');
const { putContact, saveCapture, getContact } = await import('../../../src/db/repository');
const { markRequestSent, recordNudge } = await import('../../../src/pipeline/stages');
const { DEFAULT_SETTINGS } = await import('../../../src/model');
const { DUE_KEY, getSummaryKey, HEAD_KEY } = await import('../../../src/db/summary');
type StoredSummary = import('../../../src/db/summary').StoredSummary;
type StoredHead = import('../../../src/db/summary').StoredHead;
const { api } = await import('../../../src/browser');
const { makeContact, readSummaries } = await import('../db/fixtures');
type Handlers = import('../../../src/background/router').Handlers;

const page: MessageSender = { id: 'rapport-id', url: 'chrome-extension://rapport-id/popup/index.html' };
const options: MessageSender = { id: 'rapport-id', url: 'chrome-extension://rapport-id/options/index.html' };
const maren = makeContact('maren-okafor', { createdAt: 1_700_000_000_000 });
const ines = makeContact('ines-varga', { createdAt: 1_700_000_500_000, stage: 'saved', meeting: null });

async function send<K extends keyof Handlers>(name: K, req: Parameters<Handlers[K]>[0], sender = page) {
  const reply = await dispatch(handlers as Handlers, name, req as never, sender);
  expect(reply).toMatchObject({ ok: true });
  return reply;
}

/** The summary held, checked against the contacts; returns it. */
async function expectWholeSummary() {
  const { stored, expected, storedRecords, expectedRecords } = await readSummaries(await getDb());
  expect(stored).toEqual(expected);
  // Each person in the record their id names, and no record left that holds no one.
  expect(storedRecords).toEqual(expectedRecords);
  return stored;
}

beforeEach(async () => {
  const db = await getDb();
  await deleteEverything(db);
  await putContact(db, maren);
  await putContact(db, ines);
});

describe('the summary after each write', () => {
  it('a save adds the person first (newest), and a save again updates them', async () => {
    const capture = {
      profileUrl: 'https://www.linkedin.com/in/noor-haddad/',
      name: 'Noor Haddad',
      firstName: 'Noor',
      headline: 'Data at Bluefen',
      role: 'Data Scientist',
      organization: 'Bluefen',
      location: null,
      sources: {},
      missing: [],
    };
    await saveCapture(await getDb(), capture, 1_800_000_000_000);
    expect((await expectWholeSummary()).map((p) => p.name)).toEqual(['Noor Haddad', 'Ines Varga', 'Maren Okafor']);
    await saveCapture(await getDb(), { ...capture, role: 'Head of Data' }, 1_800_000_100_000);
    expect((await expectWholeSummary())[0]).toMatchObject({
      name: 'Noor Haddad',
      role: 'Head of Data',
      headline: 'Data at Bluefen',
    });
  });

  it('an edit, a stage move, a meeting and a note show in it', async () => {
    await send('contact.update', {
      id: ines.id,
      patch: { name: 'Ines Varga-Lund', notes: { person: 'Loves kayaking', organization: '', takeaways: '' } },
    });
    await send('contact.move', { id: ines.id, to: 'declined' });
    const start = Date.UTC(2027, 0, 5, 10);
    await send('pipeline.scheduleMeeting', {
      id: maren.id,
      meeting: { start, timeZone: 'UTC', minutes: 45, mode: 'video', place: 'https://meet.example/m' },
    });
    const [first, second] = await expectWholeSummary();
    expect(first).toMatchObject({ name: 'Ines Varga-Lund', stage: 'declined', notes: 'Loves kayaking\n\n' });
    expect(second).toMatchObject({ name: 'Maren Okafor', stage: 'meeting-scheduled', meeting: { start, minutes: 45 } });
  });

  it('a delete takes the person out, and its undo puts them back', async () => {
    await send('contact.delete', { id: ines.id });
    expect((await expectWholeSummary()).map((p) => p.name)).toEqual(['Maren Okafor']);
    await send('contact.restore', { contact: ines });
    expect((await expectWholeSummary()).map((p) => p.name)).toEqual(['Ines Varga', 'Maren Okafor']);
  });

  it('a referral adds the lead, and the referrer stays', async () => {
    await send('pipeline.addReferral', { referrerId: maren.id, referral: { name: 'Bo Ek', role: 'Analyst' } });
    const people = await expectWholeSummary();
    expect(people.map((p) => p.name)).toEqual(['Bo Ek', 'Ines Varga', 'Maren Okafor']);
    expect(people[0]).toMatchObject({ role: 'Analyst', stage: 'saved' });
  });

  it('a restore rebuilds it from the backup, and delete everything empties it', async () => {
    const backup = await exportBackup(await getDb(), 0);
    await send('contact.delete', { id: maren.id });
    await putContact(await getDb(), makeContact('added-after', { createdAt: 1_900_000_000_000 }));
    await send('data.restoreBackup', { text: backup }, options);
    expect((await expectWholeSummary()).map((p) => p.name)).toEqual(['Ines Varga', 'Maren Okafor']);
    // A backup made before the summary existed (schema 2) restores with it built.
    await send('contact.delete', { id: ines.id });
    await send('data.restoreBackup', { text: backup.replace(/"schemaVersion": \d+/, '"schemaVersion": 2') }, options);
    expect((await expectWholeSummary()).map((p) => p.name)).toEqual(['Ines Varga', 'Maren Okafor']);
    await send('data.deleteAll', { confirm: 'DELETE' }, options);
    expect(await expectWholeSummary()).toEqual([]);
  });

  it('an import adds the new and updates the saved, in the same transaction', async () => {
    const text = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Ines,Varga,https://www.linkedin.com/in/ines-varga,,Kvarnby Robotics,Engineer,01 Jan 2024',
      'Tove,Lindqvist,https://www.linkedin.com/in/tove-lindqvist,,Norrsken Energi,Grid Planner,02 Jan 2024',
    ].join('\n');
    await send('data.commitImport', { text }, options);
    const people = await expectWholeSummary();
    expect(people.map((p) => p.name).sort()).toEqual(['Ines Varga', 'Maren Okafor', 'Tove Lindqvist']);
    expect(people.find((p) => p.name === 'Tove Lindqvist')).toMatchObject({ organization: 'Norrsken Energi', role: 'Grid Planner' });
    expect(people.find((p) => p.name === 'Ines Varga')?.organization).toBe((await getContact(await getDb(), ines.id))?.organization);
  });

  it('the reminder pass’s move to no-reply shows in it', async () => {
    const sentAt = Date.now() - 60 * 24 * 3_600_000;
    let asked = markRequestSent(makeContact('sam-quiet', { createdAt: 1_700_000_900_000, meeting: null, stage: 'saved' }), sentAt);
    for (let i = 0; i < DEFAULT_SETTINGS.maxNudges; i++) asked = recordNudge(asked, sentAt + (i + 1) * 1000, DEFAULT_SETTINGS);
    await putContact(await getDb(), asked);
    await checkReminders({ notify: false });
    expect((await getContact(await getDb(), asked.id))?.stage).toBe('no-reply');
    expect((await expectWholeSummary())[0]).toMatchObject({ name: 'Sam Quiet', stage: 'no-reply' });
  });

  it('the reminder pass works the head’s “what to do now” out again once time has passed it, and sets the alarm for then at the latest', async () => {
    const db = await getDb();
    // A meeting in three days: it becomes tomorrow's at a midnight before its reminder falls
    // due, which the alarm would otherwise wait for.
    const start = Date.now() + 3 * 24 * 3_600_000;
    await send('pipeline.scheduleMeeting', { id: maren.id, meeting: { start, timeZone: 'UTC', minutes: 30, mode: 'video', place: '' } });
    const head = (await db.get('summary', HEAD_KEY)) as StoredHead;
    expect(head.todo.until).toBeGreaterThan(Date.now() + 24 * 3_600_000);
    expect(head.todo.until).toBeLessThan(start - 24 * 3_600_000);
    // As if it had been written long ago and held only a moment: no write since.
    const stale = { ...head, todo: { ...head.todo, at: head.todo.at - 1000, until: head.todo.at - 999 } };
    await db.put('summary', stale, HEAD_KEY);
    const create = vi.spyOn(api.alarms, 'create');
    const get = vi.spyOn(api.alarms, 'get').mockResolvedValue(undefined);
    await checkReminders({ notify: false });
    const fresh = (await db.get('summary', HEAD_KEY)) as StoredHead;
    expect(fresh.todo.at).toBeGreaterThan(head.todo.at - 1);
    expect(fresh.todo.until).toBe(head.todo.until);
    await expectWholeSummary();
    expect(create).toHaveBeenCalledWith('rapport-reminders', { when: head.todo.until });
    create.mockRestore();
    get.mockRestore();
  });

  it('new settings work everyone’s due time out again, in the same transaction', async () => {
    const sent = markRequestSent(
      makeContact('sam-asked', { createdAt: 1_700_000_900_000, meeting: null, stage: 'saved' }),
      Date.UTC(2026, 0, 5, 9),
    );
    await putContact(await getDb(), sent);
    expect((await expectWholeSummary())[0].clock).toEqual({
      key: expect.stringMatching(/^7 days, 3 months, /),
      dueAt: Date.UTC(2026, 0, 12, 9),
    });
    await send('settings.save', { settings: { ...DEFAULT_SETTINGS, followUpDays: 3 } }, options);
    expect((await expectWholeSummary())[0].clock).toEqual({
      key: expect.stringMatching(/^3 days, 3 months, /),
      dueAt: Date.UTC(2026, 0, 8, 9),
    });
  });

  it('a save reads and rewrites only the record that holds the person, not everyone', async () => {
    const db = await getDb();
    for (let i = 0; i < 200; i++) await putContact(db, makeContact(`person-${i}`, { createdAt: 1_700_000_000_000 + i }));
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    await send('contact.move', { id: maren.id, to: 'declined' });
    const summaryCalls = (spy: typeof get | typeof put) =>
      spy.mock.calls.filter((_, i) => (spy.mock.contexts[i] as IDBObjectStore).name === 'summary');
    // With the head (the counts, the newest, "what to do now") and, as Maren had a meeting,
    // those who can fall due.
    expect(summaryCalls(get).map(([key]) => key)).toEqual([HEAD_KEY, getSummaryKey(maren.id), DUE_KEY]);
    const written = summaryCalls(put);
    expect(written.map(([, key]) => key)).toEqual([getSummaryKey(maren.id), HEAD_KEY, DUE_KEY]);
    // That record holds exactly the people whose id has the same key: a part of the 202.
    const ids = (written[0][0] as StoredSummary).id;
    const sameKey = (await db.getAllKeys('contacts')).filter((id) => getSummaryKey(id) === getSummaryKey(maren.id));
    expect([...ids].sort()).toEqual(sameKey.sort());
    expect(ids.length).toBeLessThan(202 / 4);
    // Someone new, just saved, can't fall due: the due record is neither read nor written.
    get.mockClear();
    put.mockClear();
    const capture = { profileUrl: 'https://www.linkedin.com/in/noor-haddad/', name: 'Noor Haddad', firstName: 'Noor' };
    await saveCapture(
      db,
      { ...capture, headline: '', role: '', organization: '', location: null, sources: {}, missing: [] },
      1_800_000_000_000,
    );
    expect(summaryCalls(get).map(([key]) => key)).toEqual([HEAD_KEY, getSummaryKey(capture.profileUrl)]);
    expect(summaryCalls(put).map(([, key]) => key)).toEqual([getSummaryKey(capture.profileUrl), HEAD_KEY]);
    get.mockRestore();
    put.mockRestore();
    expect((await expectWholeSummary()).find((p) => p.id === maren.id)?.stage).toBe('declined');
  });

  it('beyond the newest 50, its head follows every write: a delete among the newest brings the next in', async () => {
    const db = await getDb();
    for (let i = 0; i < 60; i++) {
      const slug = `person-${String(i).padStart(2, '0')}`;
      await putContact(
        db,
        makeContact(slug, { createdAt: 1_800_000_000_000 + i * 1000, stage: i % 2 ? 'request-sent' : 'saved', meeting: null }),
      );
    }
    const head = async () => {
      await expectWholeSummary(); // the head too, record for record
      return (await readSummaries(db)).storedRecords.get(HEAD_KEY) as StoredHead;
    };
    expect((await head()).newest.name.at(-1)).toBe('Person 10');
    const youngest = (await getContact(db, 'https://www.linkedin.com/in/person-59/'))!;
    await send('contact.delete', { id: youngest.id });
    const { newest } = await head();
    expect([newest.name[0], newest.name.at(-1), newest.name.length]).toEqual(['Person 58', 'Person 09', 50]);
    await send('contact.move', { id: 'https://www.linkedin.com/in/person-31/', to: 'declined' });
    expect((await head()).stageCounts).toEqual([
      ['saved', 31],
      ['request-sent', 28],
      ['meeting-scheduled', 1],
      ['declined', 1],
    ]);
    await send('contact.restore', { contact: youngest });
    expect((await head()).total).toBe(62);
    expect((await head()).newest.name[0]).toBe('Person 59');
    await send(
      'data.commitImport',
      {
        text: 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nTove,Lindqvist,https://www.linkedin.com/in/tove-lindqvist,,Norrsken Energi,Grid Planner,02 Jan 2024',
      },
      options,
    );
    expect((await head()).total).toBe(63);
  });

  it('a draft saved as the user types leaves the summary unwritten', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    await send('letter.saveDraft', {
      id: maren.id,
      variant: 'email',
      draft: { templateId: 'email-default', subject: 'Hello', body: 'Dear Maren' },
    });
    expect(put.mock.contexts.map((store) => (store as IDBObjectStore).name)).toEqual(['contacts']);
    put.mockRestore();
    await expectWholeSummary();
  });
});
