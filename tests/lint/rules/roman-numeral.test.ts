import { ruleTester } from '../rule-tester.js';

ruleTester('roman-numeral', {
  valid: [
    { text: 'Read Part 4 of the leaflet.' },
    { name: 'the word I', text: 'I can help.' },
    { name: 'letters that spell a numeral but mean something else', text: 'Bring your CV and a CD.' },
    { name: 'a V that does not number anything', text: 'Make a V sign with 2 fingers.' },
  ],
  invalid: [
    { text: 'Read Part IV of the leaflet.', errors: [{ at: 'IV' }] },
    { name: 'a single V after Part', text: 'Read Part V now.', errors: [{ at: 'V' }] },
    { name: 'numbered list items', text: 'You can (i) stay or (ii) go.', errors: [{ at: '(i)' }, { at: '(ii)' }] },
    { name: 'a numeral in a name', text: 'It was built under George III.', errors: [{ at: 'III' }] },
  ],
});
