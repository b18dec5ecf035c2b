// Everything that happened with this person, newest first.
import type { HistoryEntry } from '../src/model';
import { getStageLabel } from '../src/pipeline/stages';
import { formatDateTime } from './format';
import type { ContactPanelProps } from './use-contact-action';

/** One history entry in words. Kinds added later still read sensibly through the default. */
function describeEntry(entry: HistoryEntry): string {
  const detail = entry.detail ? ` — ${entry.detail}` : '';
  const move = entry.from && entry.to ? ` (${getStageLabel(entry.from)} → ${getStageLabel(entry.to)})` : '';
  switch (entry.kind) {
    case 'saved':
      return `Saved${detail}`;
    case 'updated':
      return `Updated from LinkedIn${detail}`;
    case 'stage':
      return `Moved to “${getStageLabel(entry.to!)}”${detail}`;
    case 'request-sent':
      return `Request sent${detail}`;
    case 'meeting': {
      const start = entry.detail ? Date.parse(entry.detail) : Number.NaN;
      return Number.isNaN(start) ? 'Meeting set' : `Meeting set for ${formatDateTime(start)}`;
    }
    case 'met':
      return 'Meeting held';
    case 'thanked':
      return 'Thanked';
    case 'nudge':
      return `Followed up${detail}`;
    case 'touch-base':
      return `Touched base${detail}`;
    case 'referral':
      return entry.detail ?? 'Suggested someone';
    case 'referred':
      return entry.detail ?? 'Linked to a referrer';
    default:
      return `${entry.kind.charAt(0).toUpperCase()}${entry.kind.slice(1).replace(/-/g, ' ')}${move}${detail}`;
  }
}

export function TimelinePanel({ contact }: Pick<ContactPanelProps, 'contact'>) {
  const entries = [...contact.history].sort((a, b) => b.at - a.at);
  return (
    <details class="panel">
      <summary>
        Timeline
        <span class="summary-note">
          {entries.length} event{entries.length === 1 ? '' : 's'}
        </span>
      </summary>
      <ol class="panel-body timeline">
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <time class="muted small" dateTime={new Date(entry.at).toISOString()}>
              {formatDateTime(entry.at)}
            </time>
            <span>{describeEntry(entry)}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
