// One person: what LinkedIn showed (editable), and what the user is doing with them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendFromPage } from '../src/messaging';
import type { CapturedField, Contact } from '../src/model';
import type { ReadReferrals } from '../src/db/read';
import { getStageLabel } from '../src/pipeline/stages';
import type { ContactPatch } from '../src/protocol';
import { describeSource, formatRoleAt, formatWhen } from './format';
import { MeetingPanel } from './meeting-panel';
import { PrepPanel } from './prep-panel';
import { ReferralsPanel } from './referrals-panel';
import { StagePanel } from './stage-panel';
import { TimelinePanel } from './timeline-panel';
import { LetterPanel } from './letter-panel';
import { DeleteContact } from './delete-contact';
import { FieldInput } from './field-input';

const FIELD_LABELS: { field: CapturedField | 'email' | 'leadSource'; label: string; placeholder?: string }[] = [
  { field: 'name', label: 'Name' },
  { field: 'firstName', label: 'First name (for "Dear …")' },
  { field: 'role', label: 'Role' },
  { field: 'organization', label: 'Organization' },
  { field: 'headline', label: 'Headline' },
  { field: 'location', label: 'Location' },
  { field: 'email', label: 'Email', placeholder: 'If they shared it' },
  { field: 'leadSource', label: 'Where the lead came from', placeholder: 'A professor, a peer, an event…' },
];

export function ContactView({
  id,
  onBack,
  onChanged,
  readReferrals,
  onOpen = () => undefined,
}: {
  id: string;
  onBack: () => void;
  /** Something was written: the home view behind this one is out of date. */
  onChanged: () => void;
  /** Who suggested this contact, and whom they suggested (src/db/read.ts). */
  readReferrals: ReadReferrals;
  onOpen?: (id: string) => void;
}) {
  const [contact, setContact] = useState<Contact | null | undefined>(undefined);
  const [error, setError] = useState('');

  useEffect(() => {
    sendFromPage('contact.get', { id }).then(setContact, (e: Error) => setError(e.message));
  }, [id]);

  const update = async (patch: ContactPatch) => {
    try {
      setContact(await sendFromPage('contact.update', { id, patch }));
      setError('');
      onChanged();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <>
      <div class="back">
        <button class="link-button" type="button" onClick={onBack}>
          ← All people
        </button>
      </div>
      {error && (
        <p class="section error" role="alert">
          {error}
        </p>
      )}
      {contact === null && <p class="section">This person is no longer in Rapport.</p>}
      {contact && (
        <>
          <div class="contact-head">
            <div class="row spread">
              <h2>{contact.name}</h2>
              <span class="badge">{getStageLabel(contact.stage)}</span>
            </div>
            <div class="muted">{formatRoleAt(contact)}</div>
            <div class="muted small">
              Saved {formatWhen(contact.createdAt)}
              {/* A referral added without a link has no profile yet. */}
              {contact.profileUrl && (
                <>
                  {' · '}
                  <a href={contact.profileUrl} target="_blank" rel="noreferrer">
                    LinkedIn profile
                  </a>
                </>
              )}
            </div>
          </div>
          <StagePanel contact={contact} onContact={setContact} onChanged={onChanged} />
          <CapturedFields contact={contact} onSave={update} />
          <MeetingPanel key={`meeting-${contact.id}`} contact={contact} onContact={setContact} onChanged={onChanged} />
          <PrepPanel contact={contact} onSave={update} />
          <LetterPanel key={contact.id} contact={contact} onContact={setContact} onChanged={onChanged} />
          <TimelinePanel contact={contact} />
          <ReferralsPanel
            key={`referrals-${contact.id}`}
            contact={contact}
            readReferrals={readReferrals}
            onOpen={onOpen}
            onContact={setContact}
            onChanged={onChanged}
          />
          <DeleteContact
            key={`delete-${contact.id}`}
            contact={contact}
            onDeleted={() => {
              onChanged();
              onBack();
            }}
            onRestored={(restored) => {
              setContact(restored);
              onChanged();
            }}
          />
        </>
      )}
    </>
  );
}

function CapturedFields({ contact, onSave }: { contact: Contact; onSave: (patch: ContactPatch) => void }) {
  const missing = contact.missing.length > 0;
  // Open while something is missing, and still open once the user has typed the last of
  // it: closing under their cursor would hide what they just typed.
  const openedFor = useRef<string | null>(null);
  if (missing) openedFor.current = contact.id;
  return (
    <details class="panel" open={missing || openedFor.current === contact.id}>
      <summary>Details{missing && <span class="badge">{contact.missing.length} to fill in</span>}</summary>
      <div class="panel-body fields">
        {FIELD_LABELS.map(({ field, label, placeholder }) => {
          const isMissing = (contact.missing as string[]).includes(field);
          const source = field in contact.sources ? contact.sources[field as CapturedField] : undefined;
          const inputId = `field-${field}`;
          return (
            <div class={`field${isMissing ? ' missing' : ''}`} key={field}>
              <label for={inputId}>
                {label}{' '}
                {source && (
                  <span class="source" title={source.strategy}>
                    · {describeSource(source)}
                  </span>
                )}
                {(contact.edited as string[]).includes(field) && <span class="source"> · edited by you</span>}
              </label>
              <FieldInput
                key={contact.id}
                id={inputId}
                value={contact[field]}
                placeholder={placeholder}
                onSave={(value) => onSave({ [field]: value })}
              />
              {isMissing && <div class="hint">LinkedIn didn't show this. Type it if you know it.</div>}
            </div>
          );
        })}
      </div>
    </details>
  );
}
