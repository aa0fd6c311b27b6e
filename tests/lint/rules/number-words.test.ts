import { ruleTester } from '../rule-tester.js';

ruleTester('number-words', {
  valid: [
    { text: 'The group meets for 2 hours.' },
    { name: 'one as a pronoun', text: 'No one has to share. Each one of us can choose.' },
    { name: 'someone and anyone', text: 'Someone will help anyone who asks.' },
    { name: 'a number word left out in the options', text: 'We sat in a dozen chairs.', options: { words: ['two'] } },
  ],
  invalid: [
    { text: 'The group meets for two hours.', errors: [{ at: 'two' }] },
    { name: 'one that counts', text: 'Each person says one thing.', errors: [{ at: 'one' }] },
    { name: 'a number word at the start of a sentence', text: 'Three people came.', errors: [{ at: 'Three' }] },
    { name: 'a hyphenated number', text: 'There are twenty-one chairs.', errors: [{ at: 'twenty-one' }] },
  ],
});
