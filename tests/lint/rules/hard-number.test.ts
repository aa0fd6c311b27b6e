import { ruleTester } from '../rule-tester.js';

ruleTester('hard-number', {
  valid: [
    { text: 'About half of the group are new.' },
    { name: 'a year', text: 'The group started in 2019.' },
    { name: 'a phone number', text: 'Call 0800 123 4567 or 111.' },
    { name: 'a price with pence and a time', text: 'Tea costs £1.50. We meet at 10.30am.' },
    { name: 'a bigger limit from the options', text: 'There are 1,000 seats.', options: { largest: 1000 } },
  ],
  invalid: [
    { name: '10%', text: 'About 10% of people wait.', errors: [{ at: '10%' }] },
    { name: '1,000', text: 'There are 1,000 seats.', errors: [{ at: '1,000' }] },
    { name: 'a decimal', text: 'The walk is 1.5 miles.', errors: [{ at: '1.5' }] },
    { name: 'per cent in words and a fraction', text: 'It is 20 per cent. Fill ½ the cup.', errors: [{ at: 'per cent' }, { at: '½' }] },
    { name: 'a big number without commas', text: 'We had 2500 visitors.', errors: [{ at: '2500' }] },
  ],
});
