// The popup: a snapshot of what the background returns, re-read after every action.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../src/browser';
import { send } from '../src/messaging';
import type { Contact } from '../src/model';
import { ContactView } from './contact-view';
import { Home } from './home';

export type Route = { view: 'home' } | { view: 'contact'; id: string };

export function App() {
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const [error, setError] = useState('');
  const [route, setRoute] = useState<Route>({ view: 'home' });

  const reload = useCallback(async () => {
    try {
      setContacts(await send('contacts.list', {}));
      setError('');
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <>
      <header class="top">
        <div class="brand">
          <img src="../icons/32.png" alt="" />
          Rapport
        </div>
        <button class="link-button" type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      {error && (
        <p class="section error" role="alert">
          {error}
        </p>
      )}
      {route.view === 'contact' ? (
        <ContactView id={route.id} onBack={() => setRoute({ view: 'home' })} onChanged={reload} />
      ) : (
        <Home contacts={contacts} onOpen={(id) => setRoute({ view: 'contact', id })} onChanged={reload} />
      )}
    </>
  );
}
