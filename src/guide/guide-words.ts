/**
 * copack's own words in the facilitator pack: headings, labels and the fixed advice every
 * session plan carries. The easy-read guide's words follow the same easy-read rules as the
 * lessons (short sentences, one idea each, common words); the staff guide's can say more.
 */
import type { SessionPartData } from '../model/course-data.js';

export type Leads = SessionPartData['leads'];

/** Who leads a part, in the same words in both guides (the same word for the same thing). */
export const leadsLabel: Record<Leads, string> = {
  'co-facilitator': 'Co-facilitator leads',
  staff: 'Staff lead',
  together: 'We lead together',
};

export const draftBanner = {
  title: 'Draft: not agreed yet.',
  sentence: 'The people who use services have not agreed all the lessons yet.',
};

export const packWords = {
  packTitle: 'Facilitator pack',
  easyReadTitle: 'Guide for co-facilitators',
  easyReadDescription: 'An easy-read guide. It has the plan for each group.',
  staffTitle: 'Guide for staff',
  staffDescription: 'The full plan for each session: timings, who leads, notes, facilitators and a checklist.',
  handoutsTitle: 'Lesson sheets',
  handoutsIntro: 'Print a lesson sheet for each person in the group.',
  sessionsTitle: 'Group sessions',
  guidesTitle: 'Guides',
  noSessions: 'There are no session plans for this course yet. The lesson sheets are ready to print.',
  frontIntro: [
    'This pack is for the people who run the groups.',
    'Print the pages on A4 paper.',
  ],
  home: 'Facilitator pack home',
  skip: 'Skip to the page',
  handoutLabel: 'Lesson sheet',
};

export const easyReadWords = {
  intro: ['This guide helps you run the groups with staff.', 'It has a plan for each group.', 'Read it with the staff you work with.'],
  contents: 'The groups',
  materials: 'Things you need',
  groundRules: 'Our ground rules',
  plan: 'The plan',
  support: 'Getting support',
  supportFixed: 'You can ask for support at any time. Ask the staff you run the group with.',
  debrief: 'After the group',
  debriefIntro: 'Talk about these questions with staff.',
  lessons: 'Lessons we use',
  words: 'Words to know',
  wordsIntro: 'This list explains the words in bold.',
  upset: {
    heading: 'If someone gets upset',
    points: [
      'Stay calm. Speak slowly and kindly.',
      'Ask the person if they want a break.',
      'They can go to a quiet place.',
      'Tell the staff you run the group with.',
      'You do not have to sort it out on your own.',
      'Staff stay with the person if they need it.',
    ],
  },
  hard: {
    heading: 'If the group gets hard',
    points: [
      'Remind everyone of the ground rules.',
      'Take a break.',
      'It is fine to stop a part early.',
      'Use your sign to ask staff to take over.',
      'Talk about it with staff after the group.',
    ],
  },
};

export const staffWords = {
  intro: [
    'This guide is for staff who run the sessions with a co-facilitator.',
    'The co-facilitator has an easy-read guide with the same plan. Go through it with them before each session.',
  ],
  contents: 'Sessions',
  facilitators: 'Usually run by',
  totals: 'Time',
  materials: 'Things you need',
  groundRules: 'Ground rules',
  plan: 'Plan',
  notes: 'Notes:',
  support: 'Support',
  supportFixed: 'Tell people at the start where to find this support, and remind them at the break.',
  debrief: 'Debrief with the co-facilitator',
  debriefIntro: 'Make time to talk these through together on the same day.',
  lessons: 'Lessons this session uses',
  checklist: 'Checklist',
  before: 'Before the session',
  after: 'After the session',
  upset: {
    heading: 'If someone gets upset',
    points: [
      'Stay calm and offer the person a break. A quiet place should be ready before the session.',
      'Step in as soon as the co-facilitator asks. Never leave a co-facilitator to manage distress alone.',
      'If one of you needs to leave the room with someone, the other keeps the group going or calls a break.',
      'If anyone may be at risk of harm, follow your service’s safeguarding procedure straight away.',
      'Check in with the person before they leave, and tell their care team if they agree or if you must.',
    ],
  },
  hard: {
    heading: 'If the group gets hard',
    points: [
      'Go back to the ground rules the group agreed.',
      'Take a break, or stop a part early: the plan is a guide, not a script.',
      'Agree a sign before the session that the co-facilitator can use to hand over to you.',
      'Do not ask the co-facilitator to manage conflict or disclosures on their own.',
      'Talk it through in the debrief, and record anything your service asks you to record.',
    ],
  },
  checklistBefore: [
    'Go through this plan with the co-facilitator, and agree who leads each part.',
    'Agree a sign the co-facilitator can use to ask you to step in.',
    'Ask each person what helps them take part, and make any reasonable adjustments.',
    'Check that a quiet place is free for the whole session.',
  ],
  checklistAfter: [
    'Debrief with the co-facilitator on the same day.',
    'Check on anyone who was upset.',
    'Record anything you must record, as your service asks.',
    'Agree what to change before the next session.',
  ],
};

/** `110` → `1 hour and 50 minutes`: time in words people use. */
export function durationWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 1 ? '1 hour' : `${hours} hours`;
  const m = rest === 1 ? '1 minute' : `${rest} minutes`;
  if (hours === 0) return m;
  return rest === 0 ? h : `${h} and ${m}`;
}

export const minutesWords = (minutes: number) => (minutes === 1 ? '1 minute' : `${minutes} minutes`);
export const takesWords = (minutes: number) => `It takes ${minutesWords(minutes)}.`;

/** A part's place in the session: `0–15 minutes`. */
export const timeRange = (start: number, end: number) => `${start}–${end} minutes`;

/** Easy-read pages say `group`, as the lessons do; the staff guide says `session`. */
export const sessionNumber = (n: number, kind: 'easy-read' | 'staff' = 'easy-read') => `${kind === 'staff' ? 'Session' : 'Group'} ${n}`;
export const easyTotal = (minutes: number) => `The group takes ${durationWords(minutes)}.`;
export const staffTotal = (minutes: number) => `${minutes} minutes in all (${durationWords(minutes)}).`;
export const staffLeadTotal = (leads: Leads, minutes: number) => `${leadsLabel[leads]}: ${minutesWords(minutes)}`;
export const printHandout = 'Print the lesson sheet:';
export const getReady = 'Get ready:';
export const partLesson = 'Lesson:';
export const partMaterials = 'Things you need:';

export const handoutWords = {
  boldNote: 'The list at the end explains the words in bold.',
  tick: 'Put a tick by your answer.',
  question: (n: number, of: number) => `Question ${n} of ${of}`,
  space: 'Write or draw here.',
  help: 'Ideas to help you start:',
  words: 'Words to know',
  wordsIntro: 'This list explains the words in bold.',
};
