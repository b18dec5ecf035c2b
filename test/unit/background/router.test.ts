// The router refuses before any handler runs: a web page, another extension or our content
// script asking for a data message never reaches the database.
import { describe, expect, it, vi } from 'vitest';
import type { MessageSender } from '../../../src/browser';

vi.mock('../../../src/browser', () => ({
  api: { runtime: { id: 'rapport-id' } },
  getRuntimeId: () => 'rapport-id',
  getExtensionOrigin: () => 'chrome-extension://rapport-id/',
}));
const { dispatch, toUserMessage } = await import('../../../src/background/router');
type Handlers = import('../../../src/background/router').Handlers;

function spyHandlers() {
  const deleteAll = vi.fn(async () => ({ deleted: 3 }));
  return { deleteAll, handlers: { 'data.deleteAll': deleteAll } as unknown as Handlers };
}

describe('dispatch', () => {
  it.each<[string, MessageSender]>([
    ['a web page', { url: 'https://evil.example/' }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/page.html' }],
    ['our content script on LinkedIn', { id: 'rapport-id', url: 'https://www.linkedin.com/in/x/', tab: { id: 1 } as MessageSender['tab'] }],
  ])('refuses data.deleteAll from %s without running it', async (_label, sender) => {
    const { deleteAll, handlers } = spyHandlers();
    const reply = await dispatch(handlers, 'data.deleteAll', { confirm: 'DELETE' }, sender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(deleteAll).not.toHaveBeenCalled();
  });

  it('runs it for the options page', async () => {
    const { deleteAll, handlers } = spyHandlers();
    const reply = await dispatch(
      handlers,
      'data.deleteAll',
      { confirm: 'DELETE' },
      { id: 'rapport-id', url: 'chrome-extension://rapport-id/options/index.html' },
    );
    expect(reply).toEqual({ ok: true, value: { deleted: 3 } });
    expect(deleteAll).toHaveBeenCalledTimes(1);
  });

  it("runs the message's validator first: a bad request never reaches the handler", async () => {
    const { deleteAll, handlers } = spyHandlers();
    const reply = await dispatch(
      handlers,
      'data.deleteAll',
      { confirm: 'delete' },
      { id: 'rapport-id', url: 'chrome-extension://rapport-id/options/index.html' },
    );
    expect(reply).toEqual({ ok: false, error: 'Nothing was deleted: type DELETE to confirm.' });
    expect(deleteAll).not.toHaveBeenCalled();
  });

  it('turns a full disk into words a user can act on', () => {
    expect(toUserMessage(new DOMException('quota', 'QuotaExceededError'))).toBe(
      'Your disk is full, so Rapport could not save this. Nothing already saved was lost. Free some space and try again.',
    );
  });
});
