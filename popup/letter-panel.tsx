// The letter to this person: drafted from a template, their "why you" line and the user's
// profile, then made the user's own by hand. What the user types is sent to the background
// as they type (debounced, and flushed when the popup closes), so closing loses nothing.
import { Fragment, type JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openExtensionPage } from '../src/browser';
import {
  type FillContext,
  type PlaceholderInfo,
  type PlaceholderKey,
  type PlaceholderSource,
  type Warning,
  VARIANTS,
  VARIANT_IDS,
  checkText,
  composeLetter,
  describeMissing,
  getPlaceholder,
  getPlaceholderValue,
  parsePlaceholders,
  toMailto,
} from '../src/letter';
import { send } from '../src/messaging';
import type { Contact, Draft, Settings, Template, UserProfile, VariantId } from '../src/model';
import { getLetterSending } from '../src/pipeline/letter-sent';
import type { DraftText } from '../src/protocol';

/** Quiet time after the last keystroke before the draft is sent to the background. */
const SAVE_DELAY_MS = 300;

const SHORT_LABELS: Record<VariantId, string> = {
  connection: 'Note',
  email: 'Email',
  inmail: 'InMail',
  thanks: 'Thank you',
  'touch-base': 'Touch base',
};

const SENT_LABELS = { request: 'Request sent', thanks: 'Thanked', 'touch-base': 'Touched base' } as const;

/** Where to fill each contact placeholder: the inputs of the Details panel (contact-view.tsx). */
const CONTACT_INPUTS: Partial<Record<PlaceholderKey, string>> = {
  'first name': 'field-firstName',
  name: 'field-name',
  role: 'field-role',
  organization: 'field-organization',
  headline: 'field-headline',
  location: 'field-location',
  'why you': 'letter-why',
};

/** Notes and the meeting live in the pipeline's panels (prep-panel.tsx, meeting-panel.tsx). */
const OTHER_PANELS: Partial<Record<PlaceholderSource, { inputId: string; panel: string; label: string }>> = {
  notes: { inputId: 'prep-takeaways', panel: 'Preparation', label: 'Write them' },
  meeting: { inputId: 'meeting-date', panel: 'Meeting', label: 'Add the meeting' },
};

/** Profile placeholders → the options page's profile fields (profile-section.tsx). */
const PROFILE_FIELDS: Partial<Record<PlaceholderKey, keyof UserProfile>> = {
  'my name': 'name',
  'my school': 'school',
  'my field': 'fieldOfStudy',
  'my experience': 'experience',
  'my goals': 'goals',
  'my signature': 'signature',
  'my email': 'email',
};

const sentDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

interface Loaded {
  profile: UserProfile;
  settings: Settings;
  templates: Template[];
  referrer: { name: string } | null;
}

