// A message the background never answers — it was stopped mid-task — is told apart from one
// it answered with an error, in both browsers' words, so the pages can check what happened.
import { afterEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
(globalThis as { chrome?: unknown }).chrome = { runtime: { id: 'rapport-test', sendMessage } };
const { sendFromPage: send, sendFromPageAfterStop: sendAfterStop, StoppedError } = await import('../../src/messaging');
afterEach(() => sendMessage.mockReset());

describe('send', () => {
  it.each([
    [
      'Chromium, the worker stopped with the port open',
      () => Promise.reject(new Error('The message port closed before a response was received.')),
    ],
    [
      'Firefox, the event page shutting down',
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    ],
    ['no reply at all', () => Promise.resolve(undefined)],
  ])('%s: a StoppedError', async (_, reply) => {
    sendMessage.mockImplementation(reply);
    await expect(send('settings.get', {})).rejects.toBeInstanceOf(StoppedError);
  });

  it("the background's own error stays that error", async () => {
    sendMessage.mockResolvedValue({ ok: false, error: 'This backup has no list of contacts.' });
    const error = await send('settings.get', {}).catch((e: Error) => e);
    expect(error).not.toBeInstanceOf(StoppedError);
    expect((error as Error).message).toBe('This backup has no list of contacts.');
  });

  it('sendAfterStop asks again while the background is still going away', async () => {
    sendMessage
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, value: 42 });
    await expect(sendAfterStop('settings.get', {})).resolves.toBe(42);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });
});
