// "Letters": the templates Rapport drafts from, grouped by kind of letter, with an editor,
// the placeholder list beside it (click to insert), and a live preview against a sample
// person. Changes are saved as the user edits, unless a template has an error to fix first.
import { type ComponentChildren, Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  PLACEHOLDERS,
  SAMPLE_CONTACT,
  SAMPLE_NOW,
  SAMPLE_PROFILE,
  SAMPLE_REFERRER,
  type TemplateError,
  VARIANTS,
  VARIANT_IDS,
  composeLetter,
  duplicateTemplate,
  isTemplateModified,
  resetTemplate,
  resetTemplates,
  validateTemplate,
} from '../src/letter';
import { send } from '../src/messaging';
import type { Settings, Template, VariantId } from '../src/model';

const SAVE_DELAY_MS = 500;

/** What each kind of letter is held to, as the list's group headings say it. */
const VARIANT_GUIDES: Record<VariantId, string> = {
  connection: '200 characters; 300 with Premium',
  email: 'About 150 words',
  inmail: 'Subject 200, letter 2,000 characters',
  thanks: 'Email, about 150 words',
  'touch-base': 'Email, about 150 words',
};

type Confirm = { kind: 'delete' | 'reset'; id: string } | { kind: 'reset-all' } | null;
type Status = { kind: 'saved' | 'saving' | 'blocked' | 'error'; text: string } | null;

