import { ruleTester } from '../rule-tester.js';

const lesson = (alt: string) =>
  ['{', '  "id": "intro",', '  "title": "Hello",', '  "summary": "We say hello.",', '  "pages": [', `    { "id": "p1", "kind": "points", "title": "Hello", "points": [{ "text": "Hello.", "picture": { "src": "assets/people.svg", "alt": "${alt}" } }] }`, '  ]', '}'].join('\n');

ruleTester('alt-text', {
  valid: [
    { lesson: lesson('2 people talking at a table') },
    { name: 'a word that starts like a placeholder', lesson: lesson('Images on a wall') },
    { name: 'a short alt text', lesson: lesson('A cup of tea') },
  ],
  invalid: [
    { name: 'a placeholder word', lesson: lesson('image'), errors: [{ in: 'lesson', at: 'image"' }] },
    { name: 'the file name', lesson: lesson('people.svg'), errors: [{ in: 'lesson', at: 'people.svg"', nth: 1 }] },
    { name: 'picture of at the start', lesson: lesson('Picture of 2 people'), errors: [{ in: 'lesson', at: 'Picture of' }] },
    {
      name: 'a glossary picture in course.json',
      course: { glossary: [{ term: 'debrief', meaning: 'A talk after the group.', picture: { symbol: 'healthicons:people', alt: 'icon' } }] },
      errors: [{ in: 'course', at: 'icon"' }],
    },
  ],
});
