import { ruleTester } from '../rule-tester.js';

const page = (n: number) => `    { "id": "p${n}", "kind": "points", "title": "Page ${n}", "points": [{ "text": "Hello.", "picture": { "symbol": "healthicons:people", "alt": "2 people" } }] }`;
const lessonWith = (count: number) =>
  ['{', '  "id": "intro",', '  "title": "Hello",', '  "summary": "We say hello.",', '  "pages": [', Array.from({ length: count }, (_, i) => page(i + 1)).join(',\n'), '  ]', '}'].join('\n');

ruleTester('pages-per-lesson', {
  valid: [
    { lesson: lessonWith(1) },
    { name: '24 pages', lesson: lessonWith(24) },
    { name: '30 pages with a bigger limit', lesson: lessonWith(30), options: { max: 30 } },
  ],
  invalid: [
    { name: '25 pages: the 25th is reported', lesson: lessonWith(25), errors: [{ in: 'lesson', at: '{ "id": "p25"' }] },
    { name: '40 pages', lesson: lessonWith(40), errors: [{ in: 'lesson', at: '{ "id": "p25"' }] },
    { name: 'a smaller limit', lesson: lessonWith(4), options: { max: 3 }, errors: [{ in: 'lesson', at: '{ "id": "p4"' }] },
  ],
});
