import { ruleTester } from '../rule-tester.js';

ruleTester('idiom', {
  valid: [
    { text: 'A game helps people start talking.' },
    { name: 'the words of an idiom, apart', text: 'The ice will break in the sun.' },
    { name: 'a page of the course', text: 'The picture is on the next page.' },
  ],
  invalid: [
    { text: 'A game helps to break the ice.', errors: [{ at: 'break the ice' }] },
    { name: 'any case', text: 'Are we all On The Same Page?', errors: [{ at: 'On The Same Page' }] },
    { name: 'two idioms', text: 'At the end of the day, we touch base.', errors: [{ at: 'At the end' }, { at: 'touch base' }] },
    { name: 'an idiom from the options', text: 'That went down like a lead balloon.', options: { add: [{ phrase: 'like a lead balloon', plain: 'badly' }] }, errors: [{ at: 'like a lead balloon' }] },
  ],
});
