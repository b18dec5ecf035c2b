// "Delete everything": only after the user types the word, with a last chance to back up.
import { useState } from 'preact/hooks';
import { sendFromPage } from '../src/messaging';
import { DELETE_ALL_CONFIRMATION } from '../src/model';
import { downloadText } from '../src/ui/download';
import { countPeople } from './data-outcome';
import { StatusLine, type Status } from './status-line';

export function DeleteAllBlock() {
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const backupFirst = async () => {
    try {
      downloadText(await sendFromPage('data.exportBackup', {}));
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    }
  };
  const deleteAll = async () => {
    setBusy(true);
    try {
      const { deleted } = await sendFromPage('data.deleteAll', { confirm: typed });
      setTyped('');
      setStatus({ kind: 'ok', text: `Deleted ${countPeople(deleted)}, your profile, settings and templates.` });
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
        Removes every person, their history, notes and drafts, your profile, settings and templates from this browser. It can't be undone —
        only a backup brings it back.
      </p>
      <div class="actions">
        <button class="secondary" type="button" onClick={() => void backupFirst()}>
          Download a backup first
        </button>
      </div>
      <div class="field">
        <label for="delete-confirm">Type {DELETE_ALL_CONFIRMATION} to confirm</label>
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
        <button class="danger" type="button" disabled={busy || typed !== DELETE_ALL_CONFIRMATION} onClick={() => void deleteAll()}>
          Delete everything
        </button>
      </div>
      <StatusLine status={status} />
    </section>
  );
}
