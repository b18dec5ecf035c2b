// Rapport's content script, matched to all of linkedin.com because LinkedIn navigates with
// pushState: a user who lands on /feed/ and clicks through to a profile never gets a script
// injected for /in/*. Until the user is on a profile it does nothing but listen for URL
// changes; it reads the page only when asked to save.
import { getRuntimeId, onRuntimeMessage } from '../browser';
import { isContentEnvelope, sendFromContent, sendFromContentAfterStop, StoppedError, toReply } from '../messaging';
import type { PageReading, SavedState } from '../protocol';
import { extractProfile } from './linkedin/extract';
import { getNotProfileReason } from './linkedin/not-profile';
import { isProfileUrl, toCanonicalProfileUrl } from './linkedin/pages';
import { SaveButton } from './save-button';

const button = new SaveButton(() => void save());
let currentUrl = '';

function read(): PageReading {
  return extractProfile(document, location.href);
}

async function save(): Promise<void> {
  const reading = read();
  if (reading.kind !== 'profile') {
    button.showProblem(reading.reason);
    return;
  }
  button.showBusy();
  try {
    const { contact, created } = await sendFromContent('page.save', { reading });
    button.showSaved({ id: contact.id, stage: contact.stage }, !created);
  } catch (error) {
    if (error instanceof StoppedError) await showWhetherSaved(reading.capture.profileUrl);
    else button.showProblem((error as Error).message);
  }
}

/** The save was cut off: whether the person is in Rapport now says whether it was written. */
async function showWhetherSaved(profileUrl: string): Promise<void> {
  try {
    const { saved } = await sendFromContentAfterStop('page.status', { profileUrl });
    if (saved) button.showSaved(saved, false);
    else button.showProblem('Rapport was stopped before it finished, so nothing was saved. Click Save to try again.');
  } catch {
    button.showProblem('Rapport was stopped before it finished and could not check whether the person was saved. Open Rapport to see.');
  }
}

/** Called on load and after every in-app navigation. */
async function onUrl(): Promise<void> {
  if (location.href === currentUrl) return;
  currentUrl = location.href;
  const profileUrl = isProfileUrl(location.href) ? toCanonicalProfileUrl(location.href) : null;
  try {
    const { saved, showButton } = await sendFromContent('page.status', { profileUrl });
    if (currentUrl !== location.href) return; // navigated again meanwhile
    if (!profileUrl || !showButton) button.unmount();
    // A profile address that shows the sign-in page, "Profile Not Found" or a security
    // check: a button that says why instead of one that fails when clicked. A few
    // selector lookups in <head> and one in the page, no extraction.
    else button.mount(saved, getNotProfileReason(document, location.href));
  } catch {
    // The extension was updated or removed while this page was open: stay out of the way.
    button.unmount();
  }
}

onRuntimeMessage((message, sender) => {
  if (sender.id !== getRuntimeId() || sender.tab || !isContentEnvelope(message)) return undefined;
  if (message.name === 'content.read') return toReply(read);
  if (message.name === 'content.saved') {
    const { profileUrl, saved } = message.payload as { profileUrl: string; saved: SavedState | null };
    return toReply(() => {
      if (isProfileUrl(location.href) && toCanonicalProfileUrl(location.href) === profileUrl) {
        button.showSaved(saved, false);
      }
    });
  }
  return undefined;
});

watchNavigation(() => void onUrl());
void onUrl();

/** LinkedIn changes the URL with pushState, which re-injects nothing. */
function watchNavigation(onChange: () => void): void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    // Fires in the content script's world in Chromium and Firefox (test/e2e/capture.test.ts
    // navigates by pushState in both).
    navigation.addEventListener('currententrychange', onChange);
  } else {
    // Browsers without the Navigation API: a cheap URL check, not a DOM observer.
    addEventListener('popstate', onChange);
    setInterval(() => location.href !== currentUrl && onChange(), 1000);
  }
}
