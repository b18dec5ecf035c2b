// Every way to save is one action: the context menu and the keyboard shortcut (wired in
// src/background/index.ts) and the popup's 'tab.save' all run saveTab — the tab's content
// script reads its page, the background stores the person, and the tab's button and the
// toolbar badge are told. The browser is faked; IndexedDB is real (fake-indexeddb). The
// in-page button's own path ('page.save') is covered end to end in test/e2e/capture.test.ts.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProfileCapture } from '../../../src/model';
import type { PageReading } from '../../../src/protocol';

// biome-ignore lint/suspicious/noExplicitAny: each fake listener takes the arguments of the browser event it stands for
type Listener = (...args: any[]) => unknown;

const fake = vi.hoisted(() => ({
  listeners: new Map<string, Listener>(),
  menus: [] as unknown[],
  readings: new Map<number, PageReading>(),
  /** The address each tab shows. */
  urls: new Map<number, string>(),
  toTab: [] as { tabId: number; name: string; payload: unknown }[],
  badges: new Map<number, string | null>(),
  titles: new Map<number, string>(),
  activeTabId: 0,
}));

vi.mock('../../../src/browser', () => {
  const event = (name: string) => ({ addListener: (listener: Listener) => fake.listeners.set(name, listener) });
  return {
    api: {
      runtime: {
        id: 'rapport-id',
        getURL: (path: string) => `chrome-extension://rapport-id/${path}`,
        onStartup: event('runtime.onStartup'),
        onInstalled: event('runtime.onInstalled'),
      },
      alarms: { onAlarm: event('alarms.onAlarm') },
      notifications: { onClicked: event('notifications.onClicked') },
      contextMenus: {
        onClicked: event('contextMenus.onClicked'),
        removeAll: async () => {
          fake.menus = [];
        },
        create: (menu: unknown) => fake.menus.push(menu),
      },
      commands: { onCommand: event('commands.onCommand') },
      tabs: {
        query: async () => [{ id: fake.activeTabId }],
        get: async (tabId: number) => ({ id: tabId, url: fake.urls.get(tabId) ?? 'https://www.linkedin.com/feed/' }),
      },
      action: {
        setBadgeText: async ({ tabId, text }: { tabId: number; text: string | null }) => {
          fake.badges.set(tabId, text);
        },
        setBadgeBackgroundColor: async () => undefined,
        setTitle: async ({ tabId, title }: { tabId: number; title: string }) => {
          fake.titles.set(tabId, title);
        },
      },
    },
    getExtensionOrigin: () => 'chrome-extension://rapport-id/',
    getRuntimeId: () => 'rapport-id',
    onRuntimeMessage: (listener: Listener) => fake.listeners.set('runtime.onMessage', listener),
    // The content script answers with a Reply (src/messaging.ts, toReply).
    sendTabMessage: async (tabId: number, envelope: { name: string; payload: unknown }) => {
      fake.toTab.push({ tabId, name: envelope.name, payload: envelope.payload });
      if (envelope.name !== 'content.read') return { ok: true, value: undefined };
      const reading = fake.readings.get(tabId);
      if (!reading) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, value: reading };
    },
  };
});

// The reminder pass reads every contact after each write; not what is tested here.
vi.mock('../../../src/background/reminders', () => ({
  REMINDER_ALARM: 'rapport-reminders',
  checkReminders: async () => undefined,
  openFromNotification: async () => undefined,
  withReminderChecks: <T>(handlers: T) => handlers,
}));

const PRIYA: ProfileCapture = {
  profileUrl: 'https://www.linkedin.com/in/priya-raman-holt/',
  name: 'Priya Raman-Holt',
  firstName: 'Priya',
  headline: 'Senior Product Manager, Payments | Ex-founder',
  role: 'Senior Product Manager',
  organization: 'Tallbo Pay',
  location: 'Lund, Skåne County, Sweden',
  sources: { name: { strategy: 'sdui-2026', derived: false } },
  missing: [],
};

const profile = (capture: ProfileCapture): PageReading => ({ kind: 'profile', capture });

/** Tab `tabId` shows `reading`'s profile at its own address (or at `url`). */
function openTab(tabId: number, reading: PageReading, url = reading.kind === 'profile' ? reading.capture.profileUrl : undefined) {
  fake.readings.set(tabId, reading);
  if (url) fake.urls.set(tabId, url);
}

