// Everyone saved: name, "role at organization", stage and when saved.
import type { Contact } from '../src/model';
import { getStageLabel } from '../src/pipeline/stages';
import { formatRoleAt, formatWhen } from './format';

export function ContactList({ contacts, onOpen }: { contacts: Contact[]; onOpen: (id: string) => void }) {
  return (
    <section aria-label="Saved people">
      <h2 class="section-title section">Saved people ({contacts.length})</h2>
      <ul class="list scroll">
        {contacts.map((contact) => (
          <li key={contact.id}>
            <button class="person" type="button" onClick={() => onOpen(contact.id)}>
              <span class="line1">
                <span class="name">{contact.name}</span>
                <span class="when">saved {formatWhen(contact.createdAt)}</span>
              </span>
              <span class="line1">
                <span class="what">{formatRoleAt(contact) || contact.headline || 'Role not known yet'}</span>
                <span class="badge">{getStageLabel(contact.stage)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
