// The LinkedIn profile in the current tab, with its Save or Saved state. It is part of the
// first screen: the popup asks the tab as it starts (the early script asks for its address,
// popup/tab-url.ts), beside the first screen's read, and shows both in the same frame. The
// background reads the tab, so the question costs a round trip: only a tab the browser shows
// Rapport the address of (a LinkedIn page) is asked, and the first screen waits for its answer
// TAB_WAIT_MS at most. A slower tab gets the card's place kept ("Reading this page…") and its
// answer shown in it.
import { useState } from 'preact/hooks';
import { getExtensionOrigin } from '../src/browser';
import { sendFromPage } from '../src/messaging';
import type { CurrentTab } from '../src/protocol';
import { getStageLabel } from '../src/pipeline/stages';
import { formatRoleAt } from './format';
import { getTabIdFromLocation, readTabUrl } from './tab-url';

/** What the card shows: the tab's answer, or 'asking' while a LinkedIn tab has not answered. */
export type TabCard = CurrentTab | { kind: 'asking' };

/** How long the first screen waits for a LinkedIn tab's answer before it is shown without it. */
const TAB_WAIT_MS = 150;

const NOT_LINKEDIN: CurrentTab = { kind: 'not-linkedin' };

export interface TabQuestion {
  /** The tab's answer (not-linkedin if it can't be asked). */
  answer: Promise<CurrentTab>;
  /** The answer, or 'asking' if it has not come TAB_WAIT_MS after the question: what the
   * first screen shows. */
  first: Promise<TabCard>;
}

/** Asks what the current tab shows; at once not-linkedin when the browser shows Rapport no
 * address of that tab (any site but LinkedIn) or the tab is one of Rapport's own pages. */
export function askCurrentTab(): TabQuestion {
  const tabId = getTabIdFromLocation();
  const answer = readTabUrl()
    .then((url) => (url === undefined || url.startsWith(getExtensionOrigin()) ? NOT_LINKEDIN : sendFromPage('tab.current', { tabId })))
    .catch(() => NOT_LINKEDIN);
  const asking = new Promise<TabCard>((done) => setTimeout(() => done({ kind: 'asking' }), TAB_WAIT_MS));
  return { answer, first: Promise.race([answer, asking]) };
}

export function CurrentTabCard({
  tab,
  onTab,
  onOpen,
  onChanged,
}: {
  /** null: not asked yet. */
  tab: TabCard | null;
  /** The tab's state changed here (it was saved). */
  onTab: (tab: CurrentTab) => void;
  onOpen: (id: string) => void;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  if (!tab || tab.kind === 'not-linkedin') return null;
  if (tab.kind === 'not-profile') {
    return (
      <section class="section" aria-label="This tab">
        <p class="notice">Nothing to save here: {tab.reason}</p>
      </section>
    );
  }
  if (tab.kind === 'asking') {
    // The card's own shape and height, so that its answer moves nothing below it.
    return (
      <section class="section tab-card" aria-label="This tab" aria-busy="true">
        <div class="card">
          <div class="row spread">
            <div class="tab-person">
              <div class="name muted">Reading this page…</div>
              <div class="muted small">&nbsp;</div>
            </div>
          </div>
        </div>
      </section>
    );
  }

  const { capture, saved } = tab;
  const save = async () => {
    setBusy(true);
    try {
      const result = await sendFromPage('tab.save', { tabId: tab.tabId });
      onTab({ ...tab, saved: { id: result.contact.id, stage: result.contact.stage } });
      setMessage(
        result.created ? 'Saved.' : `Already saved — stage: ${getStageLabel(result.contact.stage)}. Updated with what LinkedIn shows now.`,
      );
      onChanged();
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="section tab-card" aria-label="This tab">
      <div class="card">
        <div class="row spread">
          <div class="tab-person">
            <div class="name">{capture.name}</div>
            <div class="muted small">
              {formatRoleAt({ role: capture.role ?? '', organization: capture.organization ?? '' }) || capture.headline}
            </div>
          </div>
          {saved ? (
            <div class="saved-state">
              <span class="badge">✓ {getStageLabel(saved.stage)}</span>
              <button class="secondary" type="button" onClick={() => onOpen(saved.id)}>
                Open
              </button>
            </div>
          ) : (
            <button class="primary" type="button" disabled={busy} onClick={() => void save()}>
              Save
            </button>
          )}
        </div>
        {message && (
          <p class="small muted" role="status">
            {message}
          </p>
        )}
      </div>
    </section>
  );
}
