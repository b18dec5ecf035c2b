// Settings about how Rapport behaves on LinkedIn.
import { useEffect, useState } from 'preact/hooks';
import { sendFromPage } from '../src/messaging';
import type { Settings } from '../src/model';

export function GeneralSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    sendFromPage('settings.get', {}).then(setSettings, (e: Error) => setStatus(e.message));
  }, []);

  if (!settings) return <p class="muted">{status || 'Loading…'}</p>;

  const change = async (patch: Partial<Settings>) => {
    try {
      setSettings(await sendFromPage('settings.save', { settings: { ...settings, ...patch } }));
      setStatus('Saved.');
    } catch (e) {
      setStatus((e as Error).message);
    }
  };

  return (
    <div class="panel-section">
      <h2>On LinkedIn</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.showPageButton}
          onChange={(e) => void change({ showPageButton: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>
          Show the <strong>Save to Rapport</strong> button on LinkedIn profiles
          <br />
          <span class="muted small">
            Off: nothing is added to LinkedIn's pages. Save from the toolbar popup, the right-click menu, or the keyboard shortcut instead.
          </span>
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.linkedinPremium}
          onChange={(e) => void change({ linkedinPremium: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>
          I have LinkedIn Premium
          <br />
          <span class="muted small">Connection notes may then be 300 characters instead of 200.</span>
        </span>
      </label>
      <p class="muted small">
        Keyboard shortcut to save the profile in the current tab: <strong>Alt+Shift+S</strong>. Change it in your browser's extension
        shortcuts settings.
      </p>
      {status && (
        <p class="saved-note" role="status">
          {status}
        </p>
      )}
    </div>
  );
}
