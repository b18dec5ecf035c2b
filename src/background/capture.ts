// Saving the person on a LinkedIn tab, whichever way the user asked: the in-page button,
// the popup, the context menu or the keyboard shortcut all end in `saveReading`.
import { api } from '../browser';
import { toCanonicalProfileUrl } from '../content/linkedin/pages';
import { saveCapture } from '../db/repository';
import { sendToTab } from '../messaging';
import { CAPTURED_FIELDS, type ProfileCapture } from '../model';
import type { PageReading, SaveResult, SavedState } from '../protocol';
import { getDb } from './db';

const MAX_FIELD_LENGTH = 2000;

/** A capture comes from a page we don't control: check its shape before it is stored. */
export function validateCapture(capture: ProfileCapture): ProfileCapture {
  if (typeof capture !== 'object' || capture === null) throw new Error('Nothing to save on this page.');
  const canonical = toCanonicalProfileUrl(String(capture.profileUrl ?? ''));
  if (!canonical || canonical !== capture.profileUrl) {
    throw new Error('This is not a LinkedIn profile address, so nothing was saved.');
  }
  if (typeof capture.name !== 'string' || capture.name.trim() === '') {
    throw new Error("Couldn't read the person's name on this page, so nothing was saved.");
  }
  const clean: ProfileCapture = { ...capture, missing: [], sources: {} };
  for (const field of CAPTURED_FIELDS) {
    const value = capture[field];
    if (value !== null && value !== undefined && typeof value !== 'string') {
      throw new Error(`The ${field} read from the page is not text, so nothing was saved.`);
    }
    const text = typeof value === 'string' ? value.slice(0, MAX_FIELD_LENGTH) : null;
    (clean as unknown as Record<string, string | null>)[field] = text === '' ? null : text;
    const source = capture.sources?.[field];
    if (source && typeof source.strategy === 'string') {
      clean.sources[field] = { strategy: source.strategy.slice(0, 64), derived: source.derived === true };
    }
    if (clean[field] === null) clean.missing.push(field);
  }
  clean.name = capture.name.slice(0, MAX_FIELD_LENGTH);
  return clean;
}

export async function saveReading(reading: PageReading): Promise<SaveResult> {
  if (reading?.kind !== 'profile') {
    throw new Error(reading?.kind === 'not-profile' ? reading.reason : 'This page is not a LinkedIn profile.');
  }
  const db = await getDb();
  return saveCapture(db, validateCapture(reading.capture), Date.now());
}

export async function getSavedState(profileUrl: string | null): Promise<SavedState | null> {
  if (!profileUrl) return null;
  const contact = await (await getDb()).get('contacts', profileUrl);
  return contact ? { id: contact.id, stage: contact.stage } : null;
}

/** Ask the tab's content script to read its page now. */
export async function readTab(tabId: number): Promise<PageReading> {
  try {
    return await sendToTab(tabId, 'content.read', {});
  } catch {
    // No content script: the tab was opened before Rapport was installed or updated.
    throw new Error('Rapport cannot read this tab yet. Reload the LinkedIn page, then try again.');
  }
}

export async function saveTab(tabId: number): Promise<SaveResult> {
  const result = await saveReading(await readTab(tabId));
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
  await api.action
    .setBadgeText({ tabId, text: saved ? '✓' : (null as unknown as string) })
    .catch(() => undefined);
  if (saved) await api.action.setBadgeBackgroundColor({ tabId, color: '#1f7a4d' }).catch(() => undefined);
}
