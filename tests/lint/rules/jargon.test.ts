import { ruleTester } from '../rule-tester.js';

ruleTester('jargon', {
  valid: [
    { text: 'The team who look after you will meet.' },
    { name: 'jargon the glossary explains', text: 'Your tribunal is next week.', course: { glossary: [{ term: 'tribunal', meaning: 'A meeting that decides if you can leave hospital.' }] } },
    { name: 'whole words only: residence is not reside', text: 'This is your residence.' },
    { name: 'a word from the list the project allows', text: 'We will facilitate the group.', options: { allow: ['facilitate'] } },
    { name: 'co-facilitate is not facilitate', text: 'You co-facilitate the group.' },
  ],
  invalid: [
    { text: 'Your MDT will meet at the CPA review.', errors: [{ at: 'MDT' }, { at: 'CPA' }] },
    { name: 'section 17 leave is one finding', text: 'You can have section 17 leave.', errors: [{ at: 'section 17 leave' }] },
    { name: 'a formulation and a tribunal', text: 'The formulation helps the tribunal.', errors: [{ at: 'formulation' }, { at: 'tribunal' }] },
    { name: 'office words, with their other forms', text: 'Staff utilised the form prior to the meeting.', errors: [{ at: 'utilised' }, { at: 'prior to' }] },
    { name: 'jargon added in the options', text: 'Your key worker will phone.', options: { add: [{ phrase: 'key worker', plain: 'the worker who helps you most' }] }, errors: [{ at: 'key worker' }] },
  ],
});
