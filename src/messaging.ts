// Typed senders over the contract in protocol.ts, one per kind of sender: the content script
// sends with sendFromContent, the popup and the options page with sendFromPage, so a content
// script asking for a page's message does not compile. The background answers in
// src/background/router.ts.
import { sendRuntimeMessage, sendTabMessage } from './browser';
import type {
  ContentMessageName,
  ContentProtocolMap,
  Envelope,
  MessageName,
  PageMessageName,
  Reply,
  RequestOf,
  ResponseOf,
} from './protocol';

/**
 * The background went away before it answered: the browser stopped it (an idle service
 * worker or event page is stopped, even mid-task) or it crashed. What it was doing may or may
 * not have been written — each write is one transaction, so it is all or nothing — and only
 * asking again tells which.
 */
export class StoppedError extends Error {
  constructor() {
    super('Rapport was stopped before it answered. Please try again.');
    this.name = 'StoppedError';
  }
}

// Chromium: the worker stopped with the message's port open. Firefox: the event page was
// shutting down ("Receiving end does not exist"), or went away mid-reply.
const STOPPED = /message port closed|message channel closed|receiving end does not exist|message manager disconnected/i;

async function send<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { rapport: 1, name, payload };
  let reply: Reply<ResponseOf<K>> | undefined;
  try {
    reply = (await sendRuntimeMessage(envelope)) as Reply<ResponseOf<K>> | undefined;
  } catch (error) {
    if (STOPPED.test((error as Error)?.message ?? '')) throw new StoppedError();
    throw error;
  }
  if (!reply) throw new StoppedError();
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** A message of the content script's (CONTENT_MESSAGES) to the background. */
export function sendFromContent<K extends ContentMessageName>(name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return send(name, payload);
}

/** A message of Rapport's own pages (PAGE_MESSAGES) to the background. */
export function sendFromPage<K extends PageMessageName>(name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return send(name, payload);
}

/** The send, for finding out what happened after a StoppedError: the next message starts
 * the background again, but one sent while it is still shutting down is lost too. */
async function sendAfterStop<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(name, payload);
    } catch (error) {
      if (!(error instanceof StoppedError) || attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** sendFromContent, asking again while the background is still going away. */
export function sendFromContentAfterStop<K extends ContentMessageName>(name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return sendAfterStop(name, payload);
}

/** sendFromPage, asking again while the background is still going away. */
export function sendFromPageAfterStop<K extends PageMessageName>(name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return sendAfterStop(name, payload);
}

type ContentName = keyof ContentProtocolMap;

export interface ContentEnvelope<K extends ContentName = ContentName> {
  rapportContent: 1;
  name: K;
  payload: Parameters<ContentProtocolMap[K]>[0];
}

/** Ask a tab's content script; it answers with a Reply (see `toReply`). */
export async function sendToTab<K extends ContentName>(
  tabId: number,
  name: K,
  payload: Parameters<ContentProtocolMap[K]>[0],
): Promise<ReturnType<ContentProtocolMap[K]>> {
  const envelope: ContentEnvelope<K> = { rapportContent: 1, name, payload };
  const reply = (await sendTabMessage(tabId, envelope)) as Reply<ReturnType<ContentProtocolMap[K]>> | undefined;
  if (!reply) throw new Error('The page did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function isContentEnvelope(message: unknown): message is ContentEnvelope {
  return typeof message === 'object' && message !== null && (message as ContentEnvelope).rapportContent === 1;
}

/** A listener's answer as a Reply, so that its error reaches the sender as its words. */
export async function toReply<T>(answer: () => T | Promise<T>): Promise<Reply<Awaited<T>>> {
  try {
    return { ok: true, value: await answer() };
  } catch (error) {
    return { ok: false, error: (error as Error)?.message ?? String(error) };
  }
}
