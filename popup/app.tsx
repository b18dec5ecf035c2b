// The popup: a snapshot of what the background returns, re-read after every action.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../src/browser';
import { send } from '../src/messaging';
import type { Contact } from '../src/model';
import { fromContactHash } from '../src/protocol';
import { ContactView } from './contact-view';
import { Home } from './home';

export type Route = { view: 'home' } | { view: 'contact'; id: string };

export function App() {
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const [error, setError] = useState('');
  // A notification opens popup/index.html#contact=<id> in a tab: straight to that person.
  const [route, setRoute] = useState<Route>(getRouteFromHash);
  const open = (id: string) => setRoute({ view: 'contact', id });
  const goHome = () => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    setRoute({ view: 'home' });
  };

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

  useEffect(() => {
    const onHashChange = () => setRoute(getRouteFromHash());
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

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
        <ContactView id={route.id} onBack={goHome} onChanged={reload} contacts={contacts} onOpen={open} />
      ) : (
        <Home contacts={contacts} onOpen={open} onChanged={reload} />
      )}
    </>
  );
}

function getRouteFromHash(): Route {
  const id = fromContactHash(location.hash);
  return id ? { view: 'contact', id } : { view: 'home' };
}
