// Popup home: the profile in the current tab, what to do now, then everyone saved.
import { useLayoutEffect } from 'preact/hooks';
import type { Contact } from '../src/model';
import { CurrentTabCard } from './current-tab';
import { ContactList } from './contact-list';
import { markListReady } from './ready';
import { Today } from './today';

export function Home({
  contacts,
  onOpen,
  onChanged,
}: {
  contacts: Contact[] | null;
  onOpen: (id: string) => void;
  onChanged: () => void;
}) {
  useLayoutEffect(() => {
    if (contacts !== null) markListReady();
  }, [contacts]);
  return (
    <>
      <CurrentTabCard onOpen={onOpen} onChanged={onChanged} />
      {contacts === null ? null : contacts.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          <Today contacts={contacts} onOpen={onOpen} onChanged={onChanged} />
          <ContactList contacts={contacts} onOpen={onOpen} />
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
