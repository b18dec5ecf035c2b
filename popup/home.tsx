// Popup home: the profile in the current tab, what to do now, then everyone saved.
import { useLayoutEffect } from 'preact/hooks';
import type { Contact, Settings } from '../src/model';
import { CurrentTabCard } from './current-tab';
import { ContactList, type ContactRow } from './contact-list';
import { markListReady } from './ready';
import { Today } from './today';

/** What the home view shows first, read before its first render (app.tsx). */
export interface HomeData {
  /** The newest saved, enough for the first screen of the list (none: no one is saved). */
  newest: Contact[];
  /** Everyone who may have something due: what "what to do now" is made of; null while read. */
  withDue: Contact[] | null;
  settings: Settings;
}

export function Home({
  data,
  rows,
  onOpen,
  onChanged,
}: {
  data: HomeData | null;
  /** Everyone, for search and the whole list; null while being read. */
  rows: ContactRow[] | null;
  onOpen: (id: string) => void;
  onChanged: () => void;
}) {
  useLayoutEffect(() => {
    if (data !== null) markListReady();
  }, [data]);
  return (
    <>
      <CurrentTabCard onOpen={onOpen} onChanged={onChanged} />
      {data === null ? null : data.newest.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          <Today contacts={data.withDue} settings={data.settings} onOpen={onOpen} onChanged={onChanged} />
          <ContactList newest={data.newest} rows={rows} onOpen={onOpen} />
        </>
      )}
    </>
  );
}

function EmptyState() {
  return (
    <section class="empty">
      <h2>No one saved yet</h2>
      <p class="muted">Rapport keeps the people you'd like to learn from, and reminds you what to do next.</p>
      <ol>
        <li>Open the LinkedIn profile of someone whose work interests you.</li>
        <li>
          Click <strong>Save to Rapport</strong> at the bottom right of the page (or press Alt+Shift+S).
        </li>
        <li>Come back here to draft your request.</li>
      </ol>
    </section>
  );
}
