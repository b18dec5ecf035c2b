// The templates, grouped by kind of letter, each marked when it has an error, is the user's
// own, or is an edited built-in; "+ New" under each group.
import { VARIANTS, VARIANT_IDS, isTemplateModified, validateTemplate } from '../src/letter';
import type { Template, VariantId } from '../src/model';

/** What each kind of letter is held to, as the list's group headings say it. */
const VARIANT_GUIDES: Record<VariantId, string> = {
  connection: '200 characters; 300 with Premium',
  email: 'About 150 words',
  inmail: 'Subject 200, letter 2,000 characters',
  thanks: 'Email, about 150 words',
  'touch-base': 'Email, about 150 words',
};

export function TemplateList({
  templates,
  selectedId,
  onSelect,
  onAdd,
}: {
  templates: Template[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onAdd: (variant: VariantId) => void;
}) {
  return (
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
                  <button type="button" aria-current={t.id === selectedId ? 'true' : undefined} onClick={() => onSelect(t.id)}>
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
          <button type="button" class="link-button small" onClick={() => onAdd(variant)}>
            + New
          </button>
        </div>
      ))}
    </nav>
  );
}
