// Keeping what the user types in the letter panel: drafts and the "why you" line go to the
// background as they type, so closing the popup loses nothing.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { sendFromPage } from '../src/messaging';
import type { Contact, Draft, VariantId } from '../src/model';

/** Quiet time after the last keystroke before the draft is sent to the background. */
const SAVE_DELAY_MS = 300;

export type DraftSaveState = 'idle' | 'saving' | 'saved';

/**
 * Sends drafts and the "why you" line to the background a moment after the last
 * keystroke, and at once when asked (blur, switching letter, marking sent) or when the
 * popup goes away: a popup closes without warning when it loses focus, and pagehide is the
 * last moment its messages still leave.
 */
export function useDraftSaver(
  contactId: string,
  setSaveState: (s: DraftSaveState) => void,
  setError: (e: string) => void,
  onWhySaved: (contact: Contact) => void,
) {
  const pending = useRef<{ drafts: Map<VariantId, Draft | null>; why: string | null }>({ drafts: new Map(), why: null });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const callbacks = useRef({ setSaveState, setError, onWhySaved });
  callbacks.current = { setSaveState, setError, onWhySaved };

  const api = useMemo(() => {
    const flush = async (): Promise<void> => {
      clearTimeout(timer.current);
      const { drafts, why } = pending.current;
      if (drafts.size === 0 && why === null) return;
      pending.current = { drafts: new Map(), why: null };
      callbacks.current.setSaveState('saving');
      const sends: Promise<unknown>[] = [...drafts].map(([variant, draft]) =>
        sendFromPage('letter.saveDraft', {
          id: contactId,
          variant,
          draft: draft && { templateId: draft.templateId, subject: draft.subject, body: draft.body },
        }),
      );
      if (why !== null) {
        sends.push(sendFromPage('contact.update', { id: contactId, patch: { why } }).then((c) => callbacks.current.onWhySaved(c)));
      }
      try {
        await Promise.all(sends);
        callbacks.current.setSaveState('saved');
        callbacks.current.setError('');
      } catch (e) {
        callbacks.current.setSaveState('idle');
        callbacks.current.setError(`Your draft was not saved: ${(e as Error).message}`);
      }
    };
    const schedule = () => {
      clearTimeout(timer.current);
      callbacks.current.setSaveState('idle');
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    };
    return {
      flush,
      queueDraft(variant: VariantId, draft: Draft | null) {
        pending.current.drafts.set(variant, draft);
        schedule();
      },
      queueWhy(why: string) {
        pending.current.why = why;
        schedule();
      },
    };
  }, [contactId]);

  useEffect(() => {
    const onHide = () => void api.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void api.flush();
    };
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void api.flush(); // leaving this person (← All people) while a save is pending
    };
  }, [api]);

  return api;
}
