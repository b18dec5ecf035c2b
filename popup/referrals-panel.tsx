// "Who else should I talk to?": people this contact suggested become new leads linked to
// them; a lead someone suggested shows who, so the request letter can mention it.
import { useEffect, useState } from 'preact/hooks';
import type { ReadReferrals } from '../src/db/read';
import { sendFromPage } from '../src/messaging';
import type { Contact } from '../src/model';
import { getStageLabel } from '../src/pipeline/stages';
import { formatRoleAt } from './format';
import { useContactAction, type ContactPanelProps } from './use-contact-action';

const EMPTY = { name: '', role: '', organization: '', profileUrl: '' };

export function ReferralsPanel(props: ContactPanelProps & { readReferrals: ReadReferrals; onOpen: (id: string) => void }) {
  const { contact, onOpen } = props;
  const [form, setForm] = useState(EMPTY);
  const [added, setAdded] = useState('');
  /** Who suggested this contact and whom they suggested; null while read. */
  const [people, setPeople] = useState<{ referrer: Contact | null; referred: Contact[] } | null>(null);
  const [readError, setReadError] = useState('');
  // The new lead is shown by opening it; this contact itself is unchanged, so keep it.
  const { busy, error, run } = useContactAction({ onContact: (lead) => setAdded(lead.name), onChanged: props.onChanged });
  useEffect(() => {
    let current = true;
    props.readReferrals(contact).then(
      (read) => current && setPeople(read),
      (e: Error) => current && setReadError(e.message),
    );
    return () => {
      current = false;
    };
  }, [contact.id, contact.referrerId, added]);
  const referred = people?.referred ?? [];
  const referrer = people?.referrer;
  const met = ['met', 'thanked', 'in-touch'].includes(contact.stage);

  const add = async (event: Event) => {
    event.preventDefault();
    if (await run(() => sendFromPage('pipeline.addReferral', { referrerId: contact.id, referral: form }))) setForm(EMPTY);
  };
  const input = (key: keyof typeof EMPTY, label: string, placeholder = '') => (
    <div class={`field${key === 'name' || key === 'profileUrl' ? ' wide' : ''}`}>
      <label for={`referral-${key}`}>{label}</label>
      <input
        id={`referral-${key}`}
        value={form[key]}
        placeholder={placeholder}
        required={key === 'name'}
        onInput={(e) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value })}
      />
    </div>
  );

  return (
    <details class="panel" open={Boolean(contact.referrerId) || (met && referred.length > 0)}>
      <summary>
        Referrals
        {referred.length > 0 && <span class="summary-note">{referred.length} suggested</span>}
      </summary>
      <div class="panel-body stack">
        {contact.referrerId && (
          <p class="small">
            Suggested by{' '}
            {referrer ? (
              <button class="link-button inline" type="button" onClick={() => onOpen(referrer.id)}>
                {referrer.name}
              </button>
            ) : referrer === null ? (
              <span class="muted">someone no longer in Rapport</span>
            ) : null}
          </p>
        )}
        {readError && (
          <p class="error small" role="alert">
            {readError}
          </p>
        )}
        {referred.length > 0 && (
          <ul class="list referred">
            {referred.map((lead) => (
              <li key={lead.id}>
                <button class="person compact" type="button" onClick={() => onOpen(lead.id)}>
                  <span class="line1">
                    <span class="name">{lead.name}</span>
                    <span class="badge">{getStageLabel(lead.stage)}</span>
                  </span>
                  {formatRoleAt(lead) && <span class="what">{formatRoleAt(lead)}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="referral-form" onSubmit={(e) => void add(e)}>
          <div class="form-title">Who else should I talk to?</div>
          <div class="fields two">
            {input('name', 'Name')}
            {input('role', 'Role')}
            {input('organization', 'Organization')}
            {input('profileUrl', 'LinkedIn profile (optional)', 'https://www.linkedin.com/in/…')}
          </div>
          <div class="row spread">
            <span class="muted small" role="status">
              {added && `Added ${added}.`}
            </span>
            <button class="secondary" type="submit" disabled={busy || !form.name.trim()}>
              Add lead
            </button>
          </div>
          {error && (
            <p class="error small" role="alert">
              {error}
            </p>
          )}
        </form>
      </div>
    </details>
  );
}
