// Everyone saved: search as you type (name, organization, role, headline, notes) and a stage
// filter. Fast at 10,000 people: each person is reduced once per load to the row shown and
// the lower-cased text searched (toContactRow), indexed by character (popup/search.ts), and
// only the rows in view are in the DOM — the list keeps its full height with padding above
// and below them.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Contact, Stage } from '../src/model';
import { getStageLabel, STAGES } from '../src/pipeline/stages';
import { formatRoleAt, formatWhen } from './format';
import { afterNextFrame, markSearchReady } from './ready';
import { matchRows, SearchIndex } from './search';

/** A person as the list shows and searches them. */
export interface ContactRow {
  id: string;
  name: string;
  createdAt: number;
  stage: Stage;
  /** "Role at Organization", else the headline, else a note that it is not known yet. */
  what: string;
  /** Lower-cased name, organization, role, headline and notes. */
  haystack: string;
}

export function toContactRow(contact: Contact): ContactRow {
  const { id, name, createdAt, stage, organization, role, headline, notes } = contact;
  return {
    id,
    name,
    createdAt,
    stage,
    what: formatRoleAt(contact) || headline || 'Role not known yet',
    haystack: [name, organization, role, headline, notes.person, notes.organization, notes.takeaways].join('\n').toLocaleLowerCase(),
  };
}

/** A row's height in CSS pixels: popup.css gives every row this height (`.people .person`), so
 * the window is placed without measuring a row (a measurement forces a layout mid-render). */
const ROW_HEIGHT = 52;
/** The popup's height (Chrome's largest); a taller tab is read after the first frame. */
const POPUP_HEIGHT = 600;
/** Rows rendered beyond each edge of the window, so a fast scroll shows no gap. */
const OVERSCAN = 4;

export function ContactList({
  newest,
  rows,
  onOpen,
}: {
  /** The newest, shown until `rows` is read. */
  newest: Contact[];
  /** Everyone, newest first; null while it is being read. */
  rows: ContactRow[] | null;
  onOpen: (id: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [stage, setStage] = useState<Stage | ''>('');
  const firstRows = useMemo(() => newest.map(toContactRow), [newest]);
  const people = rows ?? firstRows;
  /** How many are saved; not known until everyone is read. */
  const total = rows?.length ?? null;

  useLayoutEffect(() => {
    if (rows) markSearchReady();
  }, [rows]);

  const stageCounts = useMemo(() => {
    const counts = new Map<Stage, number>();
    for (const row of rows ?? []) counts.set(row.stage, (counts.get(row.stage) ?? 0) + 1);
    return counts;
  }, [rows]);
  const filtered = query.trim() !== '' || stage !== '';
  /** Everyone, indexed for search once they are read (the newest alone are searched through). */
  const index = useMemo(() => (rows ? new SearchIndex(rows) : null), [rows]);
  const matches = useMemo(
    () => (index ? index.match(query, stage) : matchRows(people, query, stage)),
    [index, people, query, stage],
  );
  // Until everyone is read, a search can't say who matches; the list shows the newest.
  const searching = filtered && rows === null;
  const length = searching ? 0 : matches.length;
  const shown = searching ? [] : matches;

  const listRef = useRef<HTMLUListElement>(null);
  const [top, setTop] = useState(0);
  /** The window's height; null until measured after the first frame. */
  const [viewportHeight, setViewportHeight] = useState<number | null>(null);
  useEffect(() => {
    // The popup scrolls as a whole: the window follows the list's place in the viewport.
    // Measured from events and once the first frame with the list is shown, never during a
    // render or before that frame's layout: reading a position or the window's height then
    // would force a layout of the half-built page (and lay out the first screen twice).
    const onScroll = () => {
      setTop(Math.max(0, -(listRef.current?.getBoundingClientRect().top ?? 0)));
      setViewportHeight(innerHeight);
    };
    const cancelFirst = afterNextFrame(onScroll);
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll);
    return () => {
      cancelFirst();
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
    };
  }, []);
  const perScreen = Math.ceil(Math.max(viewportHeight ?? 0, POPUP_HEIGHT) / ROW_HEIGHT);
  // The first frame shows one popup's height of rows, starting below the header: the rows
  // beyond it are added once the frame is shown.
  const overscan = viewportHeight === null ? 0 : OVERSCAN;
  const start = Math.max(0, Math.min(Math.floor(top / ROW_HEIGHT) - overscan, length - perScreen - 2 * overscan));
  const end = Math.min(length, start + perScreen + 2 * overscan);
  const inView = shown.slice(start, end);

  return (
    <section aria-label="Saved people">
      <h2 class="section-title section">Saved people{total === null ? '' : ` (${total})`}</h2>
      <div class="section filters">
        <input
          type="search"
          aria-label="Search people"
          placeholder="Search names, roles, notes…"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <select
          aria-label="Filter by stage"
          value={stage}
          onChange={(e) => setStage((e.currentTarget as HTMLSelectElement).value as Stage | '')}
        >
          <option value="">All stages</option>
          {STAGES.filter((s) => stageCounts.has(s)).map((s) => (
            <option value={s} key={s}>
              {getStageLabel(s)} ({stageCounts.get(s)})
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <p class="section small muted match-count" role="status">
          {searching ? 'Searching everyone…' : matches.length === 0 ? 'No one matches.' : `${matches.length} of ${total}`}
        </p>
      )}
      <ul
        class="list people"
        ref={listRef}
        style={{
          paddingTop: `${start * ROW_HEIGHT}px`,
          paddingBottom: `${Math.max(0, length - Math.max(end, start + inView.length)) * ROW_HEIGHT}px`,
          overflowAnchor: 'none',
          // What changes inside the list (every row, on each keystroke) can't move anything
          // outside it: the browser lays out and paints the list alone.
          contain: 'layout paint',
        }}
      >
        {inView.map((row, i) => (
          <li key={row.id} aria-setsize={length} aria-posinset={start + i + 1}>
            <button class="person" type="button" onClick={() => onOpen(row.id)}>
              <span class="line1">
                <span class="name">{row.name}</span>
                <span class="when">saved {formatWhen(row.createdAt)}</span>
              </span>
              <span class="line1">
                <span class="what">{row.what}</span>
                <span class="badge">{getStageLabel(row.stage)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
