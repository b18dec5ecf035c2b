// The letter to this person: drafted from a template, their "why you" line and the user's
// profile, then made the user's own by hand. What the user types is sent to the background
// as they type (debounced, and flushed when the popup closes), so closing loses nothing.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type FillContext,
  type PlaceholderKey,
  type Warning,
  VARIANTS,
  checkText,
  composeLetter,
  describeLength,
  fillPlaceholder,
  getBestTemplate,
  getInitialVariant,
  hasPlaceholder,
} from '../src/letter';
import { sendFromPage } from '../src/messaging';
import type { Contact, Draft, Settings, Template, UserProfile, VariantId } from '../src/model';
import { getLetterSending } from '../src/pipeline/letter-sent';
import type { DraftText } from '../src/protocol';
import { LetterActions } from './letter-actions';
import { LetterKinds } from './letter-kinds';
import { LetterWarnings } from './letter-warnings';
import { type DraftSaveState, useDraftSaver } from './use-draft-saver';

interface Loaded {
  profile: UserProfile;
  settings: Settings;
  templates: Template[];
  referrer: { name: string } | null;
}

export function LetterPanel({
  contact,
  onContact,
  onChanged,
}: {
  contact: Contact;
  /** The contact as the background now has it (after "why" is saved or the letter marked sent). */
  onContact: (contact: Contact) => void;
  /** Something the list shows changed (the stage). */
  onChanged: () => void;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const [variant, setVariant] = useState<VariantId>(() => getInitialVariant(contact));
  const [drafts, setDrafts] = useState<Partial<Record<VariantId, Draft>>>(() => ({ ...contact.drafts }));
  const [chosen, setChosen] = useState<Partial<Record<VariantId, string>>>({});
  const [why, setWhy] = useState(contact.why);
  const [saveState, setSaveState] = useState<DraftSaveState>('idle');
  const [copied, setCopied] = useState<'subject' | 'body' | null>(null);
  const [undo, setUndo] = useState<{ variant: VariantId; draft: Draft } | null>(null);
  const [busy, setBusy] = useState(false);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    Promise.all([
      sendFromPage('profile.get', {}),
      sendFromPage('settings.get', {}),
      sendFromPage('templates.get', {}),
      contact.referrerId ? sendFromPage('contact.get', { id: contact.referrerId }) : Promise.resolve(null),
    ]).then(
      ([profile, settings, templates, referrer]) =>
        setLoaded({ profile, settings, templates, referrer: referrer ? { name: referrer.name } : null }),
      (e: Error) => setError(e.message),
    );
  }, [contact.referrerId]);

  const saver = useDraftSaver(contact.id, setSaveState, setError, (saved) => {
    onContact(saved);
    onChanged();
  });

  if (!loaded) {
    return (
      <details class="panel letter" open>
        <summary>Letter</summary>
        <p class="panel-body muted small">{error || 'Loading…'}</p>
      </details>
    );
  }

  const { profile, settings, templates, referrer } = loaded;
  const spec = VARIANTS[variant];
  const ofVariant = templates.filter((t) => t.variant === variant);
  const saved = drafts[variant];
  const ctx: FillContext = { contact: { ...contact, why }, profile, referrer, now: Date.now() };
  const templateId = saved?.templateId ?? chosen[variant] ?? getBestTemplate(ofVariant, ctx)?.id;
  const template = templates.find((t) => t.id === templateId);

  // The text on screen: the user's draft once they have typed, else the template filled in.
  const composed = template && !saved ? composeLetter({ template, settings, ...ctx }) : null;
  const subject = saved?.subject ?? composed?.subject ?? '';
  const body = saved?.body ?? composed?.body ?? '';
  const check = checkText(variant, subject, body, settings, { contact });
  const sending = getLetterSending(contact, variant);

  const editDraft = (patch: Partial<DraftText>) => {
    const next: Draft = { templateId: templateId ?? '', subject, body, ...patch, updatedAt: Date.now() };
    setDrafts({ ...drafts, [variant]: next });
    setUndo(null);
    saver.queueDraft(variant, next);
  };

  /** Back to the template, keeping what was there for one undo. */
  const dropDraft = (nextTemplateId?: string) => {
    if (saved) {
      setUndo({ variant, draft: saved });
      const rest = { ...drafts };
      delete rest[variant];
      setDrafts(rest);
      saver.queueDraft(variant, null);
    }
    if (nextTemplateId) setChosen({ ...chosen, [variant]: nextTemplateId });
  };

  const restoreDraft = () => {
    if (!undo) return;
    setVariant(undo.variant);
    setDrafts({ ...drafts, [undo.variant]: undo.draft });
    saver.queueDraft(undo.variant, undo.draft);
    setUndo(null);
  };

  const copy = async (part: 'subject' | 'body') => {
    try {
      await navigator.clipboard.writeText(part === 'subject' ? subject : body);
      setCopied(part);
      setTimeout(() => setCopied((now) => (now === part ? null : now)), 2500);
    } catch {
      setError('Could not copy. Select the text and press Ctrl+C (⌘C on a Mac).');
    }
  };

  const markSent = async () => {
    setBusy(true);
    try {
      // What was sent is kept as the draft, so the letter stays on record as sent.
      if (!saved) editDraft({});
      await saver.flush();
      const updated = await sendFromPage('letter.markSent', { id: contact.id, variant });
      onContact(updated);
      onChanged();
      setError('');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const fillIn = (key: PlaceholderKey, value: string) => {
    editDraft({ subject: fillPlaceholder(subject, key, value), body: fillPlaceholder(body, key, value) });
  };

  const showWord = (w: Extract<Warning, { kind: 'job-wording' }>) => {
    const el = w.part === 'subject' ? subjectRef.current : bodyRef.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(w.index, w.index + w.word.length);
  };

  const chooseVariant = (id: VariantId) => {
    void saver.flush();
    setVariant(id);
    setUndo(null);
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
  };

  return (
    <details class="panel letter" open>
      <summary>Letter</summary>
      <div class="panel-body letter-body">
        <LetterKinds variant={variant} drafts={drafts} onChoose={chooseVariant} />

        <div class="field">
          <label for="letter-template">Template</label>
          <select id="letter-template" value={templateId ?? ''} onChange={(e) => dropDraft((e.currentTarget as HTMLSelectElement).value)}>
            {templateId && !template && <option value={templateId}>(deleted template)</option>}
            {ofVariant.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          {ofVariant.length === 0 && <div class="hint">No {spec.label.toLowerCase()} templates. Add one under Settings → Letters.</div>}
        </div>

        {sending.action === 'request' ? (
          <div class="field">
            <label for="letter-why">
              Why you <span class="source">· what drew you to {contact.firstName || 'them'}</span>
            </label>
            <input
              id="letter-why"
              value={why}
              placeholder="e.g. your talk on patient interviews at UXPA"
              onInput={(e) => {
                setWhy((e.currentTarget as HTMLInputElement).value);
                saver.queueWhy((e.currentTarget as HTMLInputElement).value);
              }}
              onBlur={() => void saver.flush()}
            />
            {saved && why.trim() && template && hasPlaceholder(template.body, 'why you') && !body.includes(why.trim()) && (
              <div class="hint muted">Your edited draft keeps its text: Reset to template to use the new line.</div>
            )}
          </div>
        ) : null}

        {spec.hasSubject && (
          <div class="field">
            <label for="letter-subject" class="letter-label">
              <span>Subject</span>
              {check.subjectLimit !== null && (
                <span class={`letter-count${check.subjectLength > check.subjectLimit ? ' over' : ''}`}>
                  {check.subjectLength} / {check.subjectLimit}
                </span>
              )}
            </label>
            <div class="letter-subject">
              <input
                id="letter-subject"
                ref={subjectRef}
                value={subject}
                onInput={(e) => editDraft({ subject: (e.currentTarget as HTMLInputElement).value })}
                onBlur={() => void saver.flush()}
              />
              <button type="button" class="link-button small" onClick={() => void copy('subject')}>
                {copied === 'subject' ? 'Copied' : 'Copy'}
              </button>
            </div>
          </div>
        )}

        <div class="field">
          <label for="letter-body" class="letter-label">
            <span>{spec.hasSubject ? 'Letter' : spec.label}</span>
            <span
              class={`letter-count${check.limit !== null && check.length > check.limit ? ' over' : ''}`}
              title={check.limit === null ? `Aim for about ${spec.wordGuide} words` : 'Characters, as LinkedIn counts them'}
              data-testid="letter-count"
            >
              {describeLength(check)}
            </span>
          </label>
          <textarea
            id="letter-body"
            ref={bodyRef}
            rows={variant === 'connection' ? 5 : 9}
            value={body}
            onInput={(e) => editDraft({ body: (e.currentTarget as HTMLTextAreaElement).value })}
            onBlur={() => void saver.flush()}
          />
          <div class="letter-under">
            <span class="muted small" role="status">
              {!saved ? 'From the template' : saveState === 'saving' ? 'Saving…' : saveState === 'saved' ? 'Draft saved' : 'Your draft'}
            </span>
            {saved && (
              <button type="button" class="link-button small" onClick={() => dropDraft()}>
                Reset to template
              </button>
            )}
          </div>
        </div>

        {undo && undo.variant === variant && (
          <p class="notice letter-undo">
            Your edited draft was replaced.{' '}
            <button type="button" class="link-button" onClick={restoreDraft}>
              Undo
            </button>
          </p>
        )}

        <LetterWarnings warnings={check.warnings} ctx={ctx} onFill={fillIn} onShowWord={showWord} />

        <LetterActions
          spec={spec}
          email={contact.email}
          subject={subject}
          body={body}
          sending={sending}
          busy={busy}
          copied={copied}
          onCopy={() => void copy('body')}
          onMarkSent={() => void markSent()}
        />
        {error && (
          <p class="small error" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
