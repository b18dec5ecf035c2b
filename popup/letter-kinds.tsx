// The row of letter kinds at the top of the letter panel; a dot marks each kind with a draft.
import { VARIANTS, VARIANT_IDS } from '../src/letter';
import type { Draft, VariantId } from '../src/model';

const SHORT_LABELS: Record<VariantId, string> = {
  connection: 'Note',
  email: 'Email',
  inmail: 'InMail',
  thanks: 'Thank you',
  'touch-base': 'Touch base',
};

export function LetterKinds({
  variant,
  drafts,
  onChoose,
}: {
  variant: VariantId;
  drafts: Partial<Record<VariantId, Draft>>;
  onChoose: (variant: VariantId) => void;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would bring its border and legend layout; role="group" with a label is the same to a screen reader
    <div class="letter-kinds" role="group" aria-label="Kind of letter">
      {VARIANT_IDS.map((id) => (
        <button type="button" key={id} title={VARIANTS[id].label} aria-pressed={id === variant} onClick={() => onChoose(id)}>
          {SHORT_LABELS[id]}
          {drafts[id] && <span class="letter-dot" role="img" aria-label="(draft)" />}
        </button>
      ))}
    </div>
  );
}
