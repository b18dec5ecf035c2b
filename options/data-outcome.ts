// What a task on "Your data" came to, and the words for it. A restore and an import are each
// one transaction in the background: when the browser stops the background before it
// answers, the change is in the database whole or not at all, and the page asks which.
import { StoppedError } from '../src/messaging';
import type { ImportCounts } from '../src/formats/import-plan';

type WriteOutcome<T> =
  | { kind: 'done'; value: T }
  /** Stopped before it answered, and the change is in. */
  | { kind: 'landed' }
  /** Stopped before it answered, and nothing changed. */
  | { kind: 'lost' }
  | { kind: 'failed'; message: string };

/** Runs `write`; when the background was stopped first, `hasLanded` (sent after the stop)
 * tells whether the change is in. A check that fails counts as "not in". */
export async function getWriteOutcome<T>(write: () => Promise<T>, hasLanded: () => Promise<boolean>): Promise<WriteOutcome<T>> {
  try {
    return { kind: 'done', value: await write() };
  } catch (e) {
    if (!(e instanceof StoppedError)) return { kind: 'failed', message: (e as Error).message };
    return (await hasLanded().catch(() => false)) ? { kind: 'landed' } : { kind: 'lost' };
  }
}

export function countPeople(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'person' : 'people'}`;
}

export function describeImported(counts: ImportCounts): string {
  return `Imported: ${countPeople(counts.added)} added, ${counts.updated.toLocaleString()} updated, ${counts.skipped.toLocaleString()} skipped.`;
}
