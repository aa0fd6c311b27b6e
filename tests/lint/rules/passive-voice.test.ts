import { ruleTester } from '../rule-tester.js';

ruleTester('passive-voice', {
  valid: [
    { text: 'The ward will phone you.' },
    { name: 'how someone feels', text: 'I am tired. You may be worried.' },
    { name: 'the easy-read way to name a thing', text: 'This is called a care plan.' },
    { name: 'a word the project allows', text: 'You are invited to the party.', options: { allow: ['invited'] } },
  ],
  invalid: [
    { text: 'You will be contacted by the ward.', errors: [{ at: 'be contacted', severity: 'warning' }] },
    { name: 'an irregular past participle', text: 'The form was written by staff.', errors: [{ at: 'was written', severity: 'warning' }] },
    { name: 'two in one text', text: 'Your room is cleaned. Your bed is made.', errors: [{ at: 'is cleaned', severity: 'warning' }, { at: 'is made', severity: 'warning' }] },
  ],
});
