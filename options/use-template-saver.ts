// Saving the template list as the user edits: shortly after the last change, at once when
// the page goes away, and never while a template has an error (the page then asks before
// it closes, since that edit would be lost).
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeUnsaved } from '../src/letter';
import { sendFromPage } from '../src/messaging';
import type { Template } from '../src/model';

const SAVE_DELAY_MS = 500;

type SaveStatus = { kind: 'saved' | 'saving' | 'blocked' | 'error'; text: string } | null;

/** `templates`: the list on screen. Returns the status to show and `save`, to call with
 * every new list. */
export function useTemplateSaver(templates: Template[] | null) {
  const [status, setStatus] = useState<SaveStatus>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unsaved = useRef<Template[] | null>(null);

  const flush = async () => {
    clearTimeout(timer.current);
    const list = unsaved.current;
    if (!list) return;
    unsaved.current = null;
    setStatus({ kind: 'saving', text: 'Saving…' });
    try {
      await sendFromPage('templates.save', { templates: list });
      setStatus((now) => (now?.kind === 'saving' ? { kind: 'saved', text: 'All changes saved.' } : now));
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    }
  };

  useEffect(() => {
    const onHide = () => void flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (templates && describeUnsaved(templates)) event.preventDefault();
    };
    addEventListener('pagehide', onHide);
    addEventListener('beforeunload', onBeforeUnload);
    return () => {
      removeEventListener('pagehide', onHide);
      removeEventListener('beforeunload', onBeforeUnload);
    };
  });

  const save = (next: Template[]) => {
    clearTimeout(timer.current);
    const blocked = describeUnsaved(next);
    if (blocked) {
      unsaved.current = null;
      setStatus({ kind: 'blocked', text: blocked });
      return;
    }
    unsaved.current = next;
    setStatus({ kind: 'saving', text: 'Saving…' });
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };

  return { status, save };
}
