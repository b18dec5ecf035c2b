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

// --- Runtime messaging without the polyfill -------------------------------------------
// The content script runs on every LinkedIn page and needs only these three calls; the
// polyfill would be a third of its size. Both browsers' own `runtime.sendMessage` return
// a promise under MV3; only a listener's promise reply needs bridging for Chromium before
// 144, which answers through `sendResponse`. The functions below never touch `browser`
// above, so a bundle that uses only them leaves the polyfill out (build.mjs marks it free
// of side effects).

type NativeListener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean;

interface NativeRuntime {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: NativeListener): void };
}

function getNativeRuntime(): NativeRuntime {
  const scope = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  // Firefox names it `browser` (and also has `chrome`); Chromium has only `chrome`.
  const runtime = scope.browser?.runtime?.id ? scope.browser.runtime : scope.chrome?.runtime;
  if (!runtime?.id) throw new Error('Rapport was updated or removed. Reload this page.');
  return runtime;
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