export function TemplatesSection() {
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [settings, setSettings] = useState<Pick<Settings, 'linkedinPremium'>>({ linkedinPremium: false });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [loadError, setLoadError] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unsaved = useRef<Template[] | null>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<'subject' | 'body'>('body');
  const caretAfter = useRef<{ field: 'subject' | 'body'; at: number } | null>(null);

  useEffect(() => {
    Promise.all([send('templates.get', {}), send('settings.get', {})]).then(([list, s]) => {
      setTemplates(list);
      setSettings(s);
      setSelectedId(list[0]?.id ?? null);
    }, (e: Error) => setLoadError(e.message));
  }, []);

  const flush = async () => {
    clearTimeout(timer.current);
    const list = unsaved.current;
    if (!list) return;
    unsaved.current = null;
    setStatus({ kind: 'saving', text: 'Saving…' });
    try {
      await send('templates.save', { templates: list });
      setStatus((now) => (now?.kind === 'saving' ? { kind: 'saved', text: 'All changes saved.' } : now));
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    }
  };

  useEffect(() => {
    const onHide = () => void flush();
    // Unsaved only when a template has an error: say so before the page goes.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (templates?.some((t) => validateTemplate(t).length > 0)) event.preventDefault();
    };
    addEventListener('pagehide', onHide);
    addEventListener('beforeunload', onBeforeUnload);
    return () => {
      removeEventListener('pagehide', onHide);
      removeEventListener('beforeunload', onBeforeUnload);
    };
  });

  // Put the caret after an inserted placeholder once the new text is on screen.
  useEffect(() => {
    const want = caretAfter.current;
    if (!want) return;
    caretAfter.current = null;
    const el = want.field === 'subject' ? subjectRef.current : bodyRef.current;
    el?.focus();
    el?.setSelectionRange(want.at, want.at);
  });

  if (!templates) return <p class="muted">{loadError || 'Loading…'}</p>;

  /** Every change goes through here: shown at once, saved shortly after if all is valid. */
  const change = (next: Template[], select: string | null = selectedId) => {
    setTemplates(next);
    setSelectedId(select);
    setConfirm(null);
    clearTimeout(timer.current);
    const broken = next.find((t) => validateTemplate(t).length > 0);
    if (broken) {
      unsaved.current = null;
      const n = validateTemplate(broken).length;
      setStatus({
        kind: 'blocked',
        text: `Not saved yet: “${broken.name.trim() || 'Untitled'}” has ${n === 1 ? 'an error' : `${n} errors`} to fix.`,
      });
      return;
    }
    unsaved.current = next;
    setStatus({ kind: 'saving', text: 'Saving…' });
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };

  const selected = templates.find((t) => t.id === selectedId) ?? null;
  const update = (patch: Partial<Template>) => {
    if (!selected) return;
    change(templates.map((t) => (t.id === selected.id ? { ...t, ...patch } : t)));
  };

  const add = (variant: VariantId) => {
    const id = `user:${crypto.randomUUID()}`;
    const spec = VARIANTS[variant];
    const template: Template = {
      id,
      variant,
      name: `My ${spec.label.toLowerCase()}`,
      subject: spec.hasSubject ? 'A question about your work at {organization}' : '',
      body: 'Hi {first name},\n\n',
      builtIn: false,
    };
    const lastOfKind = templates.map((t) => t.variant).lastIndexOf(variant);
    const at = lastOfKind === -1 ? templates.length : lastOfKind + 1;
    change([...templates.slice(0, at), template, ...templates.slice(at)], id);
  };

  const insertPlaceholder = (token: string) => {
    if (!selected) return;
    const field = lastField.current === 'subject' && VARIANTS[selected.variant].hasSubject ? 'subject' : 'body';
    const el = field === 'subject' ? subjectRef.current : bodyRef.current;
    const text = selected[field];
    const from = el?.selectionStart ?? text.length;
    const to = el?.selectionEnd ?? from;
    caretAfter.current = { field, at: from + token.length };
    update({ [field]: text.slice(0, from) + token + text.slice(to) });
  };

  const selectError = (error: TemplateError) => {
    const el = error.part === 'subject' ? subjectRef.current : error.part === 'body' ? bodyRef.current : null;
    if (!el || error.index === undefined) return;
    el.focus();
    el.setSelectionRange(error.index, error.index + (error.text?.length ?? 1));
  };

  const doConfirm = () => {
    if (!confirm) return;
    if (confirm.kind === 'reset-all') {
      const next = resetTemplates(templates);
      change(next, next.some((t) => t.id === selectedId) ? selectedId : (next[0]?.id ?? null));
    } else if (confirm.kind === 'reset') {
      change(resetTemplate(templates, confirm.id));
    } else {
      const at = templates.findIndex((t) => t.id === confirm.id);
      const next = templates.filter((t) => t.id !== confirm.id);
      change(next, next[Math.min(at, next.length - 1)]?.id ?? null);
    }
  };

  return (
    <div class="panel-section letters-section">
      <div class="letters-head">
        <div>
          <h2>Letters</h2>
          <p class="lead">The templates your drafts start from. Placeholders in braces are filled in for each person.</p>
        </div>
        <button type="button" class="secondary" onClick={() => setConfirm({ kind: 'reset-all' })}>
          Reset all to defaults
        </button>
      </div>
      {confirm?.kind === 'reset-all' && (
        <ConfirmBar
          text="Put every built-in template back as Rapport ships it? Your edits to them are lost; templates you added are kept."
          action="Reset all"
          onConfirm={doConfirm}
          onCancel={() => setConfirm(null)}
        />
      )}
      <p class={`letters-status ${status?.kind ?? ''}`} role="status">
        {status?.text ?? ''}
      </p>

      <div class="letters">
        <nav class="template-list" aria-label="Templates">
          {VARIANT_IDS.map((variant) => (
            <div class="template-group" key={variant}>
              <h3>{VARIANTS[variant].label}</h3>
              <div class="muted small">{VARIANT_GUIDES[variant]}</div>
              <ul>
                {templates
                  .filter((t) => t.variant === variant)
                  .map((t) => (
                    <li key={t.id}>
                      <button
                        type="button"
                        aria-current={t.id === selectedId ? 'true' : undefined}
                        onClick={() => {
                          setSelectedId(t.id);
                          setConfirm(null);
                        }}
                      >
                        <span class="template-name">{t.name.trim() || 'Untitled'}</span>
                        {validateTemplate(t).length > 0 ? (
                          <span class="tag error-tag">error</span>
                        ) : !t.builtIn ? (
                          <span class="tag">yours</span>
                        ) : isTemplateModified(t) ? (
                          <span class="tag">edited</span>
                        ) : null}
                      </button>
                    </li>
                  ))}
              </ul>
              <button type="button" class="link-button small" onClick={() => add(variant)}>
                + New
              </button>
            </div>
          ))}
        </nav>

        {selected ? (
          <Editor
            template={selected}
            settings={settings}
            subjectRef={subjectRef}
            bodyRef={bodyRef}
            onFocusField={(field) => (lastField.current = field)}
            onChange={update}
            onSelectError={selectError}
            onDuplicate={() => {
              const id = `user:${crypto.randomUUID()}`;
              change(duplicateTemplate(templates, selected.id, id), id);
            }}
            onReset={() => setConfirm({ kind: 'reset', id: selected.id })}
            onDelete={() => setConfirm({ kind: 'delete', id: selected.id })}
            confirm={
              confirm && confirm.kind !== 'reset-all' && confirm.id === selected.id ? (
                <ConfirmBar
                  text={
                    confirm.kind === 'delete'
                      ? `Delete “${selected.name}”?${selected.builtIn ? ' “Reset all to defaults” brings it back.' : ' It cannot be brought back.'}`
                      : `Put “${selected.name}” back as Rapport ships it? Your edits to it are lost.`
                  }
                  action={confirm.kind === 'delete' ? 'Delete' : 'Reset'}
                  onConfirm={doConfirm}
                  onCancel={() => setConfirm(null)}
                />
              ) : null
            }
          />
        ) : (
          <div class="template-editor muted">Choose a template, or add one with “+ New”.</div>
        )}

        <aside class="placeholder-list" aria-label="Placeholders">
          <h3>Placeholders</h3>
          <p class="muted small">Click one to insert it where your cursor is. Capitals and spaces don’t matter.</p>
          <dl>
            {PLACEHOLDERS.map((p) => (
              <Fragment key={p.key}>
                <dt>
                  <button type="button" class="token" disabled={!selected} onClick={() => insertPlaceholder(p.token)}>
                    {p.token}
                  </button>
                  {p.aliases.length > 0 && <span class="muted small"> or {p.aliases.map((a) => `{${a}}`).join(', ')}</span>}
                </dt>
                <dd>
                  {p.description} <span class="muted">e.g. {p.example}</span>
                </dd>
              </Fragment>
            ))}
          </dl>
        </aside>
      </div>
    </div>
  );
}

