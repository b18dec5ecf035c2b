// The popup: a snapshot of what is stored, re-read after every action. It reads IndexedDB
// directly (src/db/read.ts) rather than asking the background for every record: the first
// screen of people and "what to do now" first, then the search index once that is shown.
// Every write still goes to the background by message.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { openOptionsPage } from '../src/browser';
import {
  compareNewestFirst,
  getAllContacts,
  getContactsWithDueActions,
  mapAllContacts,
  openForReading,
  readFirstScreen,
} from '../src/db/read';
import type { Contact } from '../src/model';
import { fromContactHash } from '../src/contact-hash';
import { toContactRow, type ContactRow } from './contact-list';
import { Home, type HomeData } from './home';
import { Logo } from './logo';
import { afterNextFrame } from './ready';

export type Route = { view: 'home' } | { view: 'contact'; id: string };

/** Resolves once the next frame has been rendered. */
function afterNextPaint(): Promise<void> {
  return new Promise((done) => afterNextFrame(done));
}

/** The first screen: the newest and the settings. "What to do now" comes next, then
 * everyone (and so how many: counting 10,000 records alone takes IndexedDB ~50–100 ms). */
async function readHome(): Promise<HomeData> {
  return { ...(await readFirstScreen()), withDue: null };
}

/** Started as soon as this script runs (popup/early.ts began the reads before it arrived):
 * they are under way while Preact renders the frame around them (effects would start them
 * only after that frame is painted). */
let firstRead: Promise<HomeData> | null = readHome();

/** The contact view and its panels (letters, meetings, pipeline): popup/contact-view.js,
 * built apart by build.mjs and fetched when first needed (or once everyone is read). */
const loadContactView = () => import('./contact-view');
type ContactViewModule = Awaited<ReturnType<typeof loadContactView>>;

function LazyContactView(props: Parameters<ContactViewModule['ContactView']>[0]) {
  const [module, setModule] = useState<ContactViewModule | null>(null);
  useEffect(() => {
    void loadContactView().then(setModule);
  }, []);
  return module ? <module.ContactView {...props} /> : null;
}

export function App() {
  const [home, setHome] = useState<HomeData | null>(null);
  /** Everyone, reduced to what the list shows and searches; null until read. */
  const [rows, setRows] = useState<ContactRow[] | null>(null);
  /** Every full record, read only for the contact view (who referred whom). */
  const [everyone, setEveryone] = useState<Contact[] | null>(null);
  const [error, setError] = useState('');
  // A notification opens popup/index.html#contact=<id> in a tab: straight to that person.
  const [route, setRoute] = useState<Route>(getRouteFromHash);
  const open = (id: string) => setRoute({ view: 'contact', id });
  const goHome = () => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    setRoute({ view: 'home' });
  };
  /** Only the latest reload may set state: an earlier one finishing last would show old data. */
  const generation = useRef(0);
  const wantEveryone = useRef(route.view === 'contact');

  const reload = useCallback(async () => {
    const current = ++generation.current;
    const isCurrent = () => current === generation.current;
    try {
      const data = await (firstRead ?? readHome());
      firstRead = null;
      if (!isCurrent()) return;
      // After an action the last "what to do now" stays until the new one is read.
      setHome((previous) => ({ ...data, withDue: previous?.withDue ?? null }));
      setError('');
      const db = await openForReading();
      // Everyone who may have something due is thousands of full records at 10,000 people:
      // read after the first rows are on screen, not before.
      await afterNextPaint();
      const withDue = await getContactsWithDueActions(db);
      if (!isCurrent()) return;
      setHome({ ...data, withDue });
      if (wantEveryone.current) {
        const all = await getAllContacts(db);
        if (isCurrent()) setEveryone(all);
      }
      await afterNextPaint();
      const all = await mapAllContacts(db, toContactRow);
      if (isCurrent()) setRows(all.sort(compareNewestFirst));
      void loadContactView(); // ready before the user picks someone
    } catch (e) {
      if (isCurrent()) setError((e as Error).message);
    }
  }, []);

  // A layout effect, not an effect: an effect runs only after the first frame (the header
  // alone) is painted, so the first rows, read by then, would wait a frame more to be shown.
  useLayoutEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (route.view !== 'contact' || wantEveryone.current) return;
    wantEveryone.current = true;
    void openForReading()
      .then(getAllContacts)
      .then(setEveryone, (e: Error) => setError(e.message));
  }, [route.view]);

  useEffect(() => {
    const onHashChange = () => setRoute(getRouteFromHash());
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  return (
    <>
      <header class="top">
        <div class="brand">
          <Logo />
          Rapport
        </div>
        <button class="link-button" type="button" onClick={() => void openOptionsPage()}>
          Settings
        </button>
      </header>
      {error && (
        <p class="section error" role="alert">
          {error}
        </p>
      )}
      {route.view === 'contact' ? (
        <LazyContactView id={route.id} onBack={goHome} onChanged={reload} contacts={everyone} onOpen={open} />
      ) : (
        <Home data={home} rows={rows} onOpen={open} onChanged={reload} />
      )}
    </>
  );
}

function getRouteFromHash(): Route {
  const id = fromContactHash(location.hash);
  return id ? { view: 'contact', id } : { view: 'home' };
}
