// "Reminders": when follow-ups, "no reply", touch-bases and meeting reminders fall due,
// and whether Rapport may show notifications. The background checks the ranges again.
import { useEffect, useState } from 'preact/hooks';
import { sendFromPage } from '../src/messaging';
import type { Settings } from '../src/model';
import { getReminderSettingsProblem, REMINDER_SETTING_LIMITS } from '../src/pipeline/reminders';

type NumberKey = keyof typeof REMINDER_SETTING_LIMITS;

const FIELDS: { key: NumberKey; unit: string; hint: string }[] = [
  { key: 'followUpDays', unit: 'days', hint: 'After sending a request with no reply, follow up this many days later.' },
  { key: 'maxNudges', unit: 'follow-ups', hint: 'After this many unanswered follow-ups, the person moves to “No reply”.' },
  { key: 'touchBaseMonths', unit: 'months', hint: 'After thanking someone, get back in touch every this many months.' },
  { key: 'meetingReminderMinutes', unit: 'minutes', hint: 'How long before a meeting to remind you; the calendar file uses it too.' },
];

export function RemindersSection() {
  const [saved, setSaved] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Record<NumberKey, string> & { notifications: boolean }>();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  const load = (settings: Settings) => {
    setSaved(settings);
    setDraft({
      followUpDays: String(settings.followUpDays),
      maxNudges: String(settings.maxNudges),
      touchBaseMonths: String(settings.touchBaseMonths),
      meetingReminderMinutes: String(settings.meetingReminderMinutes),
      notifications: settings.notifications,
    });
  };

  useEffect(() => {
    sendFromPage('settings.get', {}).then(load, (e: Error) => setStatus(e.message));
  }, []);

  if (!saved || !draft) return <p class="muted">{status || 'Loading…'}</p>;

  const next: Settings = {
    ...saved,
    followUpDays: Number(draft.followUpDays),
    maxNudges: Number(draft.maxNudges),
    touchBaseMonths: Number(draft.touchBaseMonths),
    meetingReminderMinutes: Number(draft.meetingReminderMinutes),
    notifications: draft.notifications,
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const found = getReminderSettingsProblem(next);
    setProblem(found ?? '');
    if (found) return;
    try {
      load(await sendFromPage('settings.save', { settings: next }));
      setStatus('Saved. Reminders follow the new settings.');
    } catch (e) {
      setProblem((e as Error).message);
    }
  };

  return (
    <form class="panel-section" onSubmit={(e) => void save(e)} noValidate>
      <h2>Reminders</h2>
      <p class="lead">Rapport counts what is due on its toolbar button and lists it at the top of its popup.</p>
      <div class="form-grid">
        {FIELDS.map(({ key, unit, hint }) => {
          const { min, max, label } = REMINDER_SETTING_LIMITS[key];
          const id = `reminders-${key}`;
          const value = Number(draft[key]);
          const invalid = problem !== '' && (draft[key].trim() === '' || !Number.isInteger(value) || value < min || value > max);
          return (
            <div class="field" key={key}>
              <label for={id}>{label}</label>
              <div class="number-unit">
                <input
                  id={id}
                  type="number"
                  inputMode="numeric"
                  min={min}
                  max={max}
                  step={1}
                  value={draft[key]}
                  aria-describedby={`${id}-hint`}
                  aria-invalid={invalid}
                  onInput={(e) => {
                    setStatus('');
                    setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
                  }}
                />
                <span class="muted">{unit}</span>
              </div>
              <div class="muted small" id={`${id}-hint`}>
                {hint}
              </div>
            </div>
          );
        })}
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.notifications}
          onChange={(e) => {
            setStatus('');
            setDraft({ ...draft, notifications: (e.currentTarget as HTMLInputElement).checked });
          }}
        />
        <span>
          Show a notification when something falls due
          <br />
          <span class="muted small">
            Clicking it opens that person in Rapport. Off — or blocked by your system — the badge and the popup still show everything that
            is due.
          </span>
        </span>
      </label>
      <div class="actions">
        <button class="primary" type="submit">
          Save reminders
        </button>
        {problem && (
          <span class="error" role="alert">
            {problem}
          </span>
        )}
        {status && !problem && (
          <span class="saved-note" role="status">
            {status}
          </span>
        )}
      </div>
    </form>
  );
}