/** What saving from tab `tabId` told that tab, after the fire-and-forget save finished. */
async function settled(tabId: number) {
  await vi.waitFor(() => {
    if (!fake.badges.has(tabId)) throw new Error('not yet');
  });
  return {
    badge: fake.badges.get(tabId),
    saved: fake.toTab.filter((m) => m.tabId === tabId && m.name === 'content.saved').map((m) => m.payload),
    reads: fake.toTab.filter((m) => m.tabId === tabId && m.name === 'content.read').length,
  };
}

const listener = (name: string) => {
  const found = fake.listeners.get(name);
  if (!found) throw new Error(`no ${name} listener`);
  return found;
};

beforeAll(async () => {
  await import('../../../src/background/index');
});

describe('the context menu and the keyboard shortcut', () => {
  it('adds one menu item, on LinkedIn profile pages only', async () => {
    await listener('runtime.onInstalled')({ reason: 'install' });
    await vi.waitFor(() => expect(fake.menus).toHaveLength(1));
    expect(fake.menus).toEqual([
      {
        id: 'rapport-save-profile',
        title: 'Save this person to Rapport',
        contexts: ['page', 'link', 'selection'],
        documentUrlPatterns: ['https://*.linkedin.com/in/*'],
      },
    ]);
  });

  it('the menu item saves the person in the tab it was clicked in', async () => {
    openTab(7, profile(PRIYA));
    listener('contextMenus.onClicked')({ menuItemId: 'rapport-save-profile' }, { id: 7 });
    const told = await settled(7);
    expect(told).toEqual({
      badge: '✓',
      saved: [{ profileUrl: PRIYA.profileUrl, saved: { id: PRIYA.profileUrl, stage: 'saved' } }],
      reads: 1,
    });
  });

  it('the shortcut saves the tab it was pressed in; the same person again is one contact', async () => {
    openTab(8, profile({ ...PRIYA, headline: 'Head of Payments Product' }));
    await listener('commands.onCommand')('save-profile', { id: 8 });
    expect(await settled(8)).toEqual({
      badge: '✓',
      saved: [{ profileUrl: PRIYA.profileUrl, saved: { id: PRIYA.profileUrl, stage: 'saved' } }],
      reads: 1,
    });

    const { getDb } = await import('../../../src/background/db');
    const { listContacts } = await import('../../../src/db/repository');
    const contacts = await listContacts(await getDb());
    expect(contacts.map((c) => [c.id, c.headline])).toEqual([[PRIYA.profileUrl, 'Head of Payments Product']]);
  });

  it('without a tab (some browsers), the shortcut saves the active tab', async () => {
    fake.activeTabId = 9;
    openTab(9, profile({ ...PRIYA, profileUrl: 'https://www.linkedin.com/in/nils-oberg/', name: 'Nils Öberg', firstName: 'Nils' }));
    await listener('commands.onCommand')('save-profile', undefined);
    expect((await settled(9)).badge).toBe('✓');
  });

  it('other commands and menu items save nothing', async () => {
    const before = fake.toTab.length;
    await listener('commands.onCommand')('_execute_action', { id: 7 });
    listener('contextMenus.onClicked')({ menuItemId: 'something-else' }, { id: 7 });
    await new Promise((done) => setTimeout(done, 20));
    expect(fake.toTab.length).toBe(before);
  });

  it('a page that is not a profile: the reason on the badge title, "!" on the badge, nothing saved', async () => {
    const reason = 'LinkedIn showed its sign-in page instead of the profile. Sign in to LinkedIn, open the profile again, then save.';
    openTab(10, { kind: 'not-profile', reason });
    listener('contextMenus.onClicked')({ menuItemId: 'rapport-save-profile' }, { id: 10 });
    expect(await settled(10)).toEqual({ badge: '!', saved: [], reads: 1 });
    expect(fake.titles.get(10)).toBe(`Rapport: ${reason}`);
  });

  it('a reading of another person than the tab shows: refused, nothing saved', async () => {
    openTab(
      13,
      profile({ ...PRIYA, profileUrl: 'https://www.linkedin.com/in/someone-else/', name: 'Someone Else' }),
      'https://se.linkedin.com/in/Priya-Raman-Holt?trk=x',
    );
    listener('contextMenus.onClicked')({ menuItemId: 'rapport-save-profile' }, { id: 13 });
    expect(await settled(13)).toEqual({ badge: '!', saved: [], reads: 1 });
    expect(fake.titles.get(13)).toBe(
      'Rapport: Refused: the profile read is not the one this tab shows, so nothing was saved. Reload the page, then try again.',
    );
    const { getDb } = await import('../../../src/background/db');
    expect(await (await getDb()).get('contacts', 'https://www.linkedin.com/in/someone-else/')).toBeUndefined();
  });

  it('a tab without the content script (opened before install): says to reload', async () => {
    listener('contextMenus.onClicked')({ menuItemId: 'rapport-save-profile' }, { id: 11 });
    expect((await settled(11)).badge).toBe('!');
    expect(fake.titles.get(11)).toBe('Rapport: Rapport cannot read this tab yet. Reload the LinkedIn page, then try again.');
  });
});

