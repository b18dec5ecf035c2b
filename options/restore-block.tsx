// "Restore from a backup": the background checks the file and says what it holds; after the
// user confirms, it replaces everything with it in one transaction.
import { sendFromPage, sendFromPageAfterStop } from '../src/messaging';
import { countPeople } from './data-outcome';
import { FilePicker } from './file-picker';
import { StatusLine } from './status-line';
import { useFileTask } from './use-file-task';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function RestoreBlock() {
  const { pending, status, busy, choose, confirm, cancel } = useFileTask({
    read: (file) => file.text(),
    preview: (text) => sendFromPage('data.previewRestore', { text }),
    write: (text) => sendFromPage('data.restoreBackup', { text }),
    hasLanded: (text) => sendFromPageAfterStop('data.holdsBackup', { text }),
    describeDone: ({ name, preview }, result) => `Restored ${countPeople(result?.contacts ?? preview.contacts)} from ${name}.`,
    unchanged: 'Nothing was changed.',
    stopped: 'Rapport was stopped before the restore finished, so nothing was changed. Restore again.',
  });

  const preview = pending?.preview;
  return (
    <section class="card data-block" aria-labelledby="data-restore">
      <h3 id="data-restore">Restore from a backup</h3>
      <FilePicker id="restore-file" label="Backup file (.json)" accept=".json,application/json" onFile={(f) => void choose(f)} />
      {preview && (
        <section class="preview" aria-label="Restore preview">
          <p>
            <strong>{pending.name}</strong>, made {dateTime.format(new Date(preview.exportedAt))}: {countPeople(preview.contacts)}
            {preview.hasProfile && ', your profile'}
            {preview.hasSettings && ', settings'}
            {preview.hasTemplates && ', templates'}.
          </p>
          <p class="notice">
            Restoring replaces everything in Rapport now
            {preview.currentContacts > 0 ? ` — ${countPeople(preview.currentContacts)}` : ''} — with the backup. Download a backup of what
            is here first if you may want it.
          </p>
          <div class="actions">
            <button class="primary" type="button" disabled={busy} onClick={() => void confirm()}>
              Restore {countPeople(preview.contacts)}
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
