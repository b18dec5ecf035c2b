// Preparing as for a job interview: the checklist, the questions to ask (from the bank or
// the user's own), notes on the person and the organization, and afterwards the
// takeaways that the thank-you letter quotes ({takeaways}).
import { useState } from 'preact/hooks';
import type { ContactNotes } from '../src/model';
import { DEFAULT_QUESTIONS, PREP_CHECKLIST } from '../src/pipeline/questions';
import type { ContactPatch } from '../src/protocol';
import { FieldInput } from './field-input';
import type { ContactPanelProps } from './use-contact-action';

export function PrepPanel({ contact, onSave }: Pick<ContactPanelProps, 'contact'> & { onSave: (patch: ContactPatch) => void }) {
  const [ownQuestion, setOwnQuestion] = useState('');
  const ticked = contact.prep ?? [];
  const chosen = contact.questions;
  const own = chosen.filter((q) => !DEFAULT_QUESTIONS.includes(q));
  const afterMeeting = ['met', 'thanked', 'in-touch'].includes(contact.stage);

  const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
  const saveNote = (key: keyof ContactNotes, value: string) => onSave({ notes: { ...contact.notes, [key]: value } });
  const addOwn = (event: Event) => {
    event.preventDefault();
    const text = ownQuestion.trim();
    if (!text) return;
    if (!chosen.includes(text)) onSave({ questions: [...chosen, text] });
    setOwnQuestion('');
  };
  const question = (text: string) => (
    <label class="check-line" key={text}>
      <input
        type="checkbox"
        checked={chosen.includes(text)}
        onChange={(e) => onSave({ questions: toggle(chosen, text, (e.currentTarget as HTMLInputElement).checked) })}
      />
      <span>{text}</span>
    </label>
  );

  return (
    <details class="panel" open={contact.stage === 'meeting-scheduled' || contact.stage === 'met'}>
      <summary>
        Preparation
        <span class="summary-note">
          {ticked.length} of {PREP_CHECKLIST.length} ready · {chosen.length} question{chosen.length === 1 ? '' : 's'}
        </span>
      </summary>
      <div class="panel-body stack">
        {afterMeeting && <Takeaways value={contact.notes.takeaways} onSave={(value) => saveNote('takeaways', value)} />}
        <fieldset class="group">
          <legend>Checklist</legend>
          {PREP_CHECKLIST.map((item) => (
            <label class="check-line" key={item.id}>
              <input
                type="checkbox"
                checked={ticked.includes(item.id)}
                onChange={(e) => onSave({ prep: toggle(ticked, item.id, (e.currentTarget as HTMLInputElement).checked) })}
              />
              <span>{item.label}</span>
            </label>
          ))}
        </fieldset>
        <fieldset class="group">
          <legend>Questions to ask</legend>
          {DEFAULT_QUESTIONS.map(question)}
          {own.map(question)}
          <form class="row add-question" onSubmit={addOwn}>
            <input
              aria-label="Your own question"
              placeholder="Your own question"
              value={ownQuestion}
              onInput={(e) => setOwnQuestion((e.currentTarget as HTMLInputElement).value)}
            />
            <button class="secondary" type="submit" disabled={!ownQuestion.trim()}>
              Add
            </button>
          </form>
        </fieldset>
        <div class="field">
          <label for="prep-person">About {contact.firstName || contact.name || 'the person'}</label>
          <FieldInput
            multiline
            id="prep-person"
            value={contact.notes.person}
            placeholder="Career path, shared interests, what they posted…"
            onSave={(value) => saveNote('person', value)}
          />
        </div>
        <div class="field">
          <label for="prep-organization">About {contact.organization || 'the organization'}</label>
          <FieldInput
            multiline
            id="prep-organization"
            value={contact.notes.organization}
            placeholder="What they do, recent news, culture…"
            onSave={(value) => saveNote('organization', value)}
          />
        </div>
        {!afterMeeting && <Takeaways value={contact.notes.takeaways} onSave={(value) => saveNote('takeaways', value)} />}
      </div>
    </details>
  );
}

function Takeaways({ value, onSave }: { value: string; onSave: (value: string) => void }) {
  return (
    <div class="field">
      <label for="prep-takeaways">Takeaways after the meeting</label>
      <FieldInput
        multiline
        id="prep-takeaways"
        value={value}
        placeholder="Advice you received, what surprised you, people they suggested…"
        onSave={onSave}
      />
      <div class="muted small">Your thank-you note quotes these where it says {'{takeaways}'}.</div>
    </div>
  );
}
