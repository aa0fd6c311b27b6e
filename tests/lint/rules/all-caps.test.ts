import { ruleTester } from '../rule-tester.js';

ruleTester('all-caps', {
  valid: [
    { text: 'Please do **not** bring food.' },
    { name: 'known abbreviations', text: 'Your GP works for the NHS.' },
    { name: 'letters that stand for words are abbreviations', text: 'Talk to your CPN.' },
    { name: 'a single capital I', text: 'I like tea.' },
  ],
  invalid: [
    { text: 'Please DO NOT bring food.', errors: [{ at: 'DO' }, { at: 'NOT' }] },
    { name: 'a shouted word at the start', text: 'PLEASE sign in.', errors: [{ at: 'PLEASE' }] },
    { name: 'a shouted heading word', text: 'This is VERY important.', errors: [{ at: 'VERY' }] },
  ],
});
