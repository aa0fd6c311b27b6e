import type { Role } from '../model/course-data.js';

/** Roles in everyday words, as the "Made together by" screen shows them. */
export const roleNames: Record<Role, string> = {
  'expert-by-experience': 'Expert by experience',
  'service-user': 'Person who uses services',
  'co-facilitator': 'Co-facilitator',
  'peer-supporter': 'Peer supporter',
  carer: 'Carer',
  staff: 'Staff',
  facilitator: 'Facilitator',
  trainer: 'Trainer',
  'speech-and-language-therapist': 'Speech and language therapist',
  clinician: 'Clinician',
  illustrator: 'Illustrator',
  reviewer: 'Reviewer',
};

export const pageCount = (n: number, of: number) => `Page ${n} of ${of}`;
export const questionCount = (n: number, of: number) => `Question ${n} of ${of}`;
export const unnamedPeople = (n: number) =>
  n === 0 ? false : `And ${n} more ${n === 1 ? 'person' : 'people'} who helped but did not want to be named.`;
