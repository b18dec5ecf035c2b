// The meeting: when, how long, how and where. Saved by the background, which also writes
// the calendar file (.ics) — the popup only downloads it, so `ics` is not bundled here.
import { useState } from 'preact/hooks';
import { sendFromPage } from '../src/messaging';
import type { Meeting, MeetingMode } from '../src/model';
import { getMeetingEnd } from '../src/pipeline/due';
import { DEFAULT_MEETING_MINUTES, MEETING_LENGTHS, MEETING_MODE_LABELS, MEETING_MODES } from '../src/pipeline/meeting';
import { fromWallTime, getDefaultTimeZone, getWallTime } from '../src/pipeline/zoned-time';
import { downloadText } from '../src/ui/download';
import { formatDateTime, formatTime } from './format';
import { useContactAction, type ContactPanelProps } from './use-contact-action';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface MeetingForm {
  date: string; // yyyy-mm-dd, as <input type="date"> gives it
  time: string; // hh:mm
  minutes: number;
  mode: MeetingMode;
  place: string;
}

function toForm(meeting: Meeting | null, timeZone: string): MeetingForm {
  if (!meeting) return { date: '', time: '', minutes: DEFAULT_MEETING_MINUTES, mode: 'coffee', place: '' };
  const wall = getWallTime(meeting.start, timeZone);
  return {
    date: `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`,
    time: `${pad(wall.hour)}:${pad(wall.minute)}`,
    minutes: meeting.minutes,
    mode: meeting.mode,
    place: meeting.place,
  };
}

/** The instant the form's date and time name in the zone, or NaN while either is incomplete. */
function toStart(form: MeetingForm, timeZone: string): number {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(form.date);
  const time = /^(\d{2}):(\d{2})/.exec(form.time);
  if (!date || !time) return Number.NaN;
  const [year, month, day] = date.slice(1).map(Number);
  const [hour, minute] = time.slice(1).map(Number);
  return fromWallTime({ year, month, day, hour, minute, second: 0, millisecond: 0 }, timeZone);
}

const PLACE_HINTS: Record<MeetingMode, string> = {
  coffee: 'Café and address',
  phone: 'Phone number',
  video: 'Video link',
  office: 'Office address',
};

export function MeetingPanel(props: ContactPanelProps) {
  const { contact } = props;
  const timeZone = getDefaultTimeZone();
  const meeting = contact.meeting;
  const [form, setForm] = useState<MeetingForm>(() => toForm(meeting, timeZone));
  const { busy, error, run } = useContactAction(props);
  const [fileError, setFileError] = useState('');
  const id = contact.id;
  const isScheduled = contact.stage === 'meeting-scheduled';
  const canMarkHeld = isScheduled && meeting !== null && meeting.heldAt === undefined;

  const set = (patch: Partial<MeetingForm>) => setForm({ ...form, ...patch });
  const save = (event: Event) => {
    event.preventDefault();
    const start = toStart(form, timeZone);
    void run(() =>
      sendFromPage('pipeline.scheduleMeeting', {
        id,
        meeting: { start, timeZone, minutes: form.minutes, mode: form.mode, place: form.place },
      }),
    );
  };
  const download = async () => {
    try {
      downloadText(await sendFromPage('pipeline.calendarFile', { id }));
      setFileError('');
    } catch (e) {
      setFileError((e as Error).message);
    }
  };
  const lengths = MEETING_LENGTHS.includes(form.minutes) ? MEETING_LENGTHS : [...MEETING_LENGTHS, form.minutes].sort((a, b) => a - b);

  return (
    <details class="panel" open={isScheduled}>
      <summary>
        Meeting
        {meeting && <span class="summary-note">{formatDateTime(meeting.start)}</span>}
      </summary>
      <div class="panel-body stack">
        {meeting && (
          <div class="meeting-card">
            <div>
              <strong>{formatDateTime(meeting.start)}</strong>–{formatTime(getMeetingEnd(meeting))}
            </div>
            <div class="muted small">
              {MEETING_MODE_LABELS[meeting.mode]}
              {meeting.place && ` · ${meeting.place}`}
              {meeting.heldAt !== undefined && ` · held`}
            </div>
            <div class="row wrap">
              <button class="secondary" type="button" onClick={() => void download()}>
                Download calendar file (.ics)
              </button>
              {canMarkHeld && (
                <button
                  class="primary"
                  type="button"
                  disabled={busy}
                  onClick={() => void run(() => sendFromPage('pipeline.markHeld', { id }))}
                >
                  Mark as held
                </button>
              )}
            </div>
            {fileError && (
              <p class="error small" role="alert">
                {fileError}
              </p>
            )}
          </div>
        )}
        <form class="fields meeting-form" onSubmit={save}>
          <div class="field-row">
            <div class="field">
              <label for="meeting-date">Date</label>
              <input
                id="meeting-date"
                type="date"
                required
                value={form.date}
                onInput={(e) => set({ date: (e.currentTarget as HTMLInputElement).value })}
              />
            </div>
            <div class="field">
              <label for="meeting-time">Start</label>
              <input
                id="meeting-time"
                type="time"
                required
                value={form.time}
                onInput={(e) => set({ time: (e.currentTarget as HTMLInputElement).value })}
              />
            </div>
          </div>
          <div class="field-row">
            <div class="field narrow">
              <label for="meeting-length">Length</label>
              <select
                id="meeting-length"
                value={String(form.minutes)}
                onChange={(e) => set({ minutes: Number((e.currentTarget as HTMLSelectElement).value) })}
              >
                {lengths.map((minutes) => (
                  <option value={String(minutes)} key={minutes}>
                    {minutes} min
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="meeting-mode">How</label>
              <select
                id="meeting-mode"
                value={form.mode}
                onChange={(e) => set({ mode: (e.currentTarget as HTMLSelectElement).value as MeetingMode })}
              >
                {MEETING_MODES.map((mode) => (
                  <option value={mode} key={mode}>
                    {MEETING_MODE_LABELS[mode]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div class="field">
            <label for="meeting-place">Place or link</label>
            <input
              id="meeting-place"
              value={form.place}
              placeholder={PLACE_HINTS[form.mode]}
              onInput={(e) => set({ place: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          <div class="row spread">
            <span class="muted small">Times in {timeZone.replace(/_/g, ' ')}</span>
            <button class="primary" type="submit" disabled={busy}>
              {meeting ? 'Update meeting' : 'Save meeting'}
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
