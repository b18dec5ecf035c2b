// "What to do now": thank-you notes and follow-ups due, today's and tomorrow's meetings,
// touch-bases due — each with the one click that records it done. A long group shows its
// first few until the user asks for all (after weeks away, hundreds may be due).
import { useEffect, useState } from 'preact/hooks';
import { sendFromPage } from '../src/messaging';
import { DUE_PREVIEW, type DuePerson, type TodoView } from '../src/db/summary';
import type { DueGroups, DueItem } from '../src/pipeline/due';
import type { PageMessageName } from '../src/protocol';
import { formatRoleAt, formatTime, formatWhen } from './format';
import { afterNextFrame, POPUP_HEIGHT } from './ready';

type DoneMessage = Extract<PageMessageName, 'pipeline.markThanked' | 'pipeline.recordNudge' | 'pipeline.recordTouchBase'>;

const GROUPS: { key: keyof DueGroups; title: string; done?: { label: string; message: DoneMessage } }[] = [
  { key: 'thanks', title: 'Thank-you notes due', done: { label: 'Thanked', message: 'pipeline.markThanked' } },
  { key: 'followUps', title: 'Follow-ups due', done: { label: 'Followed up', message: 'pipeline.recordNudge' } },
  { key: 'meetingsToday', title: 'Meetings today' },
  { key: 'meetingsTomorrow', title: 'Meetings tomorrow' },
  { key: 'touchBases', title: 'Touch-bases due', done: { label: 'Done', message: 'pipeline.recordTouchBase' } },
];

/** A row's height in CSS pixels: popup.css gives every row this height (`.due-item`). */
export const DUE_ROW_HEIGHT = 51;

/** The rows the first frame can show: the first frame renders no more (each row's top is at
 * least its place in the section times the row's height below the popup's top); the rest
 * follow once it is shown. */
const FIRST_FRAME_ROWS = Math.ceil(POPUP_HEIGHT / DUE_ROW_HEIGHT);

/** Each group's rows before "Show all", in order. */
function getPreviews(todo: TodoView) {
  return GROUPS.filter(({ key }) => todo.groups[key].count > 0).map((group) => ({
    ...group,
    preview: todo.groups[group.key].items.slice(0, DUE_PREVIEW),
  }));
}

/** How many rows the section's first frame holds, each DUE_ROW_HEIGHT high: what is below it
 * (the list) starts at least that far down. */
export function countFirstFrameRows(todo: TodoView): number {
  return Math.min(
    FIRST_FRAME_ROWS,
    getPreviews(todo).reduce((sum, { preview }) => sum + preview.length, 0),
  );
}

function getWhen({ contact, action }: DueItem<DuePerson>, now: number): string {
  if (contact.meeting && (action.kind === 'meeting' || action.kind === 'prepare')) {
    return `${formatTime(contact.meeting.start)}${contact.meeting.start <= now ? ' · now' : ''}`;
  }
  if (action.overdue) return 'overdue';
  return action.dueAt !== null ? `due ${formatWhen(action.dueAt, now)}` : '';
}

/** `todo`: worked out for the moment the popup opened (src/db/read.ts), and again when it reads
 * everyone or reloads after an action; until everyone is read, each group may hold only its
 * first DUE_PREVIEW, which are all a group shows until "Show all". */
export function Today({ todo, onOpen, onChanged }: { todo: TodoView; onOpen: (id: string) => void; onChanged: () => void }) {
  const [busyId, setBusyId] = useState('');
  const [error, setError] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<keyof DueGroups>>(new Set());
  // The first frame renders the rows that can be above the fold; the others once it is shown.
  const [whole, setWhole] = useState(false);
  useEffect(() => afterNextFrame(() => setWhole(true)), []);
  const now = Date.now();
  const { groups } = todo;
  const shown = getPreviews(todo);
  let left = whole ? Number.POSITIVE_INFINITY : FIRST_FRAME_ROWS;
  const rowsOf = (key: keyof DueGroups, preview: DueItem<DuePerson>[]) => {
    if (expanded.has(key)) return groups[key].items;
    const rows = preview.slice(0, Math.max(0, left));
    left -= rows.length;
    return rows;
  };

  const done = async (message: DoneMessage, id: string) => {
    setBusyId(id);
    try {
      await sendFromPage(message, { id });
      setError('');
      onChanged();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusyId('');
    }
  };

  return (
    <section class="today" aria-label="What to do now">
      <h2 class="section-title section">What to do now</h2>
      {shown.length === 0 && <p class="section muted small nothing-due">Nothing due. Rapport will remind you when something is.</p>}
      {error && (
        <p class="section error small" role="alert">
          {error}
        </p>
      )}
      {shown.map(({ key, title, done: doneAction, preview }) => (
        // biome-ignore lint/a11y/useSemanticElements: a fieldset would bring its border and legend layout; role="group" with a label is the same to a screen reader
        <div class="due-group" key={key} aria-label={title} role="group">
          <h3 class="due-title">
            {title} <span class="count">{groups[key].count}</span>
          </h3>
          <ul class="list">
            {rowsOf(key, preview).map((item) => (
              <li class="due-item" key={item.contact.id}>
                <button class="person" type="button" onClick={() => onOpen(item.contact.id)}>
                  <span class="line1">
                    <span class="name">{item.contact.name}</span>
                    <span class={`when${item.action.overdue ? ' overdue' : ''}`}>{getWhen(item, now)}</span>
                  </span>
                  <span class="what">{formatRoleAt(item.contact) || item.action.label}</span>
                </button>
                {doneAction && (
                  <button
                    class="secondary small-button"
                    type="button"
                    disabled={busyId === item.contact.id}
                    title={item.action.label}
                    onClick={() => void done(doneAction.message, item.contact.id)}
                  >
                    {doneAction.label}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {!expanded.has(key) && groups[key].count > DUE_PREVIEW && (
            <div class="section">
              <button class="link-button show-all" type="button" onClick={() => setExpanded(new Set([...expanded, key]))}>
                Show all {groups[key].count}
              </button>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
