// Where this person stands and what comes next: the next action and when it is due, the
// one-click action for it, snooze, and the moves the pipeline allows from here.
import { useState } from 'preact/hooks';
import { sendFromPage } from '../src/messaging';
import type { Stage } from '../src/model';
import { getNextAction, type NextAction } from '../src/pipeline/due';
import { getAllowedMoves, getStageLabel } from '../src/pipeline/stages';
import { getDateKey, getDefaultTimeZone } from '../src/pipeline/zoned-time';
import { formatDateTime, formatDay } from './format';
import { useContactAction, type ContactPanelProps } from './use-contact-action';
import { useSettings } from './use-settings';

function DateText({ at, withTime = false }: { at: number; withTime?: boolean }) {
  return <time dateTime={getDateKey(at, getDefaultTimeZone())}>{withTime ? formatDateTime(at) : formatDay(at)}</time>;
}

/** When the action is due, in words. */
function DueLine({ action, now }: { action: NextAction; now: number }) {
  const { kind, dueAt, deadline, overdue } = action;
  if (kind === 'touch-base' && dueAt !== null) {
    return dueAt > now ? (
      <>
        Next touch-base <DateText at={dueAt} />
      </>
    ) : (
      <>
        Touch-base due since <DateText at={dueAt} />
      </>
    );
  }
  if (kind === 'thank' && deadline !== null) {
    return overdue ? (
      <>
        Overdue since <DateText at={deadline} withTime />
      </>
    ) : (
      <>
        Due now — best sent within a day, by <DateText at={deadline} withTime />
      </>
    );
  }
  if (kind === 'prepare' && deadline !== null) {
    return (
      <>
        Meeting <DateText at={deadline} withTime />
      </>
    );
  }
  if (kind === 'meeting') return <>Now</>;
  if (kind === 'no-reply' && dueAt !== null) {
    return (
      <>
        Moves to “No reply” <DateText at={dueAt} />
      </>
    );
  }
  if (dueAt !== null) {
    return dueAt > now ? (
      <>
        Due <DateText at={dueAt} />
      </>
    ) : (
      <>
        Due since <DateText at={dueAt} />
      </>
    );
  }
  return <>Whenever you are ready</>;
}

export function StagePanel(props: ContactPanelProps) {
  const { contact } = props;
  const settings = useSettings();
  const { busy, error, run } = useContactAction(props);
  const [target, setTarget] = useState<Stage | ''>('');
  const now = Date.now();
  const action = settings ? getNextAction(contact, settings, now) : null;
  const moves = getAllowedMoves(contact);
  const snoozed = contact.snoozedUntil !== null && contact.snoozedUntil > now;
  const id = contact.id;

  const move = async () => {
    if (!target) return;
    if (await run(() => sendFromPage('contact.move', { id, to: target }))) setTarget('');
  };

  return (
    <details class="panel" open>
      <summary>
        Stage and next step
        {action?.overdue && <span class="badge warn">overdue</span>}
      </summary>
      <div class="panel-body stack">
        {action && (
          <div class="next-step">
            <div class="next-label">{action.label}</div>
            <div class="muted small">
              <DueLine action={action} now={now} />
              {snoozed && (
                <>
                  {' '}
                  · snoozed until <DateText at={contact.snoozedUntil!} withTime />
                </>
              )}
            </div>
          </div>
        )}
        {!action && <p class="muted small">Nothing to do at “{getStageLabel(contact.stage)}”.</p>}
        <div class="row wrap">
          {action?.kind === 'follow-up' && (
            <button
              class="primary"
              type="button"
              disabled={busy}
              onClick={() => void run(() => sendFromPage('pipeline.recordNudge', { id }))}
            >
              I followed up
            </button>
          )}
          {action?.kind === 'thank' && (
            <button
              class="primary"
              type="button"
              disabled={busy}
              onClick={() => void run(() => sendFromPage('pipeline.markThanked', { id }))}
            >
              Mark thanked
            </button>
          )}
          {(contact.stage === 'thanked' || contact.stage === 'in-touch') && (
            <button
              class="secondary"
              type="button"
              disabled={busy}
              onClick={() => void run(() => sendFromPage('pipeline.recordTouchBase', { id }))}
            >
              I touched base
            </button>
          )}
          {action?.dueAt != null && !snoozed && (
            <span class="snooze small">
              Snooze
              <button
                class="link-button small"
                type="button"
                disabled={busy}
                onClick={() => void run(() => sendFromPage('pipeline.snooze', { id, days: 1 }))}
              >
                1 day
              </button>
              <button
                class="link-button small"
                type="button"
                disabled={busy}
                onClick={() => void run(() => sendFromPage('pipeline.snooze', { id, days: 7 }))}
              >
                1 week
              </button>
            </span>
          )}
          {snoozed && (
            <button
              class="link-button small"
              type="button"
              disabled={busy}
              onClick={() => void run(() => sendFromPage('pipeline.snooze', { id, days: null }))}
            >
              Remind me now
            </button>
          )}
        </div>
        <div class="row move">
          <label class="small muted" for="stage-move">
            Move to
          </label>
          <select id="stage-move" value={target} onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value as Stage | '')}>
            <option value="">Choose a stage…</option>
            {moves.map((stage) => (
              <option value={stage} key={stage}>
                {getStageLabel(stage)}
              </option>
            ))}
          </select>
          <button class="secondary" type="button" disabled={busy || !target} onClick={() => void move()}>
            Move
          </button>
        </div>
        {error && (
          <p class="error small" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
