// The template as a letter: filled in for the sample person, with its length and warnings.
import { SAMPLE_CONTACT, SAMPLE_NOW, SAMPLE_PROFILE, SAMPLE_REFERRER, VARIANTS, composeLetter, describeLength } from '../src/letter';
import type { Settings, Template } from '../src/model';

export function TemplatePreview({ template, settings }: { template: Template; settings: Pick<Settings, 'linkedinPremium'> }) {
  const spec = VARIANTS[template.variant];
  const preview = composeLetter({
    template,
    contact: SAMPLE_CONTACT,
    profile: SAMPLE_PROFILE,
    settings,
    referrer: SAMPLE_REFERRER,
    now: SAMPLE_NOW,
  });
  return (
    <section class="template-preview" aria-label="Preview">
      <div class="preview-head">
        <h3>Preview for a sample person</h3>
        <span class={`letter-count${preview.over ? ' over' : ''}`}>{describeLength(preview)}</span>
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
  );
}
