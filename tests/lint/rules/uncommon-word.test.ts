import { ruleTester } from '../rule-tester.js';

ruleTester('uncommon-word', {
  valid: [
    { text: 'We meet every week to talk about how we feel.' },
    { name: 'plurals, past tenses and British spellings count as their plain word', text: 'The groups agreed on the colours of the centre.' },
    {
      name: 'a hard word that is in the glossary',
      text: 'Staff make a formulation with you.',
      course: { glossary: [{ term: 'formulation', meaning: 'A shared story of why things happen.' }] },
    },
    {
      name: 'a glossary form, in any case',
      text: 'Safeguarding keeps us safe. We learn about safeguarded adults.',
      course: { glossary: [{ term: 'safeguarding', meaning: 'Keeping people safe from harm.', forms: ['safeguarded'] }] },
    },
    { name: 'names inside a sentence are left alone', text: 'You will meet Priya at Broadmoor.' },
    { name: 'everyday UK words', text: 'Bring your tablets and a leaflet to the GP.' },
    { name: 'a word from the options', text: 'We use the flipchart and the bunting.', options: { allow: ['bunting'] } },
  ],
  invalid: [
    { text: 'Your placement will be reviewed biannually.', errors: [{ at: 'placement' }, { at: 'biannually' }] },
    { name: 'a rare word at the start of a sentence', text: 'Contraband is taken away.', errors: [{ at: 'Contraband' }] },
    { name: 'each part of a hyphenated word', text: 'This is a neuro-affirming group.', errors: [{ at: 'neuro-affirming' }] },
    { name: 'a smaller list from the options', text: 'We learn together.', course: { title: 'Hello', summary: 'Hello.' }, options: { maxRank: 300 }, errors: [{ at: 'learn' }] },
    {
      name: 'a word in a course summary, in course.json',
      course: { summary: 'We discuss correspondence.' },
      errors: [{ in: 'course', at: 'correspondence' }],
    },
  ],
});
