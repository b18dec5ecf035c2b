// "Back up and export": the JSON backup and the CSV, made by the background, downloaded here.
import { useState } from 'preact/hooks';
import { sendFromPage } from '../src/messaging';
import { downloadText } from '../src/ui/download';
import { StatusLine, type Status } from './status-line';

export function BackupBlock() {
  const [status, setStatus] = useState<Status>(null);
  const run = async (name: 'data.exportBackup' | 'data.exportCsv') => {
    try {
      const file = await sendFromPage(name, {});
      downloadText(file);
      setStatus({ kind: 'ok', text: `Downloaded ${file.fileName}.` });
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    }
  };
  return (
    <section class="card data-block" aria-labelledby="data-backup">
      <h3 id="data-backup">Back up and export</h3>
      <p class="muted small">
        The backup is one JSON file with everyone and everything about them — history, notes, questions, drafts, meetings — plus your
        profile, settings and templates. Rapport can restore it exactly. The CSV has one row per person for a spreadsheet.
      </p>
      <div class="actions">
        <button class="primary" type="button" onClick={() => void run('data.exportBackup')}>
          Download backup (JSON)
        </button>
        <button class="secondary" type="button" onClick={() => void run('data.exportCsv')}>
          Download CSV
        </button>
      </div>
      <StatusLine status={status} />
    </section>
  );
}
