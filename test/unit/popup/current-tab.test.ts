// @vitest-environment jsdom
// The popup asks the current tab what it shows as it starts, so that its card is part of the
// first screen (popup/current-tab.tsx): only a tab whose address the browser shows Rapport is
// asked, and the first screen waits for it a short while at most.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentTab } from '../../../src/protocol';

const tabUrl = vi.fn<(tabId?: number) => Promise<string | undefined>>();
const send = vi.fn();
vi.mock('../../../src/browser', () => ({
  getVisibleTabUrl: (tabId?: number) => tabUrl(tabId),
  getExtensionOrigin: () => 'chrome-extension://rapport-id/',
}));
vi.mock('../../../src/messaging', () => ({ sendFromPage: (...args: unknown[]) => send(...args) }));
const { askCurrentTab } = await import('../../../popup/current-tab');

const PROFILE_URL = 'https://www.linkedin.com/in/maren-okafor/';
const profile: CurrentTab = {
  kind: 'profile',
  tabId: 7,
  capture: {
    profileUrl: PROFILE_URL,
    name: 'Maren Okafor',
    firstName: 'Maren',
    headline: 'Hydrologist',
    role: 'Hydrologist',
    organization: 'Bluefen',
    location: null,
    sources: {},
    missing: [],
  },
  saved: null,
};

beforeEach(() => {
  tabUrl.mockReset();
  send.mockReset();
  history.replaceState(null, '', '/popup/index.html');
});
afterEach(() => vi.useRealTimers());

describe('the current tab’s question', () => {
  it('is not sent for a tab the browser shows no address of (any site but LinkedIn): nothing to wait for', async () => {
    tabUrl.mockResolvedValue(undefined);
    const { first, answer } = askCurrentTab();
    expect(await first).toEqual({ kind: 'not-linkedin' });
    expect(await answer).toEqual({ kind: 'not-linkedin' });
    expect(send).not.toHaveBeenCalled();
  });

  it('is not sent over one of Rapport’s own pages, nor when the tab is gone', async () => {
    tabUrl.mockResolvedValue('chrome-extension://rapport-id/options/index.html');
    expect(await askCurrentTab().first).toEqual({ kind: 'not-linkedin' });
    tabUrl.mockRejectedValue(new Error('No tab with id: 7.'));
    expect(await askCurrentTab().first).toEqual({ kind: 'not-linkedin' });
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the background about a LinkedIn tab (the one the page names, if it does), and the first screen gets its answer', async () => {
    history.replaceState(null, '', '/popup/index.html?tab=7');
    tabUrl.mockResolvedValue(PROFILE_URL);
    send.mockResolvedValue(profile);
    expect(await askCurrentTab().first).toEqual(profile);
    expect(tabUrl).toHaveBeenCalledWith(7);
    expect(send).toHaveBeenCalledWith('tab.current', { tabId: 7 });
  });

  it('a tab slower than 150 ms: the first screen is shown with the card asking, and the answer comes after', async () => {
    vi.useFakeTimers();
    tabUrl.mockResolvedValue(PROFILE_URL);
    let reply: (tab: CurrentTab) => void = () => undefined;
    send.mockReturnValue(new Promise<CurrentTab>((done) => (reply = done)));
    const { first, answer } = askCurrentTab();
    let shown: unknown = null;
    void first.then((card) => (shown = card));
    await vi.advanceTimersByTimeAsync(149);
    expect(shown).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toEqual({ kind: 'asking' });
    reply(profile);
    expect(await answer).toEqual(profile);
  });

  it('a tab that can’t be read (the background fails) shows no card', async () => {
    tabUrl.mockResolvedValue(PROFILE_URL);
    send.mockRejectedValue(new Error('Could not establish connection.'));
    expect(await askCurrentTab().first).toEqual({ kind: 'not-linkedin' });
  });
});
