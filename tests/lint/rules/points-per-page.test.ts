import { ruleTester } from '../rule-tester.js';

const point = (n: number) => `        { "text": "Point ${n}.", "picture": { "symbol": "healthicons:people", "alt": "2 people" } }`;
const lessonWith = (count: number, kind = 'points') =>
  [
    '{',
    '  "id": "intro",',
    '  "title": "Hello",',
    '  "summary": "We say hello.",',
    '  "pages": [',
    '    {',
    '      "id": "p1",',
    `      "kind": "${kind}",`,
    '      "title": "Hello",',
    '      "points": [',
    Array.from({ length: count }, (_, i) => point(i + 1)).join(',\n'),
    '      ]',
    '    }',
    '  ]',
    '}',
  ].join('\n');

ruleTester('points-per-page', {
  valid: [
    { lesson: lessonWith(1) },
    { name: '5 points', lesson: lessonWith(5) },
    { name: '6 points with a bigger limit', lesson: lessonWith(6), options: { max: 6 } },
  ],
  invalid: [
    { name: '6 points: the 6th is reported', lesson: lessonWith(6), errors: [{ in: 'lesson', at: '{ "text": "Point 6.' }] },
    { name: 'a summary page counts too', lesson: lessonWith(7, 'summary'), errors: [{ in: 'lesson', at: '{ "text": "Point 6.' }] },
    { name: 'a smaller limit', lesson: lessonWith(3), options: { max: 2 }, errors: [{ in: 'lesson', at: '{ "text": "Point 3.' }] },
  ],
});
