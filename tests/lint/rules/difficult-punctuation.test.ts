import { ruleTester } from '../rule-tester.js';

ruleTester('difficult-punctuation', {
  valid: [
    { text: 'We agree the **ground rules** together.' },
    { name: 'A&E, a web address and a date', text: 'Go to A&E. See www.nhs.uk/conditions for more. It is on 3/4/2025.', alsoOn: ['date-time-format'] },
    { name: 'full stops, commas, question marks and colons', text: 'Bring: a pen, a cup, a coat. Ready?' },
  ],
  invalid: [
    { name: 'a semicolon', text: 'We have tea; then we talk.', errors: [{ at: ';' }] },
    { name: 'brackets are one finding', text: 'Bring your form (if you have one).', errors: [{ at: '(' }] },
    { name: 'a slash and an ampersand', text: 'Tea and/or coffee & cake.', errors: [{ at: '/' }, { at: '&' }] },
    { name: 'a stray star next to bold', text: 'We agree the **rules** *.', errors: [{ at: '*', nth: 4 }] },
    { name: 'square brackets', text: 'Sign here [staff only].', errors: [{ at: '[' }] },
  ],
});
