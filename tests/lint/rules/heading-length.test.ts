import { lessonWithText } from '../lint-harness.js';
import { ruleTester } from '../rule-tester.js';

const withTitle = (title: string) => lessonWithText('We say hello.', { title });

ruleTester('heading-length', {
  valid: [
    { lesson: withTitle('If you are worried') },
    { name: 'exactly 6 words', lesson: withTitle('What to do when you worry') },
    { name: 'a longer limit from the options', lesson: withTitle('What to do when you are worried'), options: { max: 7 } },
  ],
  invalid: [
    { name: 'a long page title', lesson: withTitle('What to do if you are worried about someone'), errors: [{ in: 'lesson', at: 'worried' }] },
    { name: 'a long course title', course: { title: 'A course about how to run groups with staff' }, errors: [{ in: 'course', at: 'groups with staff' }] },
    { name: 'a long session part title', course: { sessions: [{ id: 's', title: 'First', summary: 'We meet.', parts: [{ title: 'We say hello and tell each other our names', minutes: 5, activity: 'Say hello.', leads: 'together' }] }] }, errors: [{ in: 'course', at: 'other our names' }] },
  ],
});
