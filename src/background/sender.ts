// Who may ask the background for what. Rapport's own pages may send the page messages;
// our content script, running inside LinkedIn's pages, only the content messages (report
// and save the page it runs in). Anything else — another extension, a web page — is refused.
import type { MessageSender } from '../browser';
import { CONTENT_MESSAGES, PAGE_MESSAGES, type ContentMessageName, type PageMessageName } from '../protocol';
import { isLinkedInPageUrl } from './linkedin-urls';

export type SenderVerdict =
  | { ok: true; kind: 'extension-page'; name: PageMessageName }
  | { ok: true; kind: 'content-script'; name: ContentMessageName }
  | { ok: false; reason: string };

const isIn = <T extends object>(map: T, name: string): name is Extract<keyof T, string> => Object.hasOwn(map, name);

/** Who sent the message named `name`, if they may send it; otherwise a reason to refuse it. */
export function checkSender(sender: MessageSender, name: string, ownId: string, ownOrigin: string): SenderVerdict {
  if (!ownId || sender.id !== ownId) return { ok: false, reason: 'Refused: the message did not come from Rapport.' };
  const url = sender.url ?? '';
  if (url.startsWith(ownOrigin)) {
    if (isIn(PAGE_MESSAGES, name)) return { ok: true, kind: 'extension-page', name };
    if (isIn(CONTENT_MESSAGES, name))
      return { ok: false, reason: `Refused: only the content script in a LinkedIn tab may send "${name}".` };
    return { ok: false, reason: `Unknown request "${name}".` };
  }
  if (sender.tab && isLinkedInPageUrl(url)) {
    if (isIn(CONTENT_MESSAGES, name)) return { ok: true, kind: 'content-script', name };
    return { ok: false, reason: `Refused: a page may not send "${name}".` };
  }
  return { ok: false, reason: 'Refused: unknown sender.' };
}