function Editor({
  template: t,
  settings,
  subjectRef,
  bodyRef,
  onFocusField,
  onChange,
  onSelectError,
  onDuplicate,
  onReset,
  onDelete,
  confirm,
}: {
  template: Template;
  settings: Pick<Settings, 'linkedinPremium'>;
  subjectRef: { current: HTMLInputElement | null };
  bodyRef: { current: HTMLTextAreaElement | null };
  onFocusField: (field: 'subject' | 'body') => void;
  onChange: (patch: Partial<Template>) => void;
  onSelectError: (error: TemplateError) => void;
  onDuplicate: () => void;
  onReset: () => void;
  onDelete: () => void;
  confirm: ComponentChildren;
}) {
  const spec = VARIANTS[t.variant];
  const errors = validateTemplate(t);
  const preview = composeLetter({
    template: t,
    contact: SAMPLE_CONTACT,
    profile: SAMPLE_PROFILE,
    settings,
    referrer: SAMPLE_REFERRER,
    now: SAMPLE_NOW,
  });
  const count =
    preview.limit !== null ? `${preview.length} / ${preview.limit}` : `${preview.words} word${preview.words === 1 ? '' : 's'}`;
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
  return (
    <div class="template-editor">
      <div class="field">
        <label for="template-name">Name</label>
        <input id="template-name" value={t.name} onInput={(e) => onChange({ name: value(e) })} />
      </div>
      {spec.hasSubject && (
        <div class="field">
          <label for="template-subject">Subject</label>
          <input
            id="template-subject"
            ref={subjectRef}
            value={t.subject}
            onFocus={() => onFocusField('subject')}
            onInput={(e) => onChange({ subject: value(e) })}
          />
        </div>
      )}
      <div class="field">
        <label for="template-body">{spec.hasSubject ? 'Letter' : spec.label}</label>
        <textarea
          id="template-body"
          ref={bodyRef}
          rows={t.variant === 'connection' ? 5 : 14}
          value={t.body}
          spellcheck
          onFocus={() => onFocusField('body')}
          onInput={(e) => onChange({ body: value(e) })}
        />
      </div>
      {errors.length > 0 && (
        <ul class="template-errors" role="alert" aria-label="Errors">
          {errors.map((error, i) => (
            <li key={`${error.code}-${i}`}>
              {error.part === 'subject' && <strong>Subject: </strong>}
              {error.message}
              {error.index !== undefined && (
                <>
                  {' '}
                  <button type="button" class="link-button inline" onClick={() => onSelectError(error)}>
                    Show
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="secondary" onClick={onDuplicate}>
          Duplicate
        </button>
        {t.builtIn && isTemplateModified(t) && (
          <button type="button" class="secondary" onClick={onReset}>
            Reset to Rapport’s version
          </button>
        )}
        <button type="button" class="secondary danger-outline" onClick={onDelete}>
          Delete
        </button>
      </div>
      {confirm}

      <section class="template-preview" aria-label="Preview">
        <div class="preview-head">
          <h3>Preview for a sample person</h3>
          <span class={`letter-count${preview.over ? ' over' : ''}`}>{count}</span>
        </div>
        <p class="muted small">
          {SAMPLE_CONTACT.name}, {SAMPLE_CONTACT.role} at {SAMPLE_CONTACT.organization}; written by {SAMPLE_PROFILE.name}.
        </p>
        <div class="preview-letter">
          {spec.hasSubject && <div class="preview-subject">{preview.subject}</div>}
          <div class="preview-body">{preview.body}</div>
        </div>
        {preview.warnings.length > 0 && (
          <ul class="letter-warnings">
            {preview.warnings.map((w, i) => (
              <li key={`${w.kind}-${i}`}>{w.message}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ConfirmBar({
  text,
  action,
  onConfirm,
  onCancel,
}: {
  text: string;
  action: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div class="confirm-bar" role="alertdialog" aria-label={action}>
      <span>{text}</span>
      <button type="button" class="danger" onClick={onConfirm}>
        {action}
      </button>
      <button type="button" class="secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
