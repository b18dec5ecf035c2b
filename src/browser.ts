// The one seam between Rapport and the browser: no other file names the extension API
// (`chrome.*`, `browser.*`); every context reaches it through `api` and the functions here.
// At Rapport's minimum versions (Chrome 120, Firefox 140) both browsers' own MV3 APIs
// return promises, so they are used as they are, typed by @types/chrome, with no polyfill.

type Api = typeof chrome;
export type MessageSender = chrome.runtime.MessageSender;

function findApi(): Api {
  const scope = globalThis as { browser?: Api; chrome?: Api };
  // Firefox names it `browser` (and also has `chrome`); Chromium has only `chrome`, and in a
  // content script `browser` may be a page element of that id.
  return (scope.browser?.runtime ? scope.browser : scope.chrome) as Api;
}

/** The browser's extension API, in whichever context this runs. */
export const api: Api = findApi();

/** The API while Rapport is still installed: after an update or removal, a content script
 * left in an open page keeps running without it. */
function getLiveApi(): Api {
  if (!api?.runtime?.id) throw new Error('Rapport was updated or removed. Reload this page.');
  return api;
}

/** This extension's own pages start with this origin (chrome-extension://… or moz-extension://…). */
export function getExtensionOrigin(): string {
  return api.runtime.getURL('');
}

/** runtime.openOptionsPage, for extension pages. */
export function openOptionsPage(): Promise<void> {
  return getLiveApi().runtime.openOptionsPage();
}

/** A page of this extension (e.g. "options/index.html#profile") in a new tab, for extension pages. */
export async function openExtensionPage(path: string): Promise<void> {
  const { runtime, tabs } = getLiveApi();
  await tabs.create({ url: runtime.getURL(path) });
}

/** This extension's id, as senders carry it. */
export function getRuntimeId(): string | undefined {
  return api?.runtime?.id;
}

/** runtime.sendMessage; resolves undefined when no listener answered. */
export async function sendRuntimeMessage(message: unknown): Promise<unknown> {
  try {
    return await getLiveApi().runtime.sendMessage(message);
  } catch (error) {
    if (/message port closed|message channel closed/i.test((error as Error)?.message ?? '')) return undefined;
    throw error;
  }
}

/** A tab's address as the browser lets Rapport see it: only a page of a site Rapport has
 * access to (LinkedIn) or one of its own, else undefined. No `tabId`: the current window's
 * active tab. */
export async function getVisibleTabUrl(tabId?: number): Promise<string | undefined> {
  const { tabs } = getLiveApi();
  const [tab] = tabId !== undefined ? [await tabs.get(tabId)] : await tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

/** tabs.sendMessage, to the content script of a tab. */
export function sendTabMessage(tabId: number, message: unknown): Promise<unknown> {
  return getLiveApi().tabs.sendMessage(tabId, message);
}

/**
 * runtime.onMessage with a promise reply (undefined: not this listener's message). Chromium
 * before 144 takes a listener's reply only through `sendResponse`, so the promise is passed
 * to it; the promise must not reject (src/messaging.ts wraps every answer in a Reply).
 */
export function onRuntimeMessage(listener: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void {
  api.runtime.onMessage.addListener((message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => {
    const reply = listener(message, sender);
    if (!reply) return false;
    void reply.then(sendResponse);
    return true;
  });
}
