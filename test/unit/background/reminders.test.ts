// The reminder machinery with the browser faked and IndexedDB real (fake-indexeddb): one
// alarm that is left alone when right, a badge count, and each due to-do notified once —
// even after the service worker restarts, since what was notified is stored.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/model';
import { markRequestSent } from '../../../src/pipeline/stages';
import { makeContact } from '../pipeline/fixtures';

const fake = vi.hoisted(() => ({
  alarms: new Map<string, { name: string; scheduledTime: number }>(),
  alarmsCreated: 0,
  alarmReads: 0,
  badge: '',
  notifications: [] as { id: string; message: string }[],
  tabsOpened: [] as string[],
}));

vi.mock('../../../src/browser', () => ({
  api: {
    runtime: { id: 'rapport-id', getURL: (path: string) => `chrome-extension://rapport-id/${path}` },
    alarms: {
      get: async (name: string) => {
        fake.alarmReads++;
        return fake.alarms.get(name);
      },
      create: async (name: string, { when }: { when: number }) => {
        fake.alarmsCreated++;
        fake.alarms.set(name, { name, scheduledTime: when });
      },
      clear: async (name: string) => fake.alarms.delete(name),
    },
    action: {
      setBadgeText: async ({ text }: { text: string }) => {
        fake.badge = text;
      },
      setBadgeBackgroundColor: async () => undefined,
    },
    notifications: {
      create: async (id: string, options: { message: string }) => {
        fake.notifications.push({ id, message: options.message });
        return id;
      },
      clear: async () => true,
    },
    tabs: {
      create: async ({ url }: { url: string }) => {
        fake.tabsOpened.push(url);
      },
    },
  },
  getExtensionOrigin: () => 'chrome-extension://rapport-id/',
}));

const { getDb } = await import('../../../src/background/db');
const { putContact, putSettings } = await import('../../../src/db/repository');

type Handlers = import('../../../src/background/router').Handlers;
type HandlerContext = import('../../../src/background/router').HandlerContext;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SENT_AT = Date.UTC(2026, 1, 2, 10, 0);
const ana = markRequestSent(makeContact(), SENT_AT);

/** A fresh copy of the background module, as a restarted service worker would load it. */
async function startWorker() {
  vi.resetModules();
  return import('../../../src/background/reminders');
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  const db = await getDb();
  await Promise.all([db.clear('contacts'), db.clear('meta')]);
  fake.alarms.clear();
  fake.alarmsCreated = 0;
  fake.alarmReads = 0;
  fake.badge = '';
  fake.notifications.length = 0;
  fake.tabsOpened.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('reminders in the background', () => {
  it('sets one alarm at the next due time and leaves it alone when nothing changed', async () => {
    await putContact(await getDb(), ana);
    vi.setSystemTime(SENT_AT + HOUR);
    await (await startWorker()).checkReminders({ notify: true });
    expect(fake.alarms.get('rapport-reminders')?.scheduledTime).toBe(SENT_AT + 7 * DAY);
    expect(fake.alarmsCreated).toBe(1);

    vi.setSystemTime(SENT_AT + 2 * DAY);
    await (await startWorker()).checkReminders({ notify: true });
    expect(fake.alarmsCreated).toBe(1);
    expect(fake.badge).toBe('');
  });

  it('notifies a due follow-up once, even after the worker restarts, and counts it on the badge', async () => {
    await putContact(await getDb(), ana);
    vi.setSystemTime(SENT_AT + 7 * DAY + HOUR);
    await (await startWorker()).checkReminders({ notify: true });
    expect(fake.notifications).toEqual([{ id: `rapport:contact:${ana.id}`, message: 'Follow up with Ana Lind (1 of 2)' }]);
    expect(fake.badge).toBe('1');

    vi.setSystemTime(SENT_AT + 7 * DAY + 2 * HOUR);
    await (await startWorker()).checkReminders({ notify: true });
    expect(fake.notifications).toHaveLength(1);
    expect(fake.badge).toBe('1');
  });

  it('with notifications off, still counts on the badge and shows nothing', async () => {
    const db = await getDb();
    await putSettings(db, { ...DEFAULT_SETTINGS, notifications: false });
    await putContact(db, ana);
    vi.setSystemTime(SENT_AT + 8 * DAY);
    await (await startWorker()).checkReminders({ notify: true });
    expect(fake.notifications).toEqual([]);
    expect(fake.badge).toBe('1');
  });

  it('sums up many newly due at once in one notification', async () => {
    const db = await getDb();
    for (const slug of ['a', 'b', 'c', 'd', 'e']) {
      await putContact(db, { ...ana, id: `https://www.linkedin.com/in/${slug}/`, name: slug.toUpperCase() });
    }
    vi.setSystemTime(SENT_AT + 8 * DAY);
    await (await startWorker()).checkReminders({ notify: true });
    expect(fake.notifications.map((n) => n.id)).toEqual(['rapport:today']);
    expect(fake.badge).toBe('5');
  });

  it('moves a contact whose follow-ups are used up to no-reply, and clears the alarm when nothing is left', async () => {
    const db = await getDb();
    await putContact(db, { ...ana, nudges: 2 });
    fake.alarms.set('rapport-reminders', { name: 'rapport-reminders', scheduledTime: SENT_AT + 7 * DAY });
    vi.setSystemTime(SENT_AT + 7 * DAY);
    await (await startWorker()).checkReminders({ notify: true });
    expect((await db.get('contacts', ana.id))?.stage).toBe('no-reply');
    expect(fake.alarms.has('rapport-reminders')).toBe(false);
    expect(fake.notifications).toEqual([]);
  });

  it('a click on a notification opens that person in the popup page', async () => {
    const { openFromNotification } = await startWorker();
    await openFromNotification(`rapport:contact:${ana.id}`);
    await openFromNotification('another-extension:1');
    expect(fake.tabsOpened).toEqual([`chrome-extension://rapport-id/popup/index.html#contact=${encodeURIComponent(ana.id)}`]);
  });

  it('checks after a write that can change what is due, not after a draft is typed', async () => {
    const { withReminderChecks } = await startWorker();
    const db = await getDb();
    const wrapped = withReminderChecks({
      'letter.saveDraft': async () => null,
      'contact.move': async () => putContact(db, ana),
    } as unknown as Handlers);
    const ctx = {} as HandlerContext;
    vi.setSystemTime(SENT_AT + 8 * DAY);

    await wrapped['letter.saveDraft']({ id: ana.id, variant: 'email', draft: null }, ctx);
    await new Promise((done) => setTimeout(done, 50));
    expect(fake.alarmReads).toBe(0);

    await wrapped['contact.move']({ id: ana.id, to: 'request-sent' }, ctx);
    await vi.waitFor(() => expect(fake.badge).toBe('1'));
    expect(fake.alarmReads).toBe(1);
    // The user is looking at Rapport: marked as reminded, without a notification.
    expect(fake.notifications).toEqual([]);
    expect((await db.get('contacts', ana.id))?.reminded).toBe(`follow-up@${SENT_AT + 7 * DAY}`);
  });
});
