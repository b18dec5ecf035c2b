// "Before you send": what the letter checker found, each with the one action that fixes it —
// a value to fill in, the input to type it in, or the profile to complete.
import { Fragment, type JSX } from 'preact';
import { openExtensionPage } from '../src/browser';
import {
  type FillContext,
  type PlaceholderInfo,
  type PlaceholderKey,
  type PlaceholderSource,
  type Warning,
  describeMissing,
  getPlaceholder,
  getPlaceholderValue,
} from '../src/letter';
import type { UserProfile } from '../src/model';
import { jumpToInput } from './jump-to-input';

/** Where to fill each contact placeholder: the inputs of the Details panel (contact-view.tsx). */
const CONTACT_INPUTS: Partial<Record<PlaceholderKey, string>> = {
  'first name': 'field-firstName',
  name: 'field-name',
  role: 'field-role',
  organization: 'field-organization',
  headline: 'field-headline',
  location: 'field-location',
  'why you': 'letter-why',
};

/** Notes and the meeting live in the pipeline's panels (prep-panel.tsx, meeting-panel.tsx). */
const OTHER_PANELS: Partial<Record<PlaceholderSource, { inputId: string; panel: string; label: string }>> = {
  notes: { inputId: 'prep-takeaways', panel: 'Preparation', label: 'Write them' },
  meeting: { inputId: 'meeting-date', panel: 'Meeting', label: 'Add the meeting' },
};

/** Profile placeholders → the options page's profile fields (profile-section.tsx). */
const PROFILE_FIELDS: Partial<Record<PlaceholderKey, keyof UserProfile>> = {
  'my name': 'name',
  'my school': 'school',
  'my field': 'fieldOfStudy',
  'my experience': 'experience',
  'my goals': 'goals',
  'my signature': 'signature',
  'my email': 'email',
};

/** The warnings as the panel lists them: each with the one action that fixes it. Gaps in
 * the user's own profile are gathered into one line, since one visit fills them all. */
export function LetterWarnings({
  warnings,
  ctx,
  onFill,
  onShowWord,
}: {
  warnings: Warning[];
  ctx: FillContext;
  onFill: (key: PlaceholderKey, value: string) => void;
  onShowWord: (w: Extract<Warning, { kind: 'job-wording' }>) => void;
}) {
  const items: { key: string; content: JSX.Element | string }[] = [];
  const profileGaps: PlaceholderInfo[] = [];
  const jobWords: Extract<Warning, { kind: 'job-wording' }>[] = [];
  const them = ctx.contact.firstName.trim() || ctx.contact.name.trim() || 'this person';
  for (const [i, w] of warnings.entries()) {
    const key = `${w.kind}-${i}`;
    if (w.kind === 'job-wording') {
      jobWords.push(w);
      continue;
    }
    if (w.kind !== 'unfilled') {
      items.push({ key, content: w.message });
      continue;
    }
    const p = getPlaceholder(w.placeholder)!;
    const value = getPlaceholderValue(p.key, ctx);
    if (value !== '') {
      // Filled in since the draft was written: offer the value rather than a trip elsewhere.
      items.push({
        key,
        content: (
          <>
            {p.token} is still in the letter.{' '}
            <button type="button" class="link-button inline" onClick={() => onFill(p.key, value)}>
              Fill in “{value.length > 40 ? `${value.slice(0, 39)}…` : value}”
            </button>
          </>
        ),
      });
    } else if (p.source === 'profile') {
      profileGaps.push(p);
    } else if (p.key === 'why you') {
      items.push({
        key,
        content: (
          <>
            {p.token}: say what drew you to {them}.{' '}
            <button type="button" class="link-button inline" onClick={() => jumpToInput('letter-why')}>
              Write it
            </button>
          </>
        ),
      });
    } else if (p.source === 'contact') {
      const inputId = CONTACT_INPUTS[p.key];
      items.push({
        key,
        content: (
          <>
            {p.token}: {them}’s {p.field} is not known.{' '}
            {inputId && (
              <button type="button" class="link-button inline" onClick={() => jumpToInput(inputId)}>
                Fill it in
              </button>
            )}
          </>
        ),
      });
    } else {
      const target = OTHER_PANELS[p.source];
      items.push({
        key,
        content: (
          <>
            {p.token}: {describeMissing(p)}{' '}
            {target && (
              <button type="button" class="link-button inline" onClick={() => jumpToInput(target.inputId, target.panel)}>
                {target.label}
              </button>
            )}
          </>
        ),
      });
    }
  }
  if (jobWords.length > 0) {
    // One line for all of them; each word selects itself in the letter.
    items.push({
      key: 'job-wording',
      content: (
        <>
          {jobWords.map((w, i) => (
            <Fragment key={w.index}>
              {i > 0 && (i === jobWords.length - 1 ? ' and ' : ', ')}
              <button type="button" class="link-button inline" title="Show it in the letter" onClick={() => onShowWord(w)}>
                “{w.word}”
              </button>
            </Fragment>
          ))}{' '}
          can read like a request for a job. People say yes more readily to a request for advice and information.
        </>
      ),
    });
  }
  if (profileGaps.length > 0) {
    items.unshift({
      key: 'profile',
      content: (
        <>
          Empty in your profile: {profileGaps.map((p) => p.field).join(', ')}.{' '}
          <button type="button" class="link-button inline" onClick={() => openProfileField(PROFILE_FIELDS[profileGaps[0].key] ?? 'name')}>
            Open your profile
          </button>
        </>
      ),
    });
  }
  if (items.length === 0) return null;
  return (
    <ul class="letter-warnings" aria-label="Before you send">
      {items.map((item) => (
        <li key={item.key}>{item.content}</li>
      ))}
    </ul>
  );
}

function openProfileField(field: keyof UserProfile): void {
  void openExtensionPage(`options/index.html?field=${field}#profile`);
}
