// The current tab's address, the first step of the tab's card (popup/current-tab.tsx): the
// early script (popup/early.ts) asks the browser for it as the popup starts, beside the first
// screen's read, and the module takes that answer. Handed over through the page's global
// object, as the first screen's read is (src/db/read.ts).
import { getVisibleTabUrl } from '../src/browser';

const EARLY_TAB_URL = 'rapportEarlyTabUrl';

type WithTabUrl = typeof globalThis & { [EARLY_TAB_URL]?: Promise<string | undefined> | null };

/** The popup opened as a page (tests, a pinned tab) names its tab with ?tab=<id>. */
export function getTabIdFromLocation(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** Asks for the tab's address; call once, from the script that runs first. */
export function startTabUrl(): void {
  const url = getVisibleTabUrl(getTabIdFromLocation());
  url.catch(() => undefined); // the module's question reports it
  (globalThis as WithTabUrl)[EARLY_TAB_URL] = url;
}

/** The tab's address as the browser lets Rapport see it (src/browser.ts): the early script's
 * answer the first time, asked afresh after that (the tab may have changed). */
export function readTabUrl(): Promise<string | undefined> {
  const scope = globalThis as WithTabUrl;
  const early = scope[EARLY_TAB_URL];
  scope[EARLY_TAB_URL] = null;
  return early ?? getVisibleTabUrl(getTabIdFromLocation());
}
