import { ruleTester } from '../rule-tester.js';

const title = { line: 9, column: 17, severity: 'info' as const };

ruleTester('readability', {
  valid: [
    { name: 'a page with only a title has no figures', lesson: '{ "id": "intro", "title": "Hello", "summary": "Hi.", "pages": [{ "id": "p", "kind": "quiz", "title": "Check", "questions": [] }] }' },
    { name: 'course text is not on a page', course: { summary: 'We learn a lot.' }, lesson: '{ "id": "intro", "title": "Hello", "summary": "Hi.", "pages": [{ "id": "p", "kind": "points", "title": "Hi", "points": [] }] }' },
    { name: 'a lesson summary is not on a page', lesson: '{ "id": "intro", "title": "Hello", "summary": "We learn a lot about many difficult administrative responsibilities.", "pages": [{ "id": "p", "kind": "points", "title": "Hi", "points": [] }] }' },
  ],
  invalid: [
    { name: 'easy text: figures as information', text: 'We meet every week.', errors: [title] },
    { name: 'hard text: still only information', text: 'Comprehensive multidisciplinary documentation necessitates considerable administrative coordination.', errors: [title] },
    { name: 'information even when set to error', text: 'We meet.', options: {}, errors: [title] },
  ],
});