type SaveState = 'idle' | 'saving' | 'saved';

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
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [copied, setCopied] = useState<'subject' | 'body' | null>(null);
  const [undo, setUndo] = useState<{ variant: VariantId; draft: Draft } | null>(null);
  const [busy, setBusy] = useState(false);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    Promise.all([
      send('profile.get', {}),
      send('settings.get', {}),
      send('templates.get', {}),
      contact.referrerId ? send('contact.get', { id: contact.referrerId }) : Promise.resolve(null),
    ]).then(
      ([profile, settings, templates, referrer]) =>
        setLoaded({ profile, settings, templates, referrer: referrer ? { name: referrer.name } : null }),
      (e: Error) => setError(e.message),
    );
  }, [contact.referrerId]);

  const saver = useSaver(contact.id, setSaveState, setError, (saved) => {
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
  const composed = template && !saved ? composeFor(template, ctx, settings) : null;
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
      const updated = await send('letter.markSent', { id: contact.id, variant });
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
    const replace = (text: string) => {
      let out = text;
      for (const token of parsePlaceholders(text).tokens.reverse()) {
        if (token.key === key) out = out.slice(0, token.index) + value + out.slice(token.index + token.text.length);
      }
      return out;
    };
    editDraft({ subject: replace(subject), body: replace(body) });
  };

  const showWord = (w: Extract<Warning, { kind: 'job-wording' }>) => {
    const el = w.part === 'subject' ? subjectRef.current : bodyRef.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(w.index, w.index + w.word.length);
  };

  const limitText =
    check.limit !== null ? `${check.length} / ${check.limit}` : `${check.words} word${check.words === 1 ? '' : 's'}`;

  return (
    <details class="panel letter" open>
      <summary>Letter</summary>
      <div class="panel-body letter-body">
        <div class="letter-kinds" role="group" aria-label="Kind of letter">
          {VARIANT_IDS.map((id) => (
            <button
              type="button"
              key={id}
              title={VARIANTS[id].label}
              aria-pressed={id === variant}
              onClick={() => {
                void saver.flush();
                setVariant(id);
                setUndo(null);
                if (bodyRef.current) bodyRef.current.scrollTop = 0;
              }}
            >
              {SHORT_LABELS[id]}
              {drafts[id] && <span class="letter-dot" aria-label=" (draft)" />}
            </button>
          ))}
        </div>

        <div class="field">
          <label for="letter-template">Template</label>
          <select
            id="letter-template"
            value={templateId ?? ''}
            onChange={(e) => dropDraft((e.currentTarget as HTMLSelectElement).value)}
          >
            {templateId && !template && <option value={templateId}>(deleted template)</option>}
            {ofVariant.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          {ofVariant.length === 0 && (
            <div class="hint">No {spec.label.toLowerCase()} templates. Add one under Settings → Letters.</div>
          )}
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
            {saved && why.trim() && usesWhy(template) && !body.includes(why.trim()) && (
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
              {limitText}
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

        <Warnings warnings={check.warnings} ctx={ctx} onFill={fillIn} onShowWord={showWord} />

        <div class="letter-actions">
          <button type="button" class="primary" onClick={() => void copy('body')}>
            {copied === 'body' ? 'Copied' : 'Copy'}
          </button>
          {spec.channel === 'email' &&
            (contact.email.trim() ? (
              <a class="secondary button-link" href={toMailto(contact.email, subject, body)}>
                Open in mail app
              </a>
            ) : (
              <button type="button" class="secondary" disabled>
                Open in mail app
              </button>
            ))}
          {sending.lastSentAt === null && (
            <button
              type="button"
              class="secondary mark-sent"
              disabled={busy || !sending.canMark}
              title={sending.reason || undefined}
              onClick={() => void markSent()}
            >
              Mark as sent
            </button>
          )}
        </div>
        {copied === 'body' && (
          <p class="small muted" role="status">
            Copied. {spec.channel === 'linkedin-invite' ? 'Paste it in LinkedIn’s “Add a note” box.' : 'Paste it where you write to them.'}
          </p>
        )}
        {spec.channel === 'email' && !contact.email.trim() && (
          <p class="small muted">
            To open it in your mail app,{' '}
            <button type="button" class="link-button inline" onClick={() => jumpToInput('field-email')}>
              add their email
            </button>
            .
          </p>
        )}
        {sending.lastSentAt !== null && (
          <p class="small letter-sent">
            {SENT_LABELS[sending.action]} on {sentDate.format(sending.lastSentAt)}
            {sending.canMark && (
              // Sent again while waiting (a follow-up by another channel) restarts the clock.
              <>
                {' · '}
                <button type="button" class="link-button inline" disabled={busy} onClick={() => void markSent()}>
                  Mark sent again
                </button>
              </>
            )}
          </p>
        )}
        {!sending.canMark && sending.lastSentAt === null && <p class="small muted">{sending.reason}</p>}
        {error && (
          <p class="small error" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}

/** The warnings as the panel lists them: each with the one action that fixes it. Gaps in
 * the user's own profile are gathered into one line, since one visit fills them all. */
function Warnings({
  warnings,
  ctx,
  onFill,
  onShowWord,
}: {
  warnings: Warning[];
  ctx: FillContext;
  onFill: (key: PlaceholderKey, value: string) => void;
  onShowWord: (w: Extract<Warning, { kind: 'job-wording' }>) => void;
}) {
  const items: { key: string; content: JSX.Element | string }[] = [];
  const profileGaps: PlaceholderInfo[] = [];
  const jobWords: Extract<Warning, { kind: 'job-wording' }>[] = [];
  const them = ctx.contact.firstName.trim() || ctx.contact.name.trim() || 'this person';
  for (const [i, w] of warnings.entries()) {
    const key = `${w.kind}-${i}`;
    if (w.kind === 'job-wording') {
      jobWords.push(w);
      continue;
    }
    if (w.kind !== 'unfilled') {
      items.push({ key, content: w.message });
      continue;
    }
    const p = getPlaceholder(w.placeholder)!;
    const value = getPlaceholderValue(p.key, ctx);
    if (value !== '') {
      // Filled in since the draft was written: offer the value rather than a trip elsewhere.
      items.push({
        key,
        content: (
          <>
            {p.token} is still in the letter.{' '}
            <button type="button" class="link-button inline" onClick={() => onFill(p.key, value)}>
              Fill in “{value.length > 40 ? `${value.slice(0, 39)}…` : value}”
            </button>
          </>
        ),
      });
    } else if (p.source === 'profile') {
      profileGaps.push(p);
    } else if (p.key === 'why you') {
      items.push({
        key,
        content: (
          <>
            {p.token}: say what drew you to {them}.{' '}
            <button type="button" class="link-button inline" onClick={() => jumpToInput('letter-why')}>
              Write it
            </button>
          </>
        ),
      });
    } else if (p.source === 'contact') {
      const inputId = CONTACT_INPUTS[p.key];
      items.push({
        key,
        content: (
          <>
            {p.token}: {them}’s {p.field} is not known.{' '}
            {inputId && (
              <button type="button" class="link-button inline" onClick={() => jumpToInput(inputId)}>
                Fill it in
              </button>
            )}
          </>
        ),
      });
    } else {
      const target = OTHER_PANELS[p.source];
      items.push({
        key,
        content: (
          <>
            {p.token}: {describeMissing(p)}{' '}
            {target && (
              <button type="button" class="link-button inline" onClick={() => jumpToInput(target.inputId, target.panel)}>
                {target.label}
              </button>
            )}
          </>
        ),
      });
    }
  }
  if (jobWords.length > 0) {
    // One line for all of them; each word selects itself in the letter.
    items.push({
      key: 'job-wording',
      content: (
        <>
          {jobWords.map((w, i) => (
            <Fragment key={w.index}>
              {i > 0 && (i === jobWords.length - 1 ? ' and ' : ', ')}
              <button type="button" class="link-button inline" title="Show it in the letter" onClick={() => onShowWord(w)}>
                “{w.word}”
              </button>
            </Fragment>
          ))}{' '}
          can read like a request for a job. People say yes more readily to a request for advice and information.
        </>
      ),
    });
  }
  if (profileGaps.length > 0) {
    items.unshift({
      key: 'profile',
      content: (
        <>
          Empty in your profile: {profileGaps.map((p) => p.field).join(', ')}.{' '}
          <button
            type="button"
            class="link-button inline"
            onClick={() => openProfileField(PROFILE_FIELDS[profileGaps[0].key] ?? 'name')}
          >
            Open your profile
          </button>
        </>
      ),
    });
  }
  if (items.length === 0) return null;
  return (
    <ul class="letter-warnings" aria-label="Before you send">
      {items.map((item) => (
        <li key={item.key}>{item.content}</li>
      ))}
    </ul>
  );
}

/** Opens the panel that holds the input, then focuses it. */
function jumpToInput(id: string, panelTitle?: string): void {
  const input = document.getElementById(id);
  if (!input) {
    // The input is not on screen yet (a form still closed): open its panel instead.
    if (panelTitle === undefined) return;
    const panel = [...document.querySelectorAll<HTMLDetailsElement>('details.panel')].find((d) =>
      d.querySelector('summary')?.textContent?.startsWith(panelTitle),
    );
    if (panel) {
      panel.open = true;
      panel.scrollIntoView({ block: 'start' });
    }
    return;
  }
  for (let details = input.closest('details'); details; details = details.parentElement?.closest('details') ?? null) {
    details.open = true;
  }
  input.scrollIntoView({ block: 'center' });
  input.focus();
}

function openProfileField(field: keyof UserProfile): void {
  void openExtensionPage(`options/index.html?field=${field}#profile`);
}

function usesWhy(template: Template | undefined): boolean {
  return !!template && parsePlaceholders(template.body).tokens.some((t) => t.key === 'why you');
}

/** The kind of letter the stage calls for; among requests, the one last worked on. */
function getInitialVariant(contact: Contact): VariantId {
  switch (contact.stage) {
    case 'meeting-scheduled':
    case 'met':
      return 'thanks';
    case 'thanked':
    case 'in-touch':
      return 'touch-base';
    default: {
      const requests = (['connection', 'email', 'inmail'] as const).filter((v) => contact.drafts[v]);
      requests.sort((a, b) => contact.drafts[b]!.updatedAt - contact.drafts[a]!.updatedAt);
      return requests[0] ?? 'connection';
    }
  }
}

/** The first template this person's details fill completely (so a referral note is not
 * offered when no one referred them), else the first. */
function getBestTemplate(templates: Template[], ctx: FillContext): Template | undefined {
  return (
    templates.find((t) =>
      [...parsePlaceholders(t.subject).tokens, ...parsePlaceholders(t.body).tokens].every(
        (token) => getPlaceholderValue(token.key, ctx) !== '',
      ),
    ) ?? templates[0]
  );
}

function composeFor(template: Template, ctx: FillContext, settings: Settings) {
  return composeLetter({
    template,
    contact: ctx.contact,
    profile: ctx.profile,
    settings,
    referrer: ctx.referrer,
    now: ctx.now,
  });
}

/**
 * Sends drafts and the "why you" line to the background a moment after the last
 * keystroke, and at once when asked (blur, switching letter, marking sent) or when the
 * popup goes away: a popup closes without warning when it loses focus, and pagehide is the
 * last moment its messages still leave.
 */
function useSaver(
  contactId: string,
  setSaveState: (s: SaveState) => void,
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
        send('letter.saveDraft', {
          id: contactId,
          variant,
          draft: draft && { templateId: draft.templateId, subject: draft.subject, body: draft.body },
        }),
      );
      if (why !== null) {
        sends.push(send('contact.update', { id: contactId, patch: { why } }).then((c) => callbacks.current.onWhySaved(c)));
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
