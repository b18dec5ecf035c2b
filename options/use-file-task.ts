// What "Restore from a backup" and "Import people from CSV" share: the user chooses a file,
// the page reads it, the background says what it would do, and after the user confirms it
// writes the change in one transaction — and says how that went, even when the browser
// stopped the background before it answered.
import { useState } from 'preact/hooks';
import { getWriteOutcome } from './data-outcome';
import type { Status } from './status-line';

interface PendingFile<Preview> {
  name: string;
  text: string;
  preview: Preview;
}

interface FileTask<Preview, Result> {
  read: (file: File) => Promise<string>;
  preview: (text: string) => Promise<Preview>;
  write: (text: string) => Promise<Result>;
  /** After a stop: whether the change is in the database. */
  hasLanded: (text: string) => Promise<boolean>;
  /** What was done; `result` is null when the background was stopped after doing it. */
  describeDone: (file: PendingFile<Preview>, result: Result | null) => string;
  /** Said after any failure, e.g. "Nothing was changed." */
  unchanged: string;
  /** Said when the background was stopped before the change was in. */
  stopped: string;
}

export function useFileTask<Preview, Result>(task: FileTask<Preview, Result>) {
  const [pending, setPending] = useState<PendingFile<Preview> | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File) => {
    setPending(null);
    setStatus(null);
    try {
      const text = await task.read(file);
      setPending({ name: file.name, text, preview: await task.preview(text) });
    } catch (e) {
      setStatus({ kind: 'error', text: `${file.name}: ${(e as Error).message} ${task.unchanged}` });
    }
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    const outcome = await getWriteOutcome(
      () => task.write(pending.text),
      () => task.hasLanded(pending.text),
    );
    if (outcome.kind === 'failed') setStatus({ kind: 'error', text: `${outcome.message} ${task.unchanged}` });
    else if (outcome.kind === 'lost') setStatus({ kind: 'error', text: task.stopped });
    else {
      setStatus({ kind: 'ok', text: task.describeDone(pending, outcome.kind === 'done' ? outcome.value : null) });
      setPending(null);
    }
    setBusy(false);
  };

  return { pending, status, busy, choose, confirm, cancel: () => setPending(null) };
}
