import { ruleTester } from '../rule-tester.js';

ruleTester('foreign-phrase', {
  valid: [
    { text: 'Bring something to do. For example, a book.' },
    { name: 'words that contain a phrase are not it', text: 'The vegan pie is at the venue.' },
    { name: 'a phrase the project allows', text: 'We go via the shop.', options: { allow: ['via'] } },
  ],
  invalid: [
    { name: 'e.g. inside a sentence', text: 'Bring something, e.g. a book, to the group.', errors: [{ at: 'e.g.' }] },
    { name: 'i.e. and etc.', text: 'Bring food, i.e. fruit, bread etc. to share.', errors: [{ at: 'i.e.' }, { at: 'etc.' }] },
    { name: 'per se and vice versa', text: 'It is not bad per se. You help us and vice versa.', errors: [{ at: 'per se' }, { at: 'vice versa' }] },
    { name: 'eg without full stops', text: 'Bring a drink eg water.', errors: [{ at: 'eg' }] },
  ],
});
