// "Your profile": the background that letters are drafted from.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../src/messaging';
import type { UserProfile } from '../src/model';

const FIELDS: { key: keyof UserProfile; label: string; hint: string; multiline?: boolean; wide?: boolean }[] = [
  { key: 'name', label: 'Your name', hint: 'As you sign letters.' },
  { key: 'email', label: 'Your email', hint: 'Used in the signature if you like.' },
  { key: 'school', label: 'School', hint: 'e.g. Lakeside University' },
  { key: 'fieldOfStudy', label: 'Field of study', hint: 'e.g. environmental engineering' },
  { key: 'experience', label: 'Internships or experience', hint: 'One line or two: what you have done so far.', multiline: true, wide: true },
  { key: 'goals', label: 'Career goals', hint: 'What you are aiming for, in your own words.', multiline: true, wide: true },
  { key: 'signature', label: 'Email signature', hint: 'Added at the end of emails.', multiline: true, wide: true },
];

export function ProfileSection() {
  const [profile, setProfile] = useState<UserProfile | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    send('profile.get', {}).then(setProfile, (e: Error) => setStatus(e.message));
  }, []);

  if (!profile) return <p class="muted">{status || 'Loading…'}</p>;

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      setProfile(await send('profile.save', { profile }));
      setStatus('Saved.');
    } catch (e) {
      setStatus((e as Error).message);
    }
  };

  return (
    <form class="panel-section" onSubmit={(e) => void save(e)}>
      <h2>Your profile</h2>
      <p class="lead">Rapport drafts your letters from this. It stays on this computer.</p>
      <div class="form-grid">
        {FIELDS.map(({ key, label, hint, multiline, wide }) => {
          const id = `profile-${key}`;
          const onInput = (event: Event) => {
            setStatus('');
            setProfile({ ...profile, [key]: (event.currentTarget as HTMLInputElement).value });
          };
          return (
            <div class={`field${wide ? ' wide' : ''}`} key={key}>
              <label for={id}>{label}</label>
              {multiline ? (
                <textarea id={id} value={profile[key]} placeholder={hint} onInput={onInput} />
              ) : (
                <input id={id} value={profile[key]} placeholder={hint} onInput={onInput} />
              )}
            </div>
          );
        })}
      </div>
      <div class="actions">
        <button class="primary" type="submit">
          Save profile
        </button>
        {status && (
          <span class="saved-note" role="status">
            {status}
          </span>
        )}
      </div>
    </form>
  );
}
