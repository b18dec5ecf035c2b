// Reminders: one alarm at the next time something falls due, the toolbar badge counting
// what is due now, and a notification for each to-do as it falls due. Nothing lives only
// in this worker: what was reminded is stored on the contact (Contact.reminded), and the
// alarm is compared with what the browser already holds before it is changed.
import { api } from '../browser';
import { getContactsWithDueActions, getSettings, putInTransaction, refreshWhatToDo, writeContacts } from '../db/repository';
import type { Contact } from '../model';
import { getBadgeCount, getNextAlarmTime, type NextAction } from '../pipeline/due';
import { getAlarmChange, getReminderMessage, reviewContact } from '../pipeline/reminders';
import { getDefaultTimeZone } from '../pipeline/zoned-time';
import { toContactHash } from '../contact-hash';
import type { MessageName } from '../protocol';
import { getDb } from './db';
import type { Handlers } from './router';

export const REMINDER_ALARM = 'rapport-reminders';
const CONTACT_NOTIFICATION = 'rapport:contact:';
const SUMMARY_NOTIFICATION = 'rapport:today';
/** More falling due at once (back after a week away) get one summary, not a stack. */
const MAX_SEPARATE_NOTIFICATIONS = 3;
const BADGE_COLOR = '#b3261e';

interface DueReminder {
  contact: Contact;
  action: NextAction;
}

/**
 * Brings everything up to date: moves contacts whose follow-ups are used up to no-reply,
 * sets the badge, sets the alarm, and — when `notify` — shows what newly fell due. After
 * the user's own writes `notify` is false: they are looking at Rapport already, and what
 * fell due is marked as reminded all the same.
 */
async function runCheck(notify: boolean): Promise<void> {
  const db = await getDb();
  const now = Date.now();
  const timeZone = getDefaultTimeZone();
  const settings = await getSettings(db);
  // Only the stages in which something can fall due: the others (saved, no reply, declined,
  // archived — most people, in a long list) change nothing below, and reading everyone after
  // every write would keep the worker busy in proportion to the whole list.
  const contacts = await getContactsWithDueActions(db);

  // Read them all, then write only the contacts that change, each reviewed again inside the
  // write transaction so an edit made in between is not lost.
  const changing = contacts.filter((contact) => reviewContact(contact, settings, now, timeZone).contact !== contact);
  const updated = new Map<string, Contact>();
  const due: DueReminder[] = [];
  if (changing.length > 0) {
    const tx = writeContacts(db);
    const store = tx.objectStore('contacts');
    const write = async () => {
      const changes: { before: Contact; after: Contact }[] = [];
      for (const current of await Promise.all(changing.map(({ id }) => store.get(id)))) {
        if (!current) continue;
        const review = reviewContact(current, settings, now, timeZone);
        if (review.contact === current) continue;
        updated.set(current.id, review.contact);
        if (review.remind) due.push({ contact: review.contact, action: review.remind });
        changes.push({ before: current, after: review.contact });
      }
      await putInTransaction(tx, changes);
    };
    await Promise.all([write(), tx.done]);
  }
  const latest = contacts.map((contact) => updated.get(contact.id) ?? contact);

  // The popup's "what to do now", kept in the summary's head, worked out again if time has
  // passed the moment until which it held; the alarm comes then at the latest, to do so again.
  const holdsUntil = await refreshWhatToDo(db, now);
  await setBadgeCount(getBadgeCount(latest, settings, now, timeZone));
  const next = getNextAlarmTime(latest, settings, now, timeZone);
  await setAlarm(holdsUntil !== null && (next === null || holdsUntil < next) ? holdsUntil : next);
  if (notify && settings.notifications && due.length > 0) await showNotifications(due, timeZone);
}

let tail: Promise<void> = Promise.resolve();
let queued: { notify: boolean } | null = null;

/**
 * Runs a check after the ones already running. Checks asked for while one waits to start
 * merge into it: a burst of writes costs one more pass over the contacts, not one each.
 */
