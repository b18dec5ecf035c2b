import type { UserProfile } from '../model';
import type { LetterContact } from './placeholders';

// A fictional person and user for the template editor's live preview (and the tests that
// check the default templates fit). Values are of ordinary length — neither trimmed to make
// the connection notes fit nor padded — so "fits with the sample" means "fits for most".

/** Tuesday, March 3, 2026, 12:30 in Minneapolis. */
const SAMPLE_MEETING_START = Date.UTC(2026, 2, 3, 18, 30);

export const SAMPLE_CONTACT: LetterContact = {
  name: 'Maya Okafor',
  firstName: 'Maya',
  role: 'Senior UX Researcher',
  organization: 'Northwind Health',
  headline: 'Senior UX Researcher at Northwind Health | Making care easier to navigate',
  location: 'Minneapolis, Minnesota',
  why: 'your UXPA talk on patient interviews',
  meeting: {
    start: SAMPLE_MEETING_START,
    timeZone: 'America/Chicago',
    minutes: 30,
    mode: 'coffee',
    place: 'Spyhouse Coffee, Nicollet Ave',
  },
  notes: {
    takeaways:
      'Your advice to test with real patients early, and to join the local UXPA chapter, has already changed how I plan my capstone.',
  },
};

export const SAMPLE_PROFILE: UserProfile = {
  name: 'Jordan Reyes',
  school: 'the University of Michigan',
  fieldOfStudy: 'information science',
  experience: 'a UX research internship at the Ann Arbor District Library',
  goals: 'move into user research in health care',
  signature: 'Jordan Reyes\nB.S. Information Science, University of Michigan, 2026',
  email: 'jordan.reyes@example.edu',
};

export const SAMPLE_REFERRER = { name: 'Dr. Priya Natarajan' };

/** A moment the day after the sample meeting, when the thank-you note is due. */
export const SAMPLE_NOW = Date.UTC(2026, 2, 4, 15, 0);
