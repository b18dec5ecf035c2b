// Who may ask the background for what: Rapport's own pages for the page messages, Rapport's
// content script on LinkedIn for the content messages, nobody else for anything.
import { describe, expect, it } from 'vitest';
import { checkSender } from '../../../src/background/sender';
import type { MessageSender } from '../../../src/browser';
import { CONTENT_MESSAGES, type MessageName } from '../../../src/protocol';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN_ID}/`;
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as MessageSender['tab'];

const check = (sender: MessageSender, name: MessageName) => checkSender(sender, name, OWN_ID, ORIGIN);

describe('checkSender', () => {
  it("lets Rapport's own pages send the page messages, not the content script's", () => {
    expect(check({ id: OWN_ID, url: `${ORIGIN}options/index.html#data` }, 'data.deleteAll')).toEqual({
      ok: true,
      kind: 'extension-page',
      name: 'data.deleteAll',
    });
    expect(check({ id: OWN_ID, url: `${ORIGIN}popup/index.html` }, 'contact.delete')).toEqual({
      ok: true,
      kind: 'extension-page',
      name: 'contact.delete',
    });
    expect(check({ id: OWN_ID, url: `${ORIGIN}popup/index.html` }, 'page.save')).toEqual({
      ok: false,
      reason: 'Refused: only the content script in a LinkedIn tab may send "page.save".',
    });
    expect(check({ id: OWN_ID, url: `${ORIGIN}popup/index.html` }, 'data.format' as MessageName)).toEqual({
      ok: false,
      reason: 'Unknown request "data.format".',
    });
  });

  it("lets Rapport's content script on LinkedIn report and save its page", () => {
    for (const name of Object.keys(CONTENT_MESSAGES) as MessageName[]) {
      expect(check({ id: OWN_ID, tab, url: 'https://www.linkedin.com/in/maren-okafor/' }, name)).toEqual({
        ok: true,
        kind: 'content-script',
        name,
      });
    }
  });

  it('refuses a content script asking for anything else', () => {
    const sender = { id: OWN_ID, tab, url: 'https://www.linkedin.com/in/maren-okafor/' };
    for (const name of [
      'contact.get',
      'data.exportBackup',
      'data.restoreBackup',
      'data.deleteAll',
      'contact.delete',
      'profile.get',
    ] as MessageName[]) {
      expect(check(sender, name)).toEqual({ ok: false, reason: `Refused: a page may not send "${name}".` });
    }
  });

  it('refuses another extension, even with a URL that looks like ours', () => {
    expect(check({ id: 'other-extension-id', url: `${ORIGIN}options/index.html` }, 'contact.get')).toMatchObject({ ok: false });
    expect(check({ id: 'other-extension-id', tab, url: 'https://www.linkedin.com/in/x/' }, 'page.save')).toMatchObject({ ok: false });
    expect(check({ url: `${ORIGIN}options/index.html` }, 'contact.get')).toMatchObject({ ok: false }); // no id: a web page via externally_connectable
  });

  it('refuses our content script on a page that is not LinkedIn', () => {
    for (const url of [
      'https://evil.example/in/x/',
      'https://linkedin.com.evil.example/in/x/',
      'http://www.linkedin.com/in/x/',
      'https://evil.example/?https://www.linkedin.com/',
    ]) {
      expect(check({ id: OWN_ID, tab, url }, 'page.save')).toEqual({ ok: false, reason: 'Refused: unknown sender.' });
    }
  });

  it('refuses a sender with no URL, or an extension page of another origin', () => {
    expect(check({ id: OWN_ID }, 'contact.get')).toMatchObject({ ok: false });
    expect(check({ id: OWN_ID, url: 'chrome-extension://someoneelse/options/index.html' }, 'contact.get')).toMatchObject({ ok: false });
  });
});
