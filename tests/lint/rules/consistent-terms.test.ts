import { ruleTester } from '../rule-tester.js';

const synonyms = { lint: { synonyms: [['staff', 'worker', 'professional']] } };

ruleTester('consistent-terms', {
  valid: [
    { text: 'Staff will help you. Staff are kind.', course: synonyms },
    { name: 'one word of a group, even if not the first', text: 'A worker will help. Workers are kind.', course: synonyms },
    { name: 'no groups in the settings and none of the built-in words', text: 'Staff and workers help.' },
  ],
  invalid: [
    { text: 'Staff will help you. A worker will phone.', course: synonyms, errors: [{ at: 'worker' }] },
    { name: 'plurals count as the word', text: 'Staff and professionals help.', course: synonyms, errors: [{ at: 'professionals' }] },
    { name: 'a built-in group', text: 'Take your medicine. Your medication is in the cupboard.', errors: [{ at: 'medication' }] },
    { name: 'a group from the options', text: 'Come to the group. The class is fun.', options: { groups: [['group', 'class']] }, errors: [{ at: 'class' }] },
  ],
});
