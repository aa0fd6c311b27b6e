import { ruleTester } from '../rule-tester.js';

ruleTester('one-idea-per-sentence', {
  valid: [
    { text: 'You can bring a friend.' },
    { name: 'one joining word', text: 'If you feel upset, you can talk to staff.' },
    { name: 'a list written as a sentence has one joining word', text: 'Bring a pen, a cup, a coat, a hat and a bag.' },
    { name: 'joining words in different sentences', text: 'You can stay if you like. You can go home and rest.' },
  ],
  invalid: [
    { text: 'You can bring a friend and they can stay if you want.', errors: [{ at: 'if' }] },
    { name: 'because and so', text: 'We stop at 3 because people get tired, so we have a break.', errors: [{ at: 'so' }] },
    { name: 'two ands joining ideas', text: 'We meet and we talk and we plan.', errors: [{ at: 'and', nth: 1 }] },
    { name: 'no joining words at all, from the options', text: 'Tea and cake.', options: { max: 0 }, errors: [{ at: 'and' }] },
  ],
});
