// "Letters": the templates Rapport drafts from, grouped by kind of letter, with an editor,
// the placeholder list beside it (click to insert), and a live preview against a sample
// person. Changes are saved as the user edits, unless a template has an error to fix first.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type TemplateError, VARIANTS, addTemplate, duplicateTemplate, resetTemplate, resetTemplates } from '../src/letter';
import { sendFromPage } from '../src/messaging';
import type { Settings, Template, VariantId } from '../src/model';
import { ConfirmBar } from './confirm-bar';
import { PlaceholderList } from './placeholder-list';
import { TemplateEditor } from './template-editor';
import { TemplateList } from './template-list';
import { useTemplateSaver } from './use-template-saver';

type Confirm = { kind: 'delete' | 'reset'; id: string } | { kind: 'reset-all' } | null;

export function TemplatesSection() {
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [settings, setSettings] = useState<Pick<Settings, 'linkedinPremium'>>({ linkedinPremium: false });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [loadError, setLoadError] = useState('');
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<'subject' | 'body'>('body');
  const caretAfter = useRef<{ field: 'subject' | 'body'; at: number } | null>(null);
  const saver = useTemplateSaver(templates);

  useEffect(() => {
    Promise.all([sendFromPage('templates.get', {}), sendFromPage('settings.get', {})]).then(
      ([list, s]) => {
        setTemplates(list);
        setSettings(s);
        setSelectedId(list[0]?.id ?? null);
      },
      (e: Error) => setLoadError(e.message),
    );
  }, []);

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
    saver.save(next);
  };

  const selected = templates.find((t) => t.id === selectedId) ?? null;
  const update = (patch: Partial<Template>) => {
    if (!selected) return;
    change(templates.map((t) => (t.id === selected.id ? { ...t, ...patch } : t)));
  };

  const add = (variant: VariantId) => {
    const id = `user:${crypto.randomUUID()}`;
    change(addTemplate(templates, variant, id), id);
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

  const { status } = saver;
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
        <TemplateList
          templates={templates}
          selectedId={selectedId}
          onSelect={(id) => {
            setSelectedId(id);
            setConfirm(null);
          }}
          onAdd={add}
        />

        {selected ? (
          <TemplateEditor
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

        <PlaceholderList disabled={!selected} onInsert={insertPlaceholder} />
      </div>
    </div>
  );
}
