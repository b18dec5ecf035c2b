// "Your data": backup, restore, CSV export and import, delete everything. Only extension
// pages may send these (router.ts refuses them from content scripts and web pages).
import { getBackupFileName } from '../formats/backup';
import { getCsvFileName } from '../formats/csv-export';
import {
  commitImport,
  deleteEverything,
  exportBackup,
  exportContactsCsv,
  holdsBackup,
  previewImport,
  previewRestore,
  restoreBackup,
} from '../db/data-store';
import { getDb } from './db';
import { toCanonicalProfileUrl } from './linkedin-urls';
import type { Handlers } from './router';

type DataMessage =
  | 'data.exportBackup'
  | 'data.exportCsv'
  | 'data.previewRestore'
  | 'data.restoreBackup'
  | 'data.holdsBackup'
  | 'data.previewImport'
  | 'data.commitImport'
  | 'data.deleteAll';

export const dataHandlers: Pick<Handlers, DataMessage> = {
  async 'data.exportBackup'() {
    const now = Date.now();
    return { fileName: getBackupFileName(now), mimeType: 'application/json', text: await exportBackup(await getDb(), now) };
  },

  async 'data.exportCsv'() {
    return { fileName: getCsvFileName(Date.now()), mimeType: 'text/csv', text: await exportContactsCsv(await getDb()) };
  },

  async 'data.previewRestore'({ text }) {
    return previewRestore(await getDb(), text);
  },

  async 'data.restoreBackup'({ text }) {
    return restoreBackup(await getDb(), text);
  },

  async 'data.holdsBackup'({ text }) {
    return holdsBackup(await getDb(), text);
  },

  async 'data.previewImport'({ text }) {
    return previewImport(await getDb(), text, toCanonicalProfileUrl, Date.now());
  },

  async 'data.commitImport'({ text }) {
    return commitImport(await getDb(), text, toCanonicalProfileUrl, Date.now());
  },

  async 'data.deleteAll'() {
    return deleteEverything(await getDb());
  },
};
