// The starting question bank and the preparation checklist for an informational interview.
// Users pick questions per person (Contact.questions) and add their own.

export const DEFAULT_QUESTIONS: readonly string[] = [
  'How did you get into this field?',
  'What do you like most and least about your job?',
  'Which skills matter most for success in it?',
  'What is a typical day like?',
  'Which emerging trends could change the field in the next five years?',
  'What is your biggest tip for a recent graduate trying to get a job in this field?',
];

export type PrepItemId = 'research' | 'resume' | 'dress' | 'questions';

export interface PrepItem {
  id: PrepItemId;
  label: string;
}

/** The same preparation as for a real job interview, per meeting. */
export const PREP_CHECKLIST: readonly PrepItem[] = [
  { id: 'research', label: 'Research the person and the organization' },
  { id: 'resume', label: 'Resume and portfolio ready' },
  { id: 'dress', label: 'Dress professionally' },
  { id: 'questions', label: 'Questions chosen' },
];
