// Delete one person, with undo. The record is deleted at once (so no list shows a person the
// user removed) and the background hands the whole record back; Undo puts that record back
// exactly as it was — history, notes, drafts and all.
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendFromPage } from '../src/messaging';
import type { Contact } from '../src/model';

/** How long Undo stays offered before the deletion is final and `onDeleted` runs. */
export const UNDO_MS = 8000;

export function DeleteContact({
  contact,
  onDeleted,
  onRestored,
}: {
  contact: Contact;
  /** The deletion is final (Undo not taken): leave the contact view. */
  onDeleted: () => void;
  /** Undo was taken: the person is back; re-read them. */
  onRestored?: (contact: Contact) => void;
}) {
  const [deleted, setDeleted] = useState<Contact | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const done = useRef(onDeleted);
  done.current = onDeleted;

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const remove = async () => {
    setBusy(true);
    setError('');
    try {
      const record = await sendFromPage('contact.delete', { id: contact.id });
      setDeleted(record);
      timer.current = setTimeout(() => done.current(), UNDO_MS);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!deleted) return;
    if (timer.current) clearTimeout(timer.current);
    setBusy(true);
    try {
      const restored = await sendFromPage('contact.restore', { contact: deleted });
      setDeleted(null);
      onRestored?.(restored);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const finish = () => {
    if (timer.current) clearTimeout(timer.current);
    onDeleted();
  };

  if (deleted) {
    return (
      <div class="section">
        <div class="notice row spread" role="status">
          <span>
            Deleted <strong>{deleted.name}</strong>.
          </span>
          <span class="row">
            <button class="link-button" type="button" disabled={busy} onClick={() => void undo()}>
              Undo
            </button>
            <button class="link-button" type="button" onClick={finish}>
              OK
            </button>
          </span>
        </div>
        {error && (
          <p class="error small" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <div class="section">
      <button class="link-button delete-contact" type="button" disabled={busy} onClick={() => void remove()}>
        Delete {contact.name} from Rapport
      </button>
      {error && (
        <p class="error small" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
