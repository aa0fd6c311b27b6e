import { ruleTester } from '../rule-tester.js';

ruleTester('date-time-format', {
  valid: [
    { text: 'Your review is on Thursday 3 April at 2pm.' },
    { name: 'a 12-hour time with dots', text: 'We meet at 10.30am.' },
    { name: 'a plain number and a year', text: 'Bring 2 pens. It was in 2024.' },
  ],
  invalid: [
    { text: 'Your review is on 03/04/2025.', errors: [{ at: '03/04/2025' }] },
    { name: 'a 24-hour time', text: 'Visiting ends at 20:00.', errors: [{ at: '20:00' }] },
    { name: 'a time with a leading zero', text: 'Breakfast is at 08.30.', errors: [{ at: '08.30' }] },
    { name: 'hours written as hrs', text: 'Meet at 1400hrs.', errors: [{ at: '1400hrs' }] },
    { name: 'an ISO date', text: 'It starts on 2025-04-03.', errors: [{ at: '2025-04-03' }] },
  ],
});
