import { ruleTester } from '../rule-tester.js';

const title = { line: 9, column: 17 };

ruleTester('sentence-length', {
  valid: [
    { text: 'We meet every Tuesday.' },
    { name: '1,000 and 1.5 are one word each: 12 words', text: 'We have 1,000 cups and 1.5 litres of milk for the party.', options: { maxAverage: 12 } },
    { name: 'Dr. and e.g. do not end a sentence, and short sentences stay short', text: 'Dr. Patel will see you. Bring something, e.g. a book.' },
    { name: 'a list on separate lines is one short sentence an item', text: 'Bring these things:\\n- a pen\\n- a cup\\n- a coat' },
    { name: 'a quote that ends in a full stop ends its sentence', text: 'She said \\"Stop now.\\" Then we had a break.' },
  ],
  invalid: [
    {
      name: 'more than 15 words, and a page average over 10',
      text: 'Please come to the hall on the high street at 2pm on Monday with your friend and your carer.',
      errors: [{ ...title, severity: 'warning' }, { at: 'Please' }],
    },
    {
      name: '13 words: over 12 is one step softer',
      text: 'Please come to the hall on the high street at 2pm on Monday.',
      errors: [{ ...title, severity: 'warning' }, { at: 'Please', severity: 'warning' }],
    },
    {
      name: 'Dr. inside a long sentence does not split it',
      text: 'Dr. Smith will see you at the clinic on Monday morning at the usual time with your nurse.',
      errors: [{ ...title, severity: 'warning' }, { at: 'Dr.' }],
    },
    {
      name: 'the long second sentence is the one reported',
      text: 'Hello. Staff and people who use the service will meet in the big hall to plan the summer party together.',
      errors: [{ at: 'Staff' }],
    },
    {
      name: 'sentences of 11 and 10 words average more than 10',
      text: 'We meet at the hall on the high street every week. We have tea and cake and talk about the week.',
      errors: [{ ...title, severity: 'warning' }],
    },
    {
      name: 'a shorter limit from the options',
      text: 'We meet at the hall on the high street.',
      options: { max: 8, warnAbove: 8, maxAverage: 20 },
      errors: [{ at: 'We' }],
    },
  ],
});
