// Popup home: the profile in the current tab, what to do now, then everyone saved — the first
// frame from one read (src/db/read.ts: the summary's head) and the tab's answer
// (current-tab.tsx), so it is the whole first screen; everyone is read just after.
import { useLayoutEffect } from 'preact/hooks';
import type { FirstScreen } from '../src/db/read';
import { holdsEveryone } from '../src/db/summary';
import type { CurrentTab } from '../src/protocol';
import { CurrentTabCard, type TabCard } from './current-tab';
import { ContactList } from './contact-list';
import { markListReady, markSearchReady } from './ready';
import { countFirstFrameRows, DUE_ROW_HEIGHT, Today } from './today';

export function Home({
  data,
  tab,
  onTab,
  onOpen,
  onChanged,
}: {
  /** null while the first screen is read. */
  data: FirstScreen | null;
  /** The current tab's card: null until it is shown with the first screen. */
  tab: TabCard | null;
  onTab: (tab: CurrentTab) => void;
  onOpen: (id: string) => void;
  onChanged: () => void;
}) {
  useLayoutEffect(() => {
    if (data === null) return;
    markListReady();
    if (holdsEveryone(data)) markSearchReady(); // search covers everyone from this frame
  }, [data]);
  return (
    <>
      <CurrentTabCard tab={tab} onTab={onTab} onOpen={onOpen} onChanged={onChanged} />
      {data === null ? null : data.total === 0 ? (
        <EmptyState />
      ) : (
        <>
          <Today todo={data.todo} onOpen={onOpen} onChanged={onChanged} />
          <ContactList
            people={data.people}
            total={data.total}
            stageCounts={data.stageCounts}
            below={countFirstFrameRows(data.todo) * DUE_ROW_HEIGHT}
            onOpen={onOpen}
          />
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