describe("the popup's Save ('tab.save')", () => {
  it('is the same action: read the tab, store, tell the tab and the badge', async () => {
    openTab(12, profile({ ...PRIYA, profileUrl: 'https://www.linkedin.com/in/hannaleino/', name: 'Hanna Leino', firstName: 'Hanna' }));
    const { handlers } = await import('../../../src/background/handlers');
    const result = await handlers['tab.save']({ tabId: 12 }, {} as never);
    expect([result.created, result.contact.id, result.contact.name]).toEqual([
      true,
      'https://www.linkedin.com/in/hannaleino/',
      'Hanna Leino',
    ]);
    expect(await settled(12)).toEqual({
      badge: '✓',
      saved: [
        { profileUrl: 'https://www.linkedin.com/in/hannaleino/', saved: { id: 'https://www.linkedin.com/in/hannaleino/', stage: 'saved' } },
      ],
      reads: 1,
    });
  });
});

describe("the in-page button's Save ('page.save'), through the router", () => {
  const fromTab = (tabId: number, url: string) => ({ id: 'rapport-id', url, tab: { id: tabId, url } as chrome.tabs.Tab });

  it('saves the person the tab shows, and tells the tab and the badge', async () => {
    const { dispatch } = await import('../../../src/background/router');
    const { handlers } = await import('../../../src/background/handlers');
    const reading = profile({ ...PRIYA, profileUrl: 'https://www.linkedin.com/in/lena-dahl/', name: 'Lena Dahl', firstName: 'Lena' });
    const reply = await dispatch(handlers, 'page.save', { reading }, fromTab(14, 'https://se.linkedin.com/in/Lena-Dahl/?trk=x'));
    expect(reply.ok && [reply.value.created, reply.value.contact.name]).toEqual([true, 'Lena Dahl']);
    expect((await settled(14)).badge).toBe('✓');
  });

  it("refuses a capture whose address is not the sending tab's: nothing saved", async () => {
    const { dispatch } = await import('../../../src/background/router');
    const { handlers } = await import('../../../src/background/handlers');
    const reading = profile({ ...PRIYA, profileUrl: 'https://www.linkedin.com/in/not-this-tab/', name: 'Not This Tab' });
    for (const url of ['https://www.linkedin.com/in/lena-dahl/', 'https://www.linkedin.com/feed/']) {
      expect(await dispatch(handlers, 'page.save', { reading }, fromTab(15, url))).toEqual({
        ok: false,
        error: 'Refused: the profile read is not the one this tab shows, so nothing was saved. Reload the page, then try again.',
      });
    }
    const { getDb } = await import('../../../src/background/db');
    expect(await (await getDb()).get('contacts', 'https://www.linkedin.com/in/not-this-tab/')).toBeUndefined();
  });

  it('refuses a malformed capture before the handler runs', async () => {
    const { dispatch } = await import('../../../src/background/router');
    const { handlers } = await import('../../../src/background/handlers');
    const reading = { kind: 'profile', capture: { ...PRIYA, name: '' } };
    expect(await dispatch(handlers, 'page.save', { reading }, fromTab(16, PRIYA.profileUrl))).toEqual({
      ok: false,
      error: "Couldn't read the person's name on this page, so nothing was saved.",
    });
    expect(fake.badges.has(16)).toBe(false);
  });
});
