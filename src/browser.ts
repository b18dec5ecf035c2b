// The one seam between Rapport and the browser: every context reaches extension APIs
// through here, never through webextension-polyfill or `chrome.*` directly.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Menus, Alarms, Notifications } from 'webextension-polyfill';
export { browser };

/** This extension's own pages start with this origin (chrome-extension://… or moz-extension://…). */
export function getExtensionOrigin(): string {
  return browser.runtime.getURL('');
}
