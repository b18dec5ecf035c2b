// Everyone saved: search as you type (name, organization, role, headline, notes) and a stage
// filter. The first screen has only the newest (the summary's head, src/db/read.ts), with the
// count of everyone; everyone follows a moment later, and until then a search says that it
// looked through the newest only. Fast at 10,000 people: the text is lower-cased and indexed by
// character (popup/search.ts) once everyone is shown, and only the rows in view are in the
// DOM — the list keeps everyone's height with padding above and below them.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { holdsEveryone, type PersonSummary } from '../src/db/summary';
import type { Stage } from '../src/model';
import { getStageLabel, STAGES } from '../src/pipeline/stages';
import { formatRoleAt, formatWhen } from './format';
import { afterNextFrame, POPUP_HEIGHT } from './ready';
import { matchRows, SearchIndex } from './search';

/** "Role at Organization", else the headline, else a note that it is not known yet. */
function getWhat(person: PersonSummary): string {
  return formatRoleAt(person) || person.headline || 'Role not known yet';
}

/** A row's height in CSS pixels: popup.css gives every row this height (`.people .person`), so
 * the window is placed without measuring a row (a measurement forces a layout mid-render). */
const ROW_HEIGHT = 52;
/** Rows rendered beyond each edge of the window, so a fast scroll shows no gap. */
const OVERSCAN = 4;

/** The line under the filters: how many match, and, before everyone is read, among whom. */
function describeMatches(count: number, total: number, newest: number | null): string {
  if (newest !== null) return `${count === 0 ? 'No one' : count} among the newest ${newest} so far; still reading all ${total}…`;
  return count === 0 ? 'No one matches.' : `${count} of ${total}`;
}

export function ContactList({
  people,
  total,
  stageCounts,
  below = 0,
  onOpen,
}: {
  /** Newest saved first: everyone, or (until everyone is read) the newest. */
  people: PersonSummary[];
  /** How many are saved, and in each stage. */
  total: number;
  stageCounts: ReadonlyMap<Stage, number>;
  /** How far below the popup's top the list starts at least, in the first frame: what is above
   * it, by its fixed row heights. */
  below?: number;
  onOpen: (id: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [stage, setStage] = useState<Stage | ''>('');

  const filtered = query.trim() !== '' || stage !== '';
  /** The search index, built after the list is shown (until then each text is looked through). */
  const [index, setIndex] = useState<SearchIndex<PersonSummary> | null>(null);
  useEffect(() => afterNextFrame(() => setIndex(new SearchIndex(people))), [people]);
  const matches = useMemo(
    () => (index && index.rows === people ? index.match(query, stage) : matchRows(people, query, stage)),
    [index, people, query, stage],
  );
  // Unfiltered, the list has everyone's height from the first frame, the rows below the newest
  // coming once everyone is read.
  const length = filtered ? matches.length : total;
  const shown = matches;

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
  // The first frame shows the rows that can be within the popup's height, the list starting
  // `below` its top at least; the rows beyond are added once the frame is shown.
  const perScreen =
    viewportHeight === null
      ? Math.ceil(Math.max(0, POPUP_HEIGHT - below) / ROW_HEIGHT)
      : Math.ceil(Math.max(viewportHeight, POPUP_HEIGHT) / ROW_HEIGHT);
  const overscan = viewportHeight === null ? 0 : OVERSCAN;
  const start = Math.max(0, Math.min(Math.floor(top / ROW_HEIGHT) - overscan, length - perScreen - 2 * overscan));
  const end = Math.min(length, start + perScreen + 2 * overscan);
  const inView = shown.slice(start, end);

  return (
    <section aria-label="Saved people">
      <h2 class="section-title section">Saved people ({total})</h2>
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
          {describeMatches(matches.length, total, holdsEveryone({ people, total }) ? null : people.length)}
        </p>
      )}
      <ul
        class="list people"
        ref={listRef}
        style={{
          paddingTop: `${start * ROW_HEIGHT}px`,
          paddingBottom: `${Math.max(0, length - start - inView.length) * ROW_HEIGHT}px`,
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
                <span class="what">{getWhat(row)}</span>
                <span class="badge">{getStageLabel(row.stage)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
