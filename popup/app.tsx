// The popup: a snapshot of what is stored. It reads IndexedDB directly (src/db/read.ts, where
// the start-up path is told whole): the first screen is the summary's head and the settings,
// read in one go, and everyone follows once it is shown. Every write still goes to the
// background by message.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { openOptionsPage } from '../src/browser';
import { readEveryone, readFirstScreen, readReferrals, type FirstScreen } from '../src/db/read';
import { fromEveryone, holdsEveryone } from '../src/db/summary';
import { getDefaultTimeZone } from '../src/pipeline/zoned-time';
import { fromContactHash } from '../src/contact-hash';
import { askCurrentTab, type TabCard } from './current-tab';
import { Home } from './home';
import { Logo } from './logo';
import { afterNextFrame } from './ready';

export type Route = { view: 'home' } | { view: 'contact'; id: string };

/** Started as soon as this script runs (popup/early.ts began the read before it arrived): it is
 * under way while Preact renders the frame around it. */
let firstRead: Promise<FirstScreen> | null = readFirstScreen();

/** The current tab's question, asked beside that read: its card is shown with the first screen. */
let tabQuestion = askCurrentTab();
let firstTab: Promise<TabCard> | null = tabQuestion.first;

/** The contact view and its panels (letters, meetings, pipeline): popup/contact-view.js,
 * built apart by build.mjs and fetched when first needed (or once the first screen is shown). */
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
  const [home, setHome] = useState<FirstScreen | null>(null);
  const [tab, setTab] = useState<TabCard | null>(null);
  const [error, setError] = useState('');
  // A notification opens popup/index.html#contact=<id> in a tab: straight to that person.
  const [route, setRoute] = useState<Route>(getRouteFromHash);
  const open = (id: string) => setRoute({ view: 'contact', id });
  /** Something changed in a contact view: home is read again when it is shown, not after each action. */
  const stale = useRef(false);
  /** Only the latest reload may set state: an earlier one finishing last would show old data. */
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const current = ++generation.current;
    try {
      // The first time, the tab's card too (or its place, if the tab is slow): one frame shows both.
      const [data, card] = await Promise.all([firstRead ?? readFirstScreen(), firstTab]);
      firstRead = null;
      firstTab = null;
      if (current !== generation.current) return;
      if (card) {
        setTab(card);
        void tabQuestion.answer.then(setTab);
      }
      setHome(data);
      setError('');
    } catch (e) {
      if (current === generation.current) setError((e as Error).message);
      void tabQuestion.answer.then(setTab); // the database can't be read: the tab's card still shows
    }
  }, []);

  // A layout effect, not an effect: an effect runs only after the first frame (the header
  // alone) is painted, so the first screen, read by then, would wait a frame more to be shown.
  useLayoutEffect(() => {
    void reload();
  }, [reload]);

  // Ready before the user picks someone, fetched once the page has nothing else to do: its
  // fetch would otherwise come between the first screen's frame and everyone's read.
  useEffect(() => {
    if (!home) return;
    const idle = requestIdleCallback(() => void loadContactView(), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [home !== null]);

  // The first screen came from the summary's head: once it is shown, everyone, for the list
  // below the newest, for search and for "what to do now" whole.
  useEffect(() => {
    if (!home || holdsEveryone(home)) return;
    return afterNextFrame(() => {
      readEveryone().then(
        (people) =>
          setHome((shown) =>
            shown === home ? { ...shown, ...fromEveryone(people, shown.settings, Date.now(), getDefaultTimeZone()) } : shown,
          ),
        (e: Error) => setError(e.message),
      );
    });
  }, [home]);

  const goHome = () => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    if (stale.current) {
      stale.current = false;
      void reload();
      // Shown as it was until the tab answers again (an action may have saved or removed its person).
      tabQuestion = askCurrentTab();
      void tabQuestion.answer.then(setTab);
    }
    setRoute({ view: 'home' });
  };

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
        <LazyContactView
          id={route.id}
          onBack={goHome}
          onChanged={() => (stale.current = true)}
          readReferrals={readReferrals}
          onOpen={open}
        />
      ) : (
        <Home data={home} tab={tab} onTab={setTab} onOpen={open} onChanged={reload} />
      )}
    </>
  );
}

function getRouteFromHash(): Route {
  const id = fromContactHash(location.hash);
  return id ? { view: 'contact', id } : { view: 'home' };
}