export function checkReminders({ notify }: { notify: boolean }): Promise<void> {
  if (queued) {
    queued.notify ||= notify;
    return tail;
  }
  const request = { notify };
  queued = request;
  tail = tail
    .then(() => {
      queued = null;
      return runCheck(request.notify);
    })
    .catch((error: unknown) => console.error('Rapport: reminders could not be updated.', error));
  return tail;
}

async function setBadgeCount(count: number): Promise<void> {
  // The global badge; a saved profile's tab shows its own "✓" over it (capture.ts).
  await api.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await api.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
}

async function setAlarm(wanted: number | null): Promise<void> {
  const existing = await api.alarms.get(REMINDER_ALARM);
  const change = getAlarmChange(existing?.scheduledTime ?? null, wanted);
  if (change.kind === 'clear') await api.alarms.clear(REMINDER_ALARM);
  // Chrome's MV3 alarms.create returns a promise; Firefox's returns nothing. Awaiting covers both.
  if (change.kind === 'create') await api.alarms.create(REMINDER_ALARM, { when: change.when });
}

async function showNotifications(due: DueReminder[], timeZone: string): Promise<void> {
  const iconUrl = api.runtime.getURL('icons/128.png');
  try {
    if (due.length > MAX_SEPARATE_NOTIFICATIONS) {
      await api.notifications.create(SUMMARY_NOTIFICATION, {
        type: 'basic',
        iconUrl,
        title: `${due.length} things to do in Rapport`,
        message: due
          .slice(0, 3)
          .map(({ action }) => action.label)
          .join('\n'),
      });
      return;
    }
    for (const { contact, action } of due) {
      await api.notifications.create(CONTACT_NOTIFICATION + contact.id, {
        type: 'basic',
        iconUrl,
        title: 'Rapport',
        message: getReminderMessage(contact, action, timeZone),
      });
    }
  } catch (error) {
    // Notifications refused or unavailable: the badge and the popup still show everything.
    console.warn('Rapport: could not show a notification.', error);
  }
}

/** A click on a notification opens that person (or, for a summary, the to-do list) in a tab. */
export async function openFromNotification(notificationId: string): Promise<void> {
  if (notificationId !== SUMMARY_NOTIFICATION && !notificationId.startsWith(CONTACT_NOTIFICATION)) return;
  const id = notificationId.startsWith(CONTACT_NOTIFICATION) ? notificationId.slice(CONTACT_NOTIFICATION.length) : null;
  await api.tabs.create({ url: api.runtime.getURL(`popup/index.html${id ? toContactHash(id) : ''}`) });
  await api.notifications.clear(notificationId);
}

/**
 * Messages that cannot change what is due: reads, and writes of text that no due date
 * depends on (a draft is saved as the user types; a pass over 10,000 contacts after each
 * keystroke would be wasted). Any other message is followed by a check.
 */
const NO_DUE_CHANGE: ReadonlySet<MessageName> = new Set<MessageName>([
  'page.status',
  'tab.current',
  'contact.get',
  'contact.update',
  'profile.get',
  'profile.save',
  'settings.get',
  'templates.get',
  'templates.save',
  'letter.saveDraft',
  'pipeline.calendarFile',
  'data.exportBackup',
  'data.exportCsv',
  'data.previewRestore',
  'data.holdsBackup',
  'data.previewImport',
]);

type AnyHandler = (req: unknown, ctx: unknown) => unknown;

/** The handlers, each write followed by a reminder check (not awaited: the reply goes first). */
export function withReminderChecks(handlers: Handlers): Handlers {
  const wrapped: Record<string, AnyHandler> = { ...handlers } as Record<string, AnyHandler>;
  for (const name of Object.keys(handlers) as MessageName[]) {
    if (NO_DUE_CHANGE.has(name)) continue;
    const handler = handlers[name] as AnyHandler;
    wrapped[name] = async (req, ctx) => {
      const value = await handler(req, ctx);
      void checkReminders({ notify: false });
      return value;
    };
  }
  return wrapped as unknown as Handlers;
}
