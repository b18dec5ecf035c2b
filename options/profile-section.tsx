// "Your profile": the background that letters are drafted from.
import { useEffect, useState } from 'preact/hooks';
import { sendFromPage } from '../src/messaging';
import { type PlaceholderKey, getPlaceholder } from '../src/letter/placeholders';
import type { UserProfile } from '../src/model';

/** Each field is what one placeholder reads, so its hint is that placeholder's own
 * description and example (src/letter/placeholders.ts): written to fit the sentence the
 * templates put it in ("I hope to {my goals}"). */
const FIELDS: { key: keyof UserProfile; label: string; placeholder: PlaceholderKey; multiline?: boolean; wide?: boolean }[] = [
  { key: 'name', label: 'Your name', placeholder: 'my name' },
  { key: 'email', label: 'Your email', placeholder: 'my email' },
  { key: 'school', label: 'School', placeholder: 'my school' },
  { key: 'fieldOfStudy', label: 'Field of study', placeholder: 'my field' },
  { key: 'experience', label: 'Internships or experience', placeholder: 'my experience', multiline: true, wide: true },
  { key: 'goals', label: 'Career goals', placeholder: 'my goals', multiline: true, wide: true },
  { key: 'signature', label: 'Email signature', placeholder: 'my signature', multiline: true, wide: true },
];

export function ProfileSection() {
  const [profile, setProfile] = useState<UserProfile | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    sendFromPage('profile.get', {}).then(setProfile, (e: Error) => setStatus(e.message));
  }, []);

  // The letter panel links here with ?field=<key> when a letter needs that field.
  const loaded = profile !== null;
  useEffect(() => {
    const field = new URLSearchParams(location.search).get('field');
    if (loaded && field) document.getElementById(`profile-${field}`)?.focus();
  }, [loaded]);

  if (!profile) return <p class="muted">{status || 'Loading…'}</p>;

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      setProfile(await sendFromPage('profile.save', { profile }));
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
        {FIELDS.map(({ key, label, placeholder, multiline, wide }) => {
          const id = `profile-${key}`;
          const p = getPlaceholder(placeholder)!;
          const hint = `e.g. ${p.example}`;
          const onInput = (event: Event) => {
            setStatus('');
            setProfile({ ...profile, [key]: (event.currentTarget as HTMLInputElement).value });
          };
          return (
            <div class={`field${wide ? ' wide' : ''}`} key={key}>
              <label for={id}>{label}</label>
              {multiline ? (
                <textarea id={id} value={profile[key]} placeholder={hint} aria-describedby={`${id}-hint`} onInput={onInput} />
              ) : (
                <input id={id} value={profile[key]} placeholder={hint} aria-describedby={`${id}-hint`} onInput={onInput} />
              )}
              <div class="field-hint" id={`${id}-hint`}>
                {p.description} Letters use it as <code>{p.token}</code>.
              </div>
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
