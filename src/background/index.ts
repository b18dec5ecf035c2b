// Rapport's background: the only writer to the database. Every listener is registered at
// the top level on each start, as MV3 requires, so an event that wakes a stopped worker
// finds its listener.
import { api } from '../browser';
import { saveTab } from './capture';
import { handlers } from './handlers';
import { checkReminders, openFromNotification, REMINDER_ALARM, withReminderChecks } from './reminders';
import { listen } from './router';

const SAVE_MENU_ID = 'rapport-save-profile';

listen(withReminderChecks(handlers));

// Alarms may not survive a browser restart or an update: set the reminder alarm again then
// (and catch up on what fell due meanwhile), but not on every worker start, which would
// keep pushing it back. checkReminders only changes the alarm when its time differs.
api.runtime.onStartup.addListener(() => void checkReminders({ notify: true }));

api.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === REMINDER_ALARM) void checkReminders({ notify: true });
});

api.notifications.onClicked.addListener((notificationId) => void openFromNotification(notificationId));

api.runtime.onInstalled.addListener(async () => {
  void checkReminders({ notify: true });
  // Menus persist across worker restarts; create them once per install or update. (Chrome
  // before 123 returns nothing from removeAll, but runs the calls in order all the same.)
  await api.contextMenus.removeAll();
  api.contextMenus.create({
    id: SAVE_MENU_ID,
    title: 'Save this person to Rapport',
    contexts: ['page', 'link', 'selection'],
    documentUrlPatterns: ['https://*.linkedin.com/in/*'],
  });
});

api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) {
    void saveTab(tab.id).catch((error: Error) => reportSaveError(tab.id!, error));
  }
});

api.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'save-profile') return;
  const target = tab ?? (await api.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id !== undefined) void saveTab(target.id).catch((error: Error) => reportSaveError(target.id!, error));
});

/** A save from the menu or shortcut has no popup to show its error: show it on the badge. */
function reportSaveError(tabId: number, error: Error): void {
  void api.action.setBadgeText({ tabId, text: '!' }).catch(() => undefined);
  void api.action.setTitle({ tabId, title: `Rapport: ${error.message}` }).catch(() => undefined);
}
