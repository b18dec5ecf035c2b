// One template being edited: its name, subject and letter, what stops it from being saved
// (each error can select itself in the text), the actions on it, and its preview.
import type { ComponentChildren } from 'preact';
import { type TemplateError, VARIANTS, isTemplateModified, validateTemplate } from '../src/letter';
import type { Settings, Template } from '../src/model';
import { TemplatePreview } from './template-preview';

export function TemplateEditor({
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

      <TemplatePreview template={t} settings={settings} />
    </div>
  );
}
