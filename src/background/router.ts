// Receives every message, checks who sent it and what it carries, and only then dispatches
// to the handler for its name.
import { getExtensionOrigin, getRuntimeId, onRuntimeMessage, type MessageSender } from '../browser';
import {
  CONTENT_MESSAGES,
  PAGE_MESSAGES,
  isEnvelope,
  type Message,
  type MessageName,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from '../protocol';
import { checkSender } from './sender';

export interface HandlerContext {
  sender: MessageSender;
}

/** The background must implement every message of the contract: a missing one is a compile
 * error. Each handler gets the request as its validator returned it. */
export type Handlers = {
  [K in MessageName]: (req: RequestOf<K>, ctx: HandlerContext) => Promise<Awaited<ResponseOf<K>>> | Awaited<ResponseOf<K>>;
};

export function listen(handlers: Handlers): void {
  onRuntimeMessage((message, sender) => {
    if (!isEnvelope(message)) return undefined; // not ours (e.g. a reply meant for a tab)
    return dispatch(handlers, message.name as MessageName, message.payload, sender);
  });
}

/** Who sent it, then its validator, then its handler; a refusal or a bad request never
 * reaches the handler. */
export async function dispatch<K extends MessageName>(
  handlers: Handlers,
  name: K,
  payload: unknown,
  sender: MessageSender,
): Promise<Reply<Awaited<ResponseOf<K>>>> {
  const verdict = checkSender(sender, name, getRuntimeId() ?? '', getExtensionOrigin());
  if (!verdict.ok) return { ok: false, error: verdict.reason };
  const definition: Message<unknown, unknown> =
    verdict.kind === 'content-script' ? CONTENT_MESSAGES[verdict.name] : PAGE_MESSAGES[verdict.name];
  const handler = handlers[verdict.name] as ((req: unknown, ctx: HandlerContext) => Awaited<ResponseOf<K>>) | undefined;
  if (!handler) return { ok: false, error: `Unknown request "${name}".` };
  try {
    const request = definition.check(payload);
    return { ok: true, value: await handler(request, { sender }) };
  } catch (error) {
    return { ok: false, error: toUserMessage(error) };
  }
}

/** Storage errors carry names users can't act on; say what happened and what to do. */
export function toUserMessage(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') {
    return 'Your disk is full, so Rapport could not save this. Nothing already saved was lost. Free some space and try again.';
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Nothing was changed.';
}
