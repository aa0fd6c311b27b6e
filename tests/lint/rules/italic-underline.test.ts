import { ruleTester } from '../rule-tester.js';

ruleTester('italic-underline', {
  valid: [
    { text: 'This is **important**.' },
    { name: 'underscores inside a name', text: 'The file is called my_plan_final.' },
    { name: 'a star and bold together are not italics', text: 'Read the **rules** first.' },
  ],
  invalid: [
    { text: 'This is _really_ important.', errors: [{ at: '_really_' }] },
    { name: 'star italics', text: 'This is *really* important.', errors: [{ at: '*really*' }] },
    { name: 'an HTML tag, reported once', text: 'This is <u>really</u> important.', errors: [{ at: '<u>' }] },
    { name: 'italic Unicode letters', text: 'This is 𝘳𝘦𝘢𝘭𝘭𝘺 important.', errors: [{ at: '𝘳' }] },
  ],
});
