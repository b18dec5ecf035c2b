// The contract split by sender, checked by the compiler (`npm run typecheck` compiles this
// file): a content script cannot send a page's message, nor a page the content script's.
import { describe, expect, it } from 'vitest';
import type { sendFromContent, sendFromPage } from '../../src/messaging';

/** Never called: these lines only have to compile, or fail to where marked. */
// biome-ignore lint/suspicious/noExportsInTest: exported so the compiler keeps it; no test imports it
export function compileOnly(fromContent: typeof sendFromContent, fromPage: typeof sendFromPage): void {
  void fromContent('page.save', { reading: { kind: 'not-profile', reason: 'Feed' } });
  void fromPage('data.deleteAll', { confirm: 'DELETE' });
  // @ts-expect-error a content script may not send a page's message
  void fromContent('data.deleteAll', { confirm: 'DELETE' });
  // @ts-expect-error a content script may not read contacts
  void fromContent('contact.get', { id: 'x' });
  // @ts-expect-error a page may not send the content script's message
  void fromPage('page.save', { reading: { kind: 'not-profile', reason: 'Feed' } });
  // @ts-expect-error a message's request has its own shape
  void fromPage('pipeline.snooze', { id: 'x', days: '7' });
}

describe('the senders', () => {
  it('are two, one per kind of sender', async () => {
    const messaging = await import('../../src/messaging');
    expect(
      Object.keys(messaging)
        .filter((name) => name.startsWith('send'))
        .sort(),
    ).toEqual(['sendFromContent', 'sendFromContentAfterStop', 'sendFromPage', 'sendFromPageAfterStop', 'sendToTab']);
  });
});
