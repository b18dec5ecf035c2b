// @vitest-environment jsdom
// The current tab's address is asked for by the popup's early script, before the module
// arrives (popup/tab-url.ts): the module's first question takes that answer, later ones ask
// the browser again.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const tabUrl = vi.fn<(tabId?: number) => Promise<string | undefined>>();
vi.mock('../../../src/browser', () => ({ getVisibleTabUrl: (tabId?: number) => tabUrl(tabId) }));
const { readTabUrl, startTabUrl } = await import('../../../popup/tab-url');

const PROFILE_URL = 'https://www.linkedin.com/in/maren-okafor/';

beforeEach(() => {
  tabUrl.mockReset();
  history.replaceState(null, '', '/popup/index.html');
});

describe('the current tab’s address', () => {
  it('asked by the early script is what the first question gets; the next one asks the browser again', async () => {
    tabUrl.mockResolvedValueOnce(PROFILE_URL).mockResolvedValueOnce('https://www.linkedin.com/feed/');
    startTabUrl();
    expect(tabUrl).toHaveBeenCalledTimes(1);
    expect(await readTabUrl()).toBe(PROFILE_URL);
    expect(tabUrl).toHaveBeenCalledTimes(1);
    expect(await readTabUrl()).toBe('https://www.linkedin.com/feed/');
    expect(tabUrl).toHaveBeenCalledTimes(2);
  });

  it('is asked for the tab the page names (?tab=<id>), else the active one', async () => {
    tabUrl.mockResolvedValue(PROFILE_URL);
    history.replaceState(null, '', '/popup/index.html?tab=7');
    startTabUrl();
    await readTabUrl();
    history.replaceState(null, '', '/popup/index.html?tab=x');
    await readTabUrl();
    expect(tabUrl.mock.calls).toEqual([[7], [undefined]]);
  });

  it('that failed in the early script fails the first question, not the page', async () => {
    tabUrl.mockRejectedValueOnce(new Error('No tab with id: 7.'));
    startTabUrl();
    await expect(readTabUrl()).rejects.toThrow('No tab with id: 7.');
  });

  it('is asked by the module itself when no early script ran', async () => {
    tabUrl.mockResolvedValue(undefined);
    expect(await readTabUrl()).toBeUndefined();
    expect(tabUrl).toHaveBeenCalledTimes(1);
  });
});
