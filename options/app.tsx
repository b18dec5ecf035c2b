// The options page: one tab per concern. Each section loads its data from the background
// and sends changes back; nothing here is kept as a second source of truth.
import { useState } from 'preact/hooks';
import { DataSection } from './data-section';
import { GeneralSection } from './general-section';
import { ProfileSection } from './profile-section';
import { TemplatesSection } from './templates-section';
import { RemindersSection } from './reminders-section';

const SECTIONS = [
  { id: 'profile', label: 'Your profile', render: () => <ProfileSection /> },
  { id: 'letters', label: 'Letters', render: () => <TemplatesSection /> },
  { id: 'general', label: 'On LinkedIn', render: () => <GeneralSection /> },
  { id: 'reminders', label: 'Reminders', render: () => <RemindersSection /> },
  { id: 'data', label: 'Your data', render: () => <DataSection /> },
] as const;

type SectionId = (typeof SECTIONS)[number]['id'];

export function OptionsApp() {
  const initial = (location.hash.slice(1) as SectionId) || 'profile';
  const [current, setCurrent] = useState<SectionId>(SECTIONS.some((s) => s.id === initial) ? initial : 'profile');
  const select = (id: SectionId) => {
    setCurrent(id);
    history.replaceState(null, '', `#${id}`);
  };
  return (
    <div class="page">
      <header class="page-head">
        <img src="../icons/48.png" alt="" />
        <h1>Rapport settings</h1>
      </header>
      <div class="tabs" role="tablist">
        {SECTIONS.map((section) => (
          <button type="button" role="tab" key={section.id} aria-selected={current === section.id} onClick={() => select(section.id)}>
            {section.label}
          </button>
        ))}
      </div>
      <section role="tabpanel">{SECTIONS.find((s) => s.id === current)!.render()}</section>
    </div>
  );
}
