// "Your data": backup, restore, CSV export and import, delete everything. Only extension
// pages may send these (router.ts refuses them from content scripts and web pages).
import { toCanonicalProfileUrl } from '../content/linkedin/pages';
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
import { DELETE_ALL_CONFIRMATION } from '../model';
import { getDb } from './db';
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

function requireText(text: unknown): string {
  if (typeof text !== 'string') throw new Error('No file was read. Choose the file again.');
  return text;
}

export const dataHandlers: Pick<Handlers, DataMessage> = {
  async 'data.exportBackup'() {
    const now = Date.now();
    return { fileName: getBackupFileName(now), mimeType: 'application/json', text: await exportBackup(await getDb(), now) };
  },

  async 'data.exportCsv'() {
    return { fileName: getCsvFileName(Date.now()), mimeType: 'text/csv', text: await exportContactsCsv(await getDb()) };
  },

  async 'data.previewRestore'({ text }) {
    return previewRestore(await getDb(), requireText(text));
  },

  async 'data.restoreBackup'({ text }) {
    return restoreBackup(await getDb(), requireText(text));
  },

  async 'data.holdsBackup'({ text }) {
    return holdsBackup(await getDb(), requireText(text));
  },

  async 'data.previewImport'({ text }) {
    return previewImport(await getDb(), requireText(text), toCanonicalProfileUrl, Date.now());
  },

  async 'data.commitImport'({ text }) {
    return commitImport(await getDb(), requireText(text), toCanonicalProfileUrl, Date.now());
  },

  async 'data.deleteAll'({ confirm }) {
    if (confirm !== DELETE_ALL_CONFIRMATION) {
      throw new Error(`Nothing was deleted: type ${DELETE_ALL_CONFIRMATION} to confirm.`);
    }
    return deleteEverything(await getDb());
  },
};
