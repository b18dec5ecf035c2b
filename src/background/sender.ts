// Who may ask the background for what. Only this extension's own pages may do everything;
// our content script, running inside LinkedIn's pages, may only report and save the page
// it runs in. Anything else — another extension, a web page — is refused.
import type { MessageSender } from '../browser';
import { isLinkedInPageUrl } from '../content/linkedin/pages';
import { CONTENT_SCRIPT_MESSAGES, type MessageName } from '../protocol';

export type SenderKind = 'extension-page' | 'content-script';

/** Returns who sent the message, or a reason to refuse it. */
export function checkSender(
  sender: MessageSender,
  name: MessageName,
  ownId: string,
  ownOrigin: string,
): { ok: true; kind: SenderKind } | { ok: false; reason: string } {
  if (sender.id !== ownId) return { ok: false, reason: 'Refused: the message did not come from Rapport.' };
  const url = sender.url ?? '';
  if (url.startsWith(ownOrigin)) return { ok: true, kind: 'extension-page' };
  if (sender.tab && isLinkedInPageUrl(url)) {
    if (CONTENT_SCRIPT_MESSAGES.has(name)) return { ok: true, kind: 'content-script' };
    return { ok: false, reason: `Refused: a page may not send "${name}".` };
  }
  return { ok: false, reason: 'Refused: unknown sender.' };
}
