// A text field that saves on change (blur or Enter) and keeps what the user is typing
// through re-renders. The popup re-reads its data after every save; an input bound only to
// the stored value would have that value put back under the user's cursor (Preact sets
// `value` on every render where it differs from what the input holds), so typing into the
// next field right after saving one lost the text.
import { useEffect, useState } from 'preact/hooks';

export function FieldInput({
  id,
  value,
  placeholder = '',
  multiline = false,
  onSave,
}: {
  id: string;
  value: string;
  placeholder?: string;
  /** A textarea, for notes. */
  multiline?: boolean;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  // Once the stored value is what was typed, it takes over again (and later changes show).
  useEffect(() => setDraft((typed) => (typed === value ? null : typed)), [value]);
  const props = {
    id,
    value: draft ?? value,
    placeholder,
    onInput: (event: Event) => setDraft((event.currentTarget as HTMLInputElement).value),
    onChange: (event: Event) => onSave((event.currentTarget as HTMLInputElement).value),
  };
  return multiline ? <textarea {...props} /> : <input {...props} />;
}
