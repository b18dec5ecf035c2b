// The one seam between Rapport and the browser: every context reaches extension APIs
// through here, never through webextension-polyfill or `chrome.*` directly.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

export type { Runtime, Menus, Alarms, Notifications } from 'webextension-polyfill';
export { browser };

/** This extension's own pages start with this origin (chrome-extension://… or moz-extension://…). */
export function getExtensionOrigin(): string {
  return browser.runtime.getURL('');
}

// --- Without the polyfill ---------------------------------------------------------------
// The content script runs on every LinkedIn page and needs only runtime messaging; the
// polyfill would be a third of its size. The popup needs messaging and two calls more; left
// out, the popup has ~10 KB less script to compile on every opening. Both browsers' own APIs
// return promises under MV3; only a listener's promise reply needs bridging for Chromium
// before 144, which answers through `sendResponse`. The functions below never touch
// `browser` above, so a bundle that uses only them leaves the polyfill out (build.mjs marks
// it free of side effects).

type NativeListener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean;

interface NativeRuntime {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: NativeListener): void };
  openOptionsPage(): Promise<void>;
  getURL(path: string): string;
}

interface NativeApi {
  runtime: NativeRuntime;
  tabs?: { create(properties: { url: string }): Promise<unknown> };
}

function getNative(): NativeApi {
  const scope = globalThis as { browser?: Partial<NativeApi>; chrome?: Partial<NativeApi> };
  // Firefox names it `browser` (and also has `chrome`); Chromium has only `chrome`.
  const api = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  if (!api?.runtime?.id) throw new Error('Rapport was updated or removed. Reload this page.');
  return api as NativeApi;
}

function getNativeRuntime(): NativeRuntime {
  return getNative().runtime;
}

/** runtime.openOptionsPage, for extension pages. */
export function openOptionsPage(): Promise<void> {
  return getNativeRuntime().openOptionsPage();
}

/** A page of this extension (e.g. "options/index.html#profile") in a new tab, for extension pages. */
export async function openExtensionPage(path: string): Promise<void> {
  const { runtime, tabs } = getNative();
  if (!tabs) throw new Error('Rapport can’t open a tab from here.');
  await tabs.create({ url: runtime.getURL(path) });
}

/** This extension's id, as senders carry it. */
export function getRuntimeId(): string {
  return getNativeRuntime().id;
}

/** runtime.sendMessage; resolves undefined when no listener answered, as the polyfill does. */
export async function sendRuntimeMessage(message: unknown): Promise<unknown> {
  try {
    return await getNativeRuntime().sendMessage(message);
  } catch (error) {
    if (/message port closed|message channel closed/i.test((error as Error)?.message ?? '')) return undefined;
    throw error;
  }
}

/** runtime.onMessage with a promise reply (undefined: not this listener's message). A
 * rejection reaches a polyfill sender as a rejection, through the polyfill's own marker. */
export function onRuntimeMessage(listener: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void {
  getNativeRuntime().onMessage.addListener((message, sender, sendResponse) => {
    const reply = listener(message, sender);
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) =>
      sendResponse({ __mozWebExtensionPolyfillReject__: true, message: (error as Error)?.message ?? String(error) }),
    );
    return true;
  });
}
