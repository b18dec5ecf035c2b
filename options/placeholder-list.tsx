// Beside the template editor: every placeholder, what it is filled with, an example; a click
// inserts it where the cursor was.
import { Fragment } from 'preact';
import { PLACEHOLDERS } from '../src/letter';

export function PlaceholderList({ disabled, onInsert }: { disabled: boolean; onInsert: (token: string) => void }) {
  return (
    <aside class="placeholder-list" aria-label="Placeholders">
      <h3>Placeholders</h3>
      <p class="muted small">Click one to insert it where your cursor is. Capitals and spaces don’t matter.</p>
      <dl>
        {PLACEHOLDERS.map((p) => (
          <Fragment key={p.key}>
            <dt>
              <button type="button" class="token" disabled={disabled} onClick={() => onInsert(p.token)}>
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
  );
}
