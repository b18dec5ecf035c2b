import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONS, PREP_CHECKLIST } from '../../../src/pipeline/questions';

describe('preparation', () => {
  it('starts the question bank with the six questions from the design', () => {
    expect(DEFAULT_QUESTIONS).toEqual([
      'How did you get into this field?',
      'What do you like most and least about your job?',
      'Which skills matter most for success in it?',
      'What is a typical day like?',
      'Which emerging trends could change the field in the next five years?',
      'What is your biggest tip for a recent graduate trying to get a job in this field?',
    ]);
  });

  it('checks the same things as before a job interview', () => {
    expect(PREP_CHECKLIST.map((item) => item.label)).toEqual([
      'Research the person and the organization',
      'Resume and portfolio ready',
      'Dress professionally',
      'Questions chosen',
    ]);
  });
});
