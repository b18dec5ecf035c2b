// "Storage": whether the browser keeps Rapport's data when the disk runs low, and asking it to.
import { useEffect, useState } from 'preact/hooks';
import { StatusLine, type Status } from './status-line';

/** "Persistent" storage is never cleared by the browser to free space (only by the user). */
export function StorageBlock() {
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
      setStatus(
        granted
          ? null
          : { kind: 'error', text: 'The browser said no for now. It may agree later, as you use Rapport more; keep backups meanwhile.' },
      );
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
            <span class="badge warn-badge">Not persistent</span> The browser has not promised to keep Rapport's data if the disk runs low.
            Keep backups.
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
