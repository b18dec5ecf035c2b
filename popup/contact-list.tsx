// Everyone saved: search as you type (name, organization, role, notes) and a stage filter.
// Fast at 10,000 people: the lower-cased text to search is built once per load, and only
// the first matches are rendered until the user asks for more.
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Contact, Stage } from '../src/model';
import { getStageLabel, STAGES } from '../src/pipeline/stages';
import { formatRoleAt, formatWhen } from './format';
import { markSearchReady } from './ready';

const PAGE_SIZE = 100;

function toHaystack(contact: Contact): string {
  const { name, organization, role, headline, notes } = contact;
  return [name, organization, role, headline, notes.person, notes.organization, notes.takeaways].join('\n').toLocaleLowerCase();
}

export function ContactList({ contacts, onOpen }: { contacts: Contact[]; onOpen: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [stage, setStage] = useState<Stage | ''>('');
  const [limit, setLimit] = useState(PAGE_SIZE);

  const haystacks = useMemo(() => contacts.map(toHaystack), [contacts]);
  useLayoutEffect(markSearchReady, [haystacks]);
  const stageCounts = useMemo(() => {
    const counts = new Map<Stage, number>();
    for (const contact of contacts) counts.set(contact.stage, (counts.get(contact.stage) ?? 0) + 1);
    return counts;
  }, [contacts]);
  const matches = useMemo(() => {
    const terms = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    if (terms.length === 0 && !stage) return contacts;
    return contacts.filter((contact, i) => (!stage || contact.stage === stage) && terms.every((term) => haystacks[i].includes(term)));
  }, [contacts, haystacks, query, stage]);

  const filtered = query.trim() !== '' || stage !== '';
  const shown = matches.slice(0, limit);

  return (
    <section aria-label="Saved people">
      <h2 class="section-title section">Saved people ({contacts.length})</h2>
      <div class="section filters">
        <input
          type="search"
          aria-label="Search people"
          placeholder="Search names, roles, notes…"
          value={query}
          onInput={(e) => {
            setQuery((e.currentTarget as HTMLInputElement).value);
            setLimit(PAGE_SIZE);
          }}
        />
        <select
          aria-label="Filter by stage"
          value={stage}
          onChange={(e) => {
            setStage((e.currentTarget as HTMLSelectElement).value as Stage | '');
            setLimit(PAGE_SIZE);
          }}
        >
          <option value="">All stages</option>
          {STAGES.filter((s) => stageCounts.has(s)).map((s) => (
            <option value={s} key={s}>
              {getStageLabel(s)} ({stageCounts.get(s)})
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <p class="section small muted match-count" role="status">
          {matches.length === 0 ? 'No one matches.' : `${matches.length} of ${contacts.length}`}
        </p>
      )}
      <ul class="list">
        {shown.map((contact) => (
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
      {matches.length > shown.length && (
        <div class="section">
          <button class="secondary wide-button" type="button" onClick={() => setLimit(limit + PAGE_SIZE)}>
            Show more ({matches.length - shown.length} more)
          </button>
        </div>
      )}
    </section>
  );
}
