// "Your data": back up, restore, export and import contacts, keep storage persistent, and
// delete everything. Files are read here; the background validates and writes them.
import { useEffect, useState } from 'preact/hooks';
import type { RestorePreview } from '../src/formats/backup';
import { decodeCsvBytes } from '../src/formats/csv-text';
import type { ImportCounts, ImportPreview, ImportPreviewRow } from '../src/formats/import-plan';
import { send, sendAfterStop, StoppedError } from '../src/messaging';
import { downloadText } from '../src/ui/download';

const DELETE_WORD = 'DELETE';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

function StatusLine({ status }: { status: Status }) {
  if (!status) return null;
  return status.kind === 'error' ? (
    <p class="error" role="alert">
      {status.text}
    </p>
  ) : (
    <p class="saved-note" role="status">
      {status.text}
    </p>
  );
}

export function DataSection() {
  return (
    <div class="panel-section data-section">
      <h2>Your data</h2>
      <p class="lead">
        Everything Rapport keeps is on this computer, in this browser profile — nowhere else. Keep a backup somewhere
        safe.
      </p>
      <BackupBlock />
      <RestoreBlock />
      <ImportBlock />
      <StorageBlock />
      <DeleteAllBlock />
    </div>
  );
}

function BackupBlock() {
  const [status, setStatus] = useState<Status>(null);
  const run = async (name: 'data.exportBackup' | 'data.exportCsv') => {
    try {
      const file = await send(name, {});
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
        The backup is one JSON file with everyone and everything about them — history, notes, questions, drafts,
        meetings — plus your profile, settings and templates. Rapport can restore it exactly. The CSV has one row per
        person for a spreadsheet.
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

function FilePicker({ id, label, accept, onFile }: { id: string; label: string; accept: string; onFile: (file: File) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = ''; // choosing the same file again still fires
          if (file) onFile(file);
        }}
      />
    </div>
  );
}

function RestoreBlock() {
  const [pending, setPending] = useState<{ name: string; text: string; preview: RestorePreview } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File) => {
    setPending(null);
    setStatus(null);
    try {
      const text = await file.text();
      setPending({ name: file.name, text, preview: await send('data.previewRestore', { text }) });
    } catch (e) {
      setStatus({ kind: 'error', text: `${file.name}: ${(e as Error).message} Nothing was changed.` });
    }
  };
  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    const done = (contacts: number) => {
      setStatus({ kind: 'ok', text: `Restored ${plural(contacts, 'person', 'people')} from ${pending.name}.` });
      setPending(null);
    };
    try {
      done((await send('data.restoreBackup', { text: pending.text })).contacts);
    } catch (e) {
      if (!(e instanceof StoppedError)) setStatus({ kind: 'error', text: `${(e as Error).message} Nothing was changed.` });
      // Cut off: the restore is one transaction, so the database holds the backup or what it held before.
      else if (await sendAfterStop('data.holdsBackup', { text: pending.text }).catch(() => null)) done(pending.preview.contacts);
      else setStatus({ kind: 'error', text: 'Rapport was stopped before the restore finished, so nothing was changed. Restore again.' });
    } finally {
      setBusy(false);
    }
  };

  const preview = pending?.preview;
  return (
    <section class="card data-block" aria-labelledby="data-restore">
      <h3 id="data-restore">Restore from a backup</h3>
      <FilePicker id="restore-file" label="Backup file (.json)" accept=".json,application/json" onFile={(f) => void choose(f)} />
      {preview && (
        <div class="preview" aria-label="Restore preview">
          <p>
            <strong>{pending.name}</strong>, made {dateTime.format(new Date(preview.exportedAt))}:{' '}
            {plural(preview.contacts, 'person', 'people')}
            {preview.hasProfile && ', your profile'}
            {preview.hasSettings && ', settings'}
            {preview.hasTemplates && ', templates'}.
          </p>
          <p class="notice">
            Restoring replaces everything in Rapport now
            {preview.currentContacts > 0 ? ` — ${plural(preview.currentContacts, 'person', 'people')}` : ''} — with the
            backup. Download a backup of what is here first if you may want it.
          </p>
          <div class="actions">
            <button class="primary" type="button" disabled={busy} onClick={() => void restore()}>
              Restore {plural(preview.contacts, 'person', 'people')}
            </button>
            <button class="secondary" type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <StatusLine status={status} />
    </section>
  );
}

function PreviewTable({ caption, rows, total }: { caption: string; rows: ImportPreviewRow[]; total: number }) {
  if (rows.length === 0) return null;
  return (
    <table class="data-table">
      <caption>
        {caption}
        {total > rows.length ? ` (first ${rows.length} of ${total.toLocaleString()})` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Name</th>
          <th scope="col">Role and organization</th>
          {rows.some((r) => r.changes) && <th scope="col">Changes</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.profileUrl}>
            <td class="num">{row.line}</td>
            <td>{row.name}</td>
            <td>{[row.role, row.organization].filter(Boolean).join(' at ')}</td>
            {row.changes !== undefined && <td>{row.changes}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const KIND_LABEL: Record<ImportPreview['kind'], string> = {
  'linkedin-connections': 'LinkedIn connections export',
  rapport: 'Rapport CSV export',
  spreadsheet: 'spreadsheet',
};

/** After a cut-off import: true when the file has nothing left to add or update (it landed). */
async function hasNothingLeftToImport(text: string): Promise<boolean> {
  const preview = await sendAfterStop('data.previewImport', { text }).catch(() => null);
  return preview !== null && preview.counts.added === 0 && preview.counts.updated === 0;
}

function ImportBlock() {
  const [pending, setPending] = useState<{ name: string; text: string; preview: ImportPreview } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File) => {
    setPending(null);
    setStatus(null);
    try {
      const text = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
      setPending({ name: file.name, text, preview: await send('data.previewImport', { text }) });
    } catch (e) {
      setStatus({ kind: 'error', text: `${file.name}: ${(e as Error).message} Nothing was imported.` });
    }
  };
  const commit = async () => {
    if (!pending) return;
    setBusy(true);
    const done = (counts: ImportCounts) => {
      setStatus({
        kind: 'ok',
        text: `Imported: ${plural(counts.added, 'person', 'people')} added, ${counts.updated.toLocaleString()} updated, ${counts.skipped.toLocaleString()} skipped.`,
      });
      setPending(null);
    };
    try {
      done(await send('data.commitImport', { text: pending.text }));
    } catch (e) {
      if (!(e instanceof StoppedError)) setStatus({ kind: 'error', text: `${(e as Error).message} Nothing was imported.` });
      // Cut off: the import is one transaction, so the file is either all in (nothing left to
      // add or update) or not at all.
      else if (await hasNothingLeftToImport(pending.text)) done(pending.preview.counts);
      else setStatus({ kind: 'error', text: 'Rapport was stopped before the import finished, so nothing was imported. Import again.' });
    } finally {
      setBusy(false);
    }
  };

  const preview = pending?.preview;
  const writes = preview ? preview.counts.added + preview.counts.updated : 0;
  return (
    <section class="card data-block" aria-labelledby="data-import">
      <h3 id="data-import">Import people from CSV</h3>
      <p class="muted small">
        LinkedIn's own export (Settings → Data privacy → Get a copy of your data → Connections), Rapport's CSV, or any
        sheet with a name and a LinkedIn profile address. People already in Rapport are matched by profile address;
        what you typed or edited is kept.
      </p>
      <FilePicker id="import-file" label="CSV file" accept=".csv,text/csv" onFile={(f) => void choose(f)} />
      {preview && (
        <div class="preview" aria-label="Import preview">
          <p>
            <strong>{pending.name}</strong> ({KIND_LABEL[preview.kind]}):
          </p>
          <ul class="counts">
            <li>
              <span class="badge">{preview.counts.added.toLocaleString()}</span> to add
            </li>
            <li>
              <span class="badge">{preview.counts.updated.toLocaleString()}</span> to update
            </li>
            <li>
              <span class="badge muted-badge">{preview.counts.skipped.toLocaleString()}</span> skipped
            </li>
          </ul>
          <PreviewTable caption="New people" rows={preview.added} total={preview.counts.added} />
          <PreviewTable caption="Already in Rapport, to update" rows={preview.updated} total={preview.counts.updated} />
          {preview.skipped.length > 0 && (
            <details class="skipped" open={writes === 0}>
              <summary>
                Skipped rows ({preview.counts.skipped.toLocaleString()}
                {preview.counts.skipped > preview.skipped.length ? `, first ${preview.skipped.length} shown` : ''})
              </summary>
              <ul>
                {preview.skipped.map((row) => (
                  <li key={row.line}>
                    <span class="num">Line {row.line}</span> {row.label && <strong>{row.label}</strong>} — {row.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div class="actions">
            <button class="primary" type="button" disabled={busy || writes === 0} onClick={() => void commit()}>
              {writes === 0 ? 'Nothing to import' : `Import ${plural(writes, 'person', 'people')}`}
            </button>
            <button class="secondary" type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <StatusLine status={status} />
    </section>
  );
}

/** "Persistent" storage is never cleared by the browser to free space (only by the user). */
function StorageBlock() {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const supported = typeof navigator.storage?.persisted === 'function';

  useEffect(() => {
    if (supported) void navigator.storage.persisted().then(setPersisted, () => setPersisted(false));
  }, [supported]);

  const ask = async () => {
    try {
      const granted = await navigator.storage.persist();
      setPersisted(granted);
      setStatus(granted ? null : { kind: 'error', text: 'The browser said no for now. It may agree later, as you use Rapport more; keep backups meanwhile.' });
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    }
  };

  return (
    <section class="card data-block" aria-labelledby="data-storage">
      <h3 id="data-storage">Storage</h3>
      {!supported ? (
        <p class="muted small">This browser does not say whether it may clear Rapport's data. Keep backups.</p>
      ) : persisted === null ? (
        <p class="muted small">Checking…</p>
      ) : persisted ? (
        <p data-testid="storage-status">
          <span class="badge">Persistent</span> The browser will not clear Rapport's data to free disk space.
        </p>
      ) : (
        <>
          <p data-testid="storage-status">
            <span class="badge warn-badge">Not persistent</span> The browser has not promised to keep Rapport's data
            if the disk runs low. Keep backups.
          </p>
          <div class="actions">
            <button class="secondary" type="button" onClick={() => void ask()}>
              Ask the browser to keep it
            </button>
          </div>
        </>
      )}
      <StatusLine status={status} />
    </section>
  );
}

function DeleteAllBlock() {
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const backupFirst = async () => {
    try {
      downloadText(await send('data.exportBackup', {}));
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    }
  };
  const deleteAll = async () => {
    setBusy(true);
    try {
      const { deleted } = await send('data.deleteAll', { confirm: typed });
      setTyped('');
      setStatus({ kind: 'ok', text: `Deleted ${plural(deleted, 'person', 'people')}, your profile, settings and templates.` });
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card data-block danger-block" aria-labelledby="data-delete">
      <h3 id="data-delete">Delete everything</h3>
      <p class="muted small">
        Removes every person, their history, notes and drafts, your profile, settings and templates from this browser.
        It can't be undone — only a backup brings it back.
      </p>
      <div class="actions">
        <button class="secondary" type="button" onClick={() => void backupFirst()}>
          Download a backup first
        </button>
      </div>
      <div class="field">
        <label for="delete-confirm">Type {DELETE_WORD} to confirm</label>
        <input
          id="delete-confirm"
          value={typed}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => {
            setStatus(null);
            setTyped((e.currentTarget as HTMLInputElement).value);
          }}
        />
      </div>
      <div class="actions">
        <button class="danger" type="button" disabled={busy || typed !== DELETE_WORD} onClick={() => void deleteAll()}>
          Delete everything
        </button>
      </div>
      <StatusLine status={status} />
    </section>
  );
}
