// The one line under a block of "Your data" that says how its last task went.

export type Status = { kind: 'ok' | 'error'; text: string } | null;

export function StatusLine({ status }: { status: Status }) {
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
