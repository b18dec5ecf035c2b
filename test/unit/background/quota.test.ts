// A full disk: every write fails with QuotaExceededError part-way. The user gets a message
// they can act on, and nothing already saved is lost or half-changed.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageSender } from '../../../src/browser';

vi.mock('../../../src/browser', () => ({
  api: { runtime: { id: 'rapport-id' } },
  getRuntimeId: () => 'rapport-id',
  getExtensionOrigin: () => 'chrome-extension://rapport-id/',
}));

const { dataHandlers } = await import('../../../src/background/data-handlers');
const { getDb } = await import('../../../src/background/db');
const { dispatch } = await import('../../../src/background/router');
const { exportBackup } = await import('../../../src/db/data-store');
const { putContact, saveCapture } = await import('../../../src/db/repository');
const { dumpDb, fillDb, makeContact } = await import('../db/fixtures');
type Handlers = import('../../../src/background/router').Handlers;

const FULL_DISK = /^Your disk is full, so Rapport could not save this\. Nothing already saved was lost\./;
const page: MessageSender = { id: 'rapport-id', url: 'chrome-extension://rapport-id/options/index.html' };
const originalPut = IDBObjectStore.prototype.put;

/** The store accepts `allowed` more puts, then every put throws as a full disk does. */
function fillDiskAfter(allowed: number): void {
  let left = allowed;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (left-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return originalPut.apply(this, args);
  };
}

let before: string;
beforeEach(async () => {
  const db = await getDb();
  await Promise.all([db.clear('contacts'), db.clear('meta'), db.clear('summary')]);
  await fillDb(db);
  before = await dumpDb(db);
});
afterEach(() => {
  IDBObjectStore.prototype.put = originalPut;
});

describe('quota exceeded', () => {
  it('an import that fills the disk half-way imports nothing and says so', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `P${i},Q,https://www.linkedin.com/in/p-${i},,Org,Role,01 Jan 2024`);
    const text = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows].join('\n');
    fillDiskAfter(20);
    const reply = await dispatch(dataHandlers as Handlers, 'data.commitImport', { text }, page);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(FULL_DISK) });
    IDBObjectStore.prototype.put = originalPut;
    expect(await dumpDb(await getDb())).toBe(before);
  });

  it('a restore that fills the disk half-way keeps everything that was there (the clear is undone too)', async () => {
    const db = await getDb();
    const backup = await exportBackup(db, 0);
    await db.put('contacts', makeContact('added-after-backup'));
    const current = await dumpDb(db);
    fillDiskAfter(2);
    const reply = await dispatch(dataHandlers as Handlers, 'data.restoreBackup', { text: backup }, page);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(FULL_DISK) });
    IDBObjectStore.prototype.put = originalPut;
    expect(await dumpDb(db)).toBe(current);
  });

  it('saving a person on a full disk leaves the saved people as they were', async () => {
    const db = await getDb();
    fillDiskAfter(0);
    const save = saveCapture(
      db,
      {
        profileUrl: 'https://www.linkedin.com/in/new-person/',
        name: 'New Person',
        firstName: 'New',
        headline: null,
        role: null,
        organization: null,
        location: null,
        sources: {},
        missing: [],
      },
      1,
    );
    await expect(save).rejects.toMatchObject({ name: 'QuotaExceededError' });
    await expect(putContact(db, makeContact('another'))).rejects.toMatchObject({ name: 'QuotaExceededError' });
    IDBObjectStore.prototype.put = originalPut;
    expect(await dumpDb(db)).toBe(before);
  });

  it('a save whose contact is written but whose summary is not leaves neither (the popup never lists what is not saved)', async () => {
    const db = await getDb();
    fillDiskAfter(1); // the contact's put, not the summary's
    await expect(putContact(db, makeContact('another'))).rejects.toMatchObject({ name: 'QuotaExceededError' });
    IDBObjectStore.prototype.put = originalPut;
    expect(await dumpDb(db)).toBe(before);
  });
});
