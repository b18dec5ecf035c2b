// Under the letter: copy it, open it in the mail app, mark it as sent — and what each of
// those needs or did (where to paste it, an email address to add, when it was sent).
import { type VariantSpec, toMailto } from '../src/letter';
import type { LetterSending } from '../src/pipeline/letter-sent';
import { jumpToInput } from './jump-to-input';

const SENT_LABELS = { request: 'Request sent', thanks: 'Thanked', 'touch-base': 'Touched base' } as const;

const sentDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function LetterActions({
  spec,
  email,
  subject,
  body,
  sending,
  busy,
  copied,
  onCopy,
  onMarkSent,
}: {
  spec: VariantSpec;
  /** The person's email address, '' when not known. */
  email: string;
  subject: string;
  body: string;
  sending: LetterSending;
  busy: boolean;
  copied: 'subject' | 'body' | null;
  onCopy: () => void;
  onMarkSent: () => void;
}) {
  return (
    <>
      <div class="letter-actions">
        <button type="button" class="primary" onClick={onCopy}>
          {copied === 'body' ? 'Copied' : 'Copy'}
        </button>
        {spec.channel === 'email' &&
          (email.trim() ? (
            <a class="secondary button-link" href={toMailto(email, subject, body)}>
              Open in mail app
            </a>
          ) : (
            <button type="button" class="secondary" disabled>
              Open in mail app
            </button>
          ))}
        {sending.lastSentAt === null && (
          <button
            type="button"
            class="secondary mark-sent"
            disabled={busy || !sending.canMark}
            title={sending.reason || undefined}
            onClick={onMarkSent}
          >
            Mark as sent
          </button>
        )}
      </div>
      {copied === 'body' && (
        <p class="small muted" role="status">
          Copied. {spec.channel === 'linkedin-invite' ? 'Paste it in LinkedIn’s “Add a note” box.' : 'Paste it where you write to them.'}
        </p>
      )}
      {spec.channel === 'email' && !email.trim() && (
        <p class="small muted">
          To open it in your mail app,{' '}
          <button type="button" class="link-button inline" onClick={() => jumpToInput('field-email')}>
            add their email
          </button>
          .
        </p>
      )}
      {sending.lastSentAt !== null && (
        <p class="small letter-sent">
          {SENT_LABELS[sending.action]} on {sentDate.format(sending.lastSentAt)}
          {sending.canMark && (
            // Sent again while waiting (a follow-up by another channel) restarts the clock.
            <>
              {' · '}
              <button type="button" class="link-button inline" disabled={busy} onClick={onMarkSent}>
                Mark sent again
              </button>
            </>
          )}
        </p>
      )}
      {!sending.canMark && sending.lastSentAt === null && <p class="small muted">{sending.reason}</p>}
    </>
  );
}
