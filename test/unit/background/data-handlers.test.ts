// The data messages as the options page sends them, through the router, against the
// background's own database.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageSender } from '../../../src/browser';

vi.mock('../../../src/browser', () => ({
  api: { runtime: { id: 'rapport-id' } },
  getRuntimeId: () => 'rapport-id',
  getExtensionOrigin: () => 'chrome-extension://rapport-id/',
}));

const { dataHandlers } = await import('../../../src/background/data-handlers');
const { getDb } = await import('../../../src/background/db');
const { dispatch } = await import('../../../src/background/router');
const { dumpDb, fillDb } = await import('../db/fixtures');
type Handlers = import('../../../src/background/router').Handlers;

const options: MessageSender = { id: 'rapport-id', url: 'chrome-extension://rapport-id/options/index.html#data' };
const handlers = dataHandlers as Handlers;

beforeEach(async () => {
  const db = await getDb();
  await Promise.all([db.clear('contacts'), db.clear('meta')]);
  await fillDb(db);
});

describe('data messages', () => {
  it('delete everything needs the typed word, then empties every store', async () => {
    const before = await dumpDb(await getDb());
    expect(await dispatch(handlers, 'data.deleteAll', { confirm: 'delete' }, options)).toEqual({
      ok: false,
      error: 'Nothing was deleted: type DELETE to confirm.',
    });
    expect(await dumpDb(await getDb())).toBe(before);
    expect(await dispatch(handlers, 'data.deleteAll', { confirm: 'DELETE' }, options)).toEqual({ ok: true, value: { deleted: 3 } });
    expect(await dumpDb(await getDb())).toBe('{"contacts":[],"meta":[],"summary":[]}');
  });

  it('matches imported rows to saved people by canonical profile URL, whatever variant the file has', async () => {
    const text = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Maren,Okafor,https://nl.linkedin.com/in/Maren-Okafor?trk=x,maren@example.org,Bluefen,Hydrologist,01 Jan 2024',
      'Jörgen,Bäck,https://www.linkedin.com/in/jörgen-bäck,,Bluefen,Hydrologist,01 Jan 2024',
    ].join('\r\n');
    const preview = await dispatch(handlers, 'data.previewImport', { text }, options);
    expect(preview).toMatchObject({ ok: true, value: { counts: { added: 0, updated: 1, skipped: 1 } } });
    expect(await dispatch(handlers, 'data.commitImport', { text }, options)).toEqual({
      ok: true,
      value: { added: 0, updated: 1, skipped: 1 },
    });
    expect((await (await getDb()).get('contacts', 'https://www.linkedin.com/in/maren-okafor/'))!.email).toBe('maren@example.org');
  });

  it('exports files with names and types a download can use', async () => {
    const backup = await dispatch(handlers, 'data.exportBackup', {}, options);
    expect(backup).toMatchObject({
      ok: true,
      value: { fileName: expect.stringMatching(/^rapport-backup-\d{4}-\d\d-\d\d\.json$/), mimeType: 'application/json' },
    });
    const csv = await dispatch(handlers, 'data.exportCsv', {}, options);
    expect(csv).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/^rapport-contacts-.*\.csv$/), mimeType: 'text/csv' } });
  });

  it('refuses a request without file text', async () => {
    expect(await dispatch(handlers, 'data.restoreBackup', {} as { text: string }, options)).toEqual({
      ok: false,
      error: 'No file was read. Choose the file again.',
    });
  });
});
