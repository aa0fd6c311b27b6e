import { ruleTester } from '../rule-tester.js';

ruleTester('double-negative', {
  valid: [
    { text: 'Lots of people feel nervous.' },
    { name: 'saying no is an answer', text: 'You can say no if you do not want to.' },
    { name: 'negatives in different parts of a sentence', text: 'If you cannot come, do not worry.' },
    { name: 'negatives in different sentences', text: 'No. You do not have to share.' },
  ],
  invalid: [
    { text: 'It is not unusual to feel nervous.', errors: [{ at: 'not unusual' }] },
    { name: 'don\'t and nothing', text: 'You don\'t have to say nothing.', errors: [{ at: 'n\'t' }] },
    { name: 'no one is not', text: 'No one is not welcome here.', errors: [{ at: 'No one' }] },
    { name: 'cannot disagree', text: 'You cannot disagree with the rules.', errors: [{ at: 'cannot' }] },
  ],
});
