// The LinkedIn profile in the current tab, with its Save or Saved state.
import { useEffect, useState } from 'preact/hooks';
import { sendFromPage } from '../src/messaging';
import type { CurrentTab } from '../src/protocol';
import { getStageLabel } from '../src/pipeline/stages';
import { formatRoleAt } from './format';
import { whenListShown } from './ready';

/** The popup opened as a page (tests, a pinned tab) names its tab with ?tab=<id>. */
function getTabIdFromLocation(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

export function CurrentTabCard({ onOpen, onChanged }: { onOpen: (id: string) => void; onChanged: () => void }) {
  const [tab, setTab] = useState<CurrentTab | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    let current = true;
    // Asked once the first screen is shown: the question and its answer cost the page time,
    // which held up the first frame (the answer takes a round trip anyway).
    void whenListShown()
      .then(() => sendFromPage('tab.current', { tabId: getTabIdFromLocation() }))
      .then(
        (answer) => current && setTab(answer),
        () => current && setTab({ kind: 'not-linkedin' }),
      );
    return () => {
      current = false;
    };
  }, []);

  if (!tab || tab.kind === 'not-linkedin') return null;
  if (tab.kind === 'not-profile') {
    return (
      <section class="section" aria-label="This tab">
        <p class="notice">Nothing to save here: {tab.reason}</p>
      </section>
    );
  }

  const { capture, saved } = tab;
  const save = async () => {
    setBusy(true);
    try {
      const result = await sendFromPage('tab.save', { tabId: tab.tabId });
      setTab({ ...tab, saved: { id: result.contact.id, stage: result.contact.stage } });
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
    <section class="section" aria-label="This tab">
      <div class="card">
        <div class="row spread">
          <div>
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
