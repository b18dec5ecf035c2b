// Saving the person on a LinkedIn tab, whichever way the user asked: the in-page button,
// the popup, the context menu or the keyboard shortcut all end in `saveReading`.
import { api } from '../browser';
import { saveCapture } from '../db/repository';
import { sendToTab } from '../messaging';
import { checkPageReading, type PageReading, type SaveResult, type SavedState } from '../protocol';
import { getDb } from './db';
import { isProfileOfPage } from './linkedin-urls';

/** Store the person read on the page at `pageUrl`, if the reading is a profile and its
 * address is that page's (a page cannot save someone else under its own tab). */
export async function saveReading(reading: PageReading, pageUrl: string): Promise<SaveResult> {
  if (reading.kind !== 'profile') throw new Error(reading.reason);
  if (!isProfileOfPage(reading.capture.profileUrl, pageUrl)) {
    throw new Error('Refused: the profile read is not the one this tab shows, so nothing was saved. Reload the page, then try again.');
  }
  return saveCapture(await getDb(), reading.capture, Date.now());
}

export async function getSavedState(profileUrl: string | null): Promise<SavedState | null> {
  if (!profileUrl) return null;
  const contact = await (await getDb()).get('contacts', profileUrl);
  return contact ? { id: contact.id, stage: contact.stage } : null;
}

/** Ask the tab's content script to read its page now; its answer is checked as a
 * 'page.save' request would be. */
export async function readTab(tabId: number): Promise<PageReading> {
  let reading: unknown;
  try {
    reading = await sendToTab(tabId, 'content.read', {});
  } catch {
    // No content script: the tab was opened before Rapport was installed or updated.
    throw new Error('Rapport cannot read this tab yet. Reload the LinkedIn page, then try again.');
  }
  return checkPageReading(reading);
}

export async function saveTab(tabId: number): Promise<SaveResult> {
  const [reading, tab] = await Promise.all([readTab(tabId), api.tabs.get(tabId)]);
  const result = await saveReading(reading, tab.url ?? '');
  await announceSaved(tabId, result);
  return result;
}

/** Tell the tab's button and the toolbar badge that the person is saved. */
export async function announceSaved(tabId: number, result: SaveResult): Promise<void> {
  const saved = { id: result.contact.id, stage: result.contact.stage };
  await showSavedBadge(tabId, saved);
  await sendToTab(tabId, 'content.saved', { profileUrl: result.contact.id, saved }).catch(() => undefined);
}

/** A check mark on the toolbar button while the tab shows a saved person. */
export async function showSavedBadge(tabId: number, saved: SavedState | null): Promise<void> {
  // Chrome: a tab-specific text of null falls back to the global badge (the due count).
  await api.action.setBadgeText({ tabId, text: saved ? '✓' : (null as unknown as string) }).catch(() => undefined);
  if (saved) await api.action.setBadgeBackgroundColor({ tabId, color: '#1f7a4d' }).catch(() => undefined);
}
