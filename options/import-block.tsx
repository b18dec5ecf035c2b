// "Import people from CSV": the file is decoded here, the background plans the import and
// shows what it would do; after the user confirms, it writes it in one transaction.
import { decodeCsvBytes } from '../src/formats/csv-text';
import type { ImportPreview } from '../src/formats/import-plan';
import { sendFromPage, sendFromPageAfterStop } from '../src/messaging';
import { countPeople, describeImported } from './data-outcome';
import { FilePicker } from './file-picker';
import { ImportSummary } from './import-summary';
import { StatusLine } from './status-line';
import { useFileTask } from './use-file-task';

const KIND_LABEL: Record<ImportPreview['kind'], string> = {
  'linkedin-connections': 'LinkedIn connections export',
  rapport: 'Rapport CSV export',
  spreadsheet: 'spreadsheet',
};

export function ImportBlock() {
  const { pending, status, busy, choose, confirm, cancel } = useFileTask({
    read: async (file) => decodeCsvBytes(new Uint8Array(await file.arrayBuffer())),
    preview: (text) => sendFromPage('data.previewImport', { text }),
    write: (text) => sendFromPage('data.commitImport', { text }),
    // The file landed when it has nothing left to add or update.
    hasLanded: async (text) => {
      const { counts } = await sendFromPageAfterStop('data.previewImport', { text });
      return counts.added === 0 && counts.updated === 0;
    },
    describeDone: ({ preview }, result) => describeImported(result ?? preview.counts),
    unchanged: 'Nothing was imported.',
    stopped: 'Rapport was stopped before the import finished, so nothing was imported. Import again.',
  });

  const preview = pending?.preview;
  const writes = preview ? preview.counts.added + preview.counts.updated : 0;
  return (
    <section class="card data-block" aria-labelledby="data-import">
      <h3 id="data-import">Import people from CSV</h3>
      <p class="muted small">
        LinkedIn's own export (Settings → Data privacy → Get a copy of your data → Connections), Rapport's CSV, or any sheet with a name and
        a LinkedIn profile address. People already in Rapport are matched by profile address; what you typed or edited is kept.
      </p>
      <FilePicker id="import-file" label="CSV file" accept=".csv,text/csv" onFile={(f) => void choose(f)} />
      {preview && (
        <section class="preview" aria-label="Import preview">
          <p>
            <strong>{pending.name}</strong> ({KIND_LABEL[preview.kind]}):
          </p>
          <ImportSummary preview={preview} />
          <div class="actions">
            <button class="primary" type="button" disabled={busy || writes === 0} onClick={() => void confirm()}>
              {writes === 0 ? 'Nothing to import' : `Import ${countPeople(writes)}`}
            </button>
            <button class="secondary" type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </section>
      )}
      <StatusLine status={status} />
    </section>
  );
}
