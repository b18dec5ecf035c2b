// The user's settings, read once per popup opening and shared by every part that needs
// the reminder rules (home's "what to do now", the stage panel).
import { useEffect, useState } from 'preact/hooks';
import { sendFromPage } from '../src/messaging';
import type { Settings } from '../src/model';
import { DEFAULT_SETTINGS } from '../src/model';

let reading: Promise<Settings> | null = null;

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    reading ??= sendFromPage('settings.get', {}).catch(() => DEFAULT_SETTINGS);
    void reading.then(setSettings);
  }, []);
  return settings;
}
