// Typed senders over the contract in protocol.ts. Used by the content script, the popup and
// the options page; the background answers in src/background/router.ts.
import { browser, sendRuntimeMessage } from './browser';
import type {
  ContentProtocolMap,
  Envelope,
  MessageName,
  Reply,
  RequestOf,
  ResponseOf,
} from './protocol';

export async function send<K extends MessageName>(
  name: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { rapport: 1, name, payload };
  const reply = (await sendRuntimeMessage(envelope)) as Reply<ResponseOf<K>> | undefined;
  if (!reply) throw new Error('Rapport did not answer. Please try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

type ContentName = keyof ContentProtocolMap;

export interface ContentEnvelope<K extends ContentName = ContentName> {
  rapportContent: 1;
  name: K;
  payload: Parameters<ContentProtocolMap[K]>[0];
}

export function sendToTab<K extends ContentName>(
  tabId: number,
  name: K,
  payload: Parameters<ContentProtocolMap[K]>[0],
): Promise<ReturnType<ContentProtocolMap[K]>> {
  const envelope: ContentEnvelope<K> = { rapportContent: 1, name, payload };
  return browser.tabs.sendMessage(tabId, envelope) as Promise<ReturnType<ContentProtocolMap[K]>>;
}

export function isContentEnvelope(message: unknown): message is ContentEnvelope {
  return typeof message === 'object' && message !== null && (message as ContentEnvelope).rapportContent === 1;
}
